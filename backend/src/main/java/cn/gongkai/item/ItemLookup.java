package cn.gongkai.item;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the lists' own checks (e.g. a sub-item's main item); no scope applies, callers check what they need. */
@Component
@Transactional(readOnly = true)
public class ItemLookup {

    private final ItemMapper mapper;

    ItemLookup(ItemMapper mapper) {
        this.mapper = mapper;
    }

    /** an item's working copy, as far as other lists need it */
    public Optional<ItemRef> find(ItemKind kind, long id) {
        return mapper.find(kind, id).map(r -> new ItemRef(r.id(), r.kind(), r.orgId(), r.code(), r.name(), r.status(),
                r.parentId()));
    }

    /** the identifying fields of an item */
    public record ItemRef(long id, ItemKind kind, long orgId, String code, String name, ItemStatus status,
            Long parentId) {
    }
}
