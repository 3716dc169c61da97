package cn.gongkai.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the org tree. */
@Component
@Transactional(readOnly = true)
public class OrgApi {

    private final OrgMapper mapper;
    private final OrgService service;

    OrgApi(OrgMapper mapper, OrgService service) {
        this.mapper = mapper;
        this.service = service;
    }

    public boolean isEmpty() {
        return mapper.countAll() == 0;
    }

    public Optional<OrgRef> find(long id) {
        return mapper.findById(id).map(OrgRef::from);
    }

    public Optional<OrgRef> findByCode(String code) {
        return mapper.findByCode(code).map(OrgRef::from);
    }

    public Map<Long, OrgRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mapper.findByIds(ids).stream().map(OrgRef::from)
                .collect(Collectors.toMap(OrgRef::id, Function.identity()));
    }

    /** the org and every org below it */
    public List<Long> subtreeIds(long id) {
        return mapper.findById(id).map(o -> mapper.findSubtreeIds(o.path())).orElse(List.of());
    }

    /** creates an org as the API would (validation aside): for the demo data loader */
    @Transactional
    public OrgRef create(OrgCommand command) {
        return find(service.create(command).id()).orElseThrow();
    }
}
