package cn.gongkai.search;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Repairs drift between the database (the truth) and the index: an item published with a revision the index does
 * not hold is written again, a document of an item the public no longer sees is removed. The outbox makes drift
 * rare; this catches what it cannot (an index restored from a snapshot, a document deleted by hand, writes that
 * raced a rebuild). The index is read before the database so an item archived meanwhile is removed, never kept.
 * Scheduled on every app instance; a lease in the database lets one of them run it per interval.
 */
@Component
class SearchReconciler {

    private static final Logger log = LoggerFactory.getLogger(SearchReconciler.class);
    static final String LEASE = "reconcile";
    private static final int PAGE = 500;
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private final SearchIndex index;
    private final ItemLookup items;
    private final SearchDocuments documents;
    private final SearchMapper mapper;
    private final SearchProperties props;
    private final Clock clock;

    SearchReconciler(SearchIndex index, ItemLookup items, SearchDocuments documents, SearchMapper mapper,
            SearchProperties props, Clock clock) {
        this.index = index;
        this.items = items;
        this.documents = documents;
        this.mapper = mapper;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${gongkai.search.reconcile-interval:1h}",
            fixedDelayString = "${gongkai.search.reconcile-interval:1h}")
    void scheduled() {
        Instant now = clock.instant();
        if (mapper.acquire(LEASE, INSTANCE, now, now.plus(props.reconcileInterval().multipliedBy(9).dividedBy(10))) == 0) {
            return;
        }
        try {
            Repairs repairs = reconcile();
            if (repairs.written() + repairs.removed() > 0) {
                log.warn("Search index drifted from the database: {} documents written, {} removed", repairs.written(),
                        repairs.removed());
            }
        } catch (SearchUnavailableException e) {
            log.warn("Search reconciliation skipped: {}", e.getMessage());
        }
    }

    /**
     * Compares every kind and repairs; returns what it changed. The database side is read as (id, revision) pages
     * of the item table; only the items whose revision the index lacks are read in full, a page of them at a time.
     */
    Repairs reconcile() {
        long written = 0;
        long removed = 0;
        for (ItemKind kind : ItemKind.values()) {
            Map<Long, Integer> indexed = index.revisions(kind);
            Set<Long> published = new HashSet<>();
            long after = 0;
            Map<Long, Integer> page;
            do {
                page = items.publishedRevisionsAfter(kind, after, PAGE);
                List<Long> stale = new ArrayList<>();
                for (Map.Entry<Long, Integer> item : page.entrySet()) {
                    published.add(item.getKey());
                    if (!item.getValue().equals(indexed.get(item.getKey()))) {
                        stale.add(item.getKey());
                    }
                    after = item.getKey();
                }
                for (PublishedItem item : items.publishedIn(kind, stale)) {
                    index.upsert(documents.of(item));
                    written++;
                }
            } while (page.size() == PAGE);
            for (Map.Entry<Long, Integer> doc : indexed.entrySet()) {
                if (!published.contains(doc.getKey())) {
                    index.delete(kind, doc.getKey(), doc.getValue());
                    removed++;
                }
            }
        }
        return new Repairs(written, removed);
    }

    record Repairs(long written, long removed) {
    }
}
