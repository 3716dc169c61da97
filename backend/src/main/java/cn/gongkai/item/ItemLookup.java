package cn.gongkai.item;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the lists' own checks and links (e.g. a sub-item's main item, a catalogue item's sources); no scope
 * applies, callers check what they need.
 */
@Component
@Transactional(readOnly = true)
public class ItemLookup {

    private final ItemMapper mapper;
    private final ItemKinds kinds;

    ItemLookup(ItemMapper mapper, ItemKinds kinds) {
        this.mapper = mapper;
        this.kinds = kinds;
    }

    /** an item's working copy, as far as other lists need it */
    public Optional<ItemRef> find(ItemKind kind, long id) {
        return mapper.find(kind, id).map(r -> new ItemRef(r.id(), r.kind(), r.orgId(), r.code(), r.name(), r.status(),
                r.parentId()));
    }

    /** the ids of the non-archived items of an org's list with these codes, by code (codes not found are absent) */
    public Map<String, Long> activeIds(ItemKind kind, long orgId, Collection<String> codes) {
        Map<String, Long> ids = new java.util.HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += ItemDrafts.CHUNK) {
            mapper.activeIds(kind, orgId, all.subList(from, Math.min(all.size(), from + ItemDrafts.CHUNK)))
                    .forEach(c -> ids.put(c.code(), c.id()));
        }
        return ids;
    }

    /**
     * Many items' working copies with their process steps, by id (unknown ids absent): for checks of many links at
     * once, read in chunks of {@link ItemDrafts#CHUNK}.
     */
    public Map<Long, WithSteps> findWithSteps(ItemKind kind, Collection<Long> ids) {
        Map<Long, WithSteps> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += ItemDrafts.CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + ItemDrafts.CHUNK));
            mapper.findAll(kind, chunk).forEach(r -> found.put(r.id(), new WithSteps(new ItemRef(r.id(), r.kind(),
                    r.orgId(), r.code(), r.name(), r.status(), r.parentId()),
                    kinds.deserialize(kind, r.content()).processSteps())));
        }
        return found;
    }

    /** the process steps of an item's working copy (empty for lists without steps or an unknown item) */
    public List<ProcessStep> steps(ItemKind kind, long id) {
        return mapper.find(kind, id).map(r -> kinds.deserialize(kind, r.content()).processSteps()).orElse(List.of());
    }

    /**
     * The revision of an item the public sees (never a draft): empty if the item was never published or is
     * archived.
     */
    public Optional<PublishedRef> published(ItemKind kind, long id) {
        return mapper.find(kind, id).filter(r -> r.revision() != null && r.status() != ItemStatus.ARCHIVED)
                .flatMap(r -> mapper.revision(id, r.revision()).map(rev -> new PublishedRef(id, kind, r.orgId(),
                        rev.code(), rev.name(), rev.revision(), kinds.deserialize(kind, rev.content()).processSteps())));
    }

    /**
     * The published revisions of the items of {@code orgIds} (never drafts; not archived), optionally of one
     * {@code part} or {@code domainCode}, at most {@code limit}: for views such as an org's standard catalogue
     * table or its negative list.
     */
    public List<PublishedItem> publishedOf(ItemKind kind, Collection<Long> orgIds, String domainCode, String part,
            int limit) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return publicItems(kind, mapper.listPublic(kind, orgIds, null, domainCode, part, 0, limit));
    }

    /**
     * One item's published revision as the public sees it (never a draft; empty if never published or archived):
     * for consumers that follow publication events, such as the search index.
     */
    public Optional<PublishedItem> publishedItem(ItemKind kind, long id) {
        return mapper.find(kind, id).filter(r -> r.revision() != null && r.status() != ItemStatus.ARCHIVED)
                .flatMap(r -> mapper.revision(id, r.revision()).map(rev -> new PublishedItem(id, kind, r.orgId(),
                        rev.code(), rev.name(), rev.revision(), rev.publishedAt(), rev.changeReason(),
                        kinds.fields(rev.content()))));
    }

    /**
     * The published revisions of a kind with an item id above {@code afterId}, by id, at most {@code limit}: keyset
     * pages over every published item (search index rebuilds, open data), stable while items are published.
     */
    public List<PublishedItem> publishedAfter(ItemKind kind, long afterId, int limit) {
        return publicItems(kind, mapper.listPublicAfter(kind, afterId, null, limit));
    }

    /**
     * Which revision the public sees of each item of a kind with an id above {@code afterId}, by id, at most
     * {@code limit} (item id → revision, in id order): keyset pages for comparing with a copy such as the search
     * index, without reading any content.
     */
    public LinkedHashMap<Long, Integer> publishedRevisionsAfter(ItemKind kind, long afterId, int limit) {
        LinkedHashMap<Long, Integer> revisions = new LinkedHashMap<>();
        mapper.publicRevisionsAfter(kind, afterId, limit).forEach(r -> revisions.put(r.id(), r.revision()));
        return revisions;
    }

    /** the published revisions the public sees of these items (the others absent), by id */
    public List<PublishedItem> publishedIn(ItemKind kind, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : publicItems(kind, mapper.listPublicAfter(kind, 0, ids, ids.size()));
    }

    private List<PublishedItem> publicItems(ItemKind kind, List<ItemMapper.PublicRow> rows) {
        return rows.stream().map(r -> new PublishedItem(r.itemId(), kind, r.orgId(), r.code(), r.name(), r.revision(),
                r.publishedAt(), r.changeReason(), kinds.fields(r.content()))).toList();
    }

    /**
     * A published item's content typed, for the list that owns it. Converted from the fields, so the paths that
     * need only the fields (the search index, open data: every published item) parse each revision once.
     */
    public <C extends ItemContent> C content(PublishedItem item, Class<C> type) {
        return kinds.convert(item.fields(), type);
    }

    /**
     * The ids of the items of a kind that were published or archived at or after {@code since}: what an index built
     * from a snapshot may have missed (one scan of the kind's items).
     */
    public List<Long> changedSince(ItemKind kind, java.time.Instant since) {
        return mapper.changedSince(kind, since);
    }

    /** the last revision ever published of an item, archived or not; empty if it was never published */
    public Optional<Integer> lastPublishedRevision(ItemKind kind, long id) {
        return mapper.find(kind, id).map(ItemRow::revision);
    }

    /** how many items of a kind the public sees */
    public long countPublished(ItemKind kind) {
        return mapper.countPublic(kind, null, null, null, null);
    }

    /** an item's identifying fields with the process steps of its working copy */
    public record WithSteps(ItemRef ref, List<ProcessStep> steps) {
    }

    /** the identifying fields of an item */
    public record ItemRef(long id, ItemKind kind, long orgId, String code, String name, ItemStatus status,
            Long parentId) {
    }

    /** a published revision, its content as the view's fields ({@link #content} types it) */
    public record PublishedItem(long id, ItemKind kind, long orgId, String code, String name, int revision,
            Instant publishedAt, String changeReason, Map<String, Object> fields) {
    }

    /** the identifying fields and steps of an item's published revision */
    public record PublishedRef(long id, ItemKind kind, long orgId, String code, String name, int revision,
            List<ProcessStep> steps) {
    }
}
