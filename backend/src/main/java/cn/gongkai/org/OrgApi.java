package cn.gongkai.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the org tree. */
@Component
@Transactional(readOnly = true)
public class OrgApi {

    private final OrgMapper mapper;
    private final OrgService service;
    private final OrgCache cache;

    OrgApi(OrgMapper mapper, OrgService service, OrgCache cache) {
        this.mapper = mapper;
        this.service = service;
        this.cache = cache;
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

    /**
     * The names of these orgs by id (unknown ids absent), from a cache that may be up to 30 s behind a change made
     * on another app instance: for pages that name many orgs on every request, such as the public search. No
     * transaction of its own, so a cached answer costs no database round trip.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<Long, String> names(Collection<Long> ids) {
        return cache.names(ids);
    }

    /**
     * These orgs as a tree, each under its nearest ancestor among them, the tree holding {@code first} (the
     * user's own org) first: the org pickers of a user's scope.
     */
    public List<OrgNode> treeOf(Collection<Long> ids, Long first) {
        return service.treeOf(ids, first);
    }

    /** the org and every org below it */
    public List<Long> subtreeIds(long id) {
        return mapper.subtreeIdsOf(id);
    }

    /**
     * {@link #subtreeIds} from the cache of {@link #names}, up to 30 s behind a move made on another instance: for
     * public pages filtered by org (the search, browsing). Never for permissions ({@code DataScopes} reads the
     * database).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Long> cachedSubtreeIds(long id) {
        return cache.subtreeIds(id);
    }

    /** creates an org as the API would (validation aside): for the demo data loader */
    @Transactional
    public OrgRef create(OrgCommand command) {
        return find(service.create(command).id()).orElseThrow();
    }
}
