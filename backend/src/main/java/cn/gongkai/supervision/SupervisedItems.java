package cn.gongkai.supervision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gongkai.catalogueitem.CatalogueCoverageChanged;
import cn.gongkai.item.ItemArchived;
import cn.gongkai.item.ItemPublished;
import cn.gongkai.statute.StatutesChanged;
import cn.gongkai.supervision.SupervisionMapper.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code supervised_item} in step with what is published: a publication writes the revision's facts and an
 * archiving removes them, inside the lifecycle's own transaction, so the metrics never see a half-done write. When
 * the statute registry changes, every negative item's citations are checked again. At start-up and every night a
 * resync repairs rows that predate this table or were missed (e.g. data loaded straight into the database). A
 * change of a catalogue item's published links updates the coverage flag of the items linked before and after.
 */
@Component
class SupervisedItems {

    private static final Logger log = LoggerFactory.getLogger(SupervisedItems.class);
    private static final int BATCH = 500;
    /** item ids per transaction of the coverage repair: short transactions, few locks held at a time */
    private static final long COVERAGE_RANGE = 20_000;

    private final SupervisionMapper mapper;
    private final PublishedFacts facts;
    private final TransactionTemplate tx;
    private final TransactionTemplate freshReads;

    SupervisedItems(SupervisionMapper mapper, PublishedFacts facts, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.facts = facts;
        this.tx = new TransactionTemplate(transactions);
        this.freshReads = new TransactionTemplate(transactions);
        freshReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        freshReads.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @EventListener
    void published(ItemPublished event) {
        refresh(event.itemId());
    }

    @EventListener
    void archived(ItemArchived event) {
        mapper.deleteFact(event.itemId());
    }

    /** a catalogue item's published links changed: the linked items' coverage, in the same transaction */
    @EventListener
    void coverageChanged(CatalogueCoverageChanged event) {
        List<Long> ids = new ArrayList<>(event.sourceIds());
        for (int from = 0; from < ids.size(); from += BATCH) {
            mapper.refreshCoverage(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
    }

    /**
     * After the registry edit has committed: re-check every negative item, one batch per short READ COMMITTED
     * transaction. Not one long transaction: under REPEATABLE READ its snapshot would predate later registry edits,
     * and the registry loaded (and cached) inside it would be stale.
     */
    @Async
    @TransactionalEventListener
    void statutesChanged(StatutesChanged event) {
        long after = 0;
        List<Long> ids;
        do {
            long from = after;
            ids = freshReads.execute(s -> {
                List<Long> batch = mapper.negativeFactIds(from, BATCH);
                batch.forEach(this::refresh);
                return batch;
            });
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        resync();
    }

    @Scheduled(cron = "${gongkai.supervision.resync-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        resync();
    }

    /**
     * Writes the facts of published items that have none (or stale ones) and drops those of archived items: a batch
     * per transaction; a batch that fails is repeated item by item, so one bad item costs only its own row.
     */
    int resync() {
        int repaired = 0;
        long after = 0;
        List<Long> ids;
        do {
            long from = after;
            ids = tx.execute(s -> mapper.staleFacts(from, BATCH));
            repaired += repair(ids);
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        Integer dropped = tx.execute(s -> mapper.deleteArchivedFacts());
        int recovered = repairCoverage();
        if (repaired > 0 || (dropped != null && dropped > 0) || recovered > 0) {
            log.info("supervision facts resynced: {} written, {} dropped, {} coverage flags corrected", repaired,
                    dropped, recovered);
        }
        return repaired;
    }

    /** coverage flags that disagree with the published links (e.g. links written straight into the database) */
    private int repairCoverage() {
        long last = mapper.lastFactId();
        int corrected = 0;
        for (long after = 0; after < last; after += COVERAGE_RANGE) {
            long from = after;
            Integer n = tx.execute(s -> mapper.repairCoverage(from, from + COVERAGE_RANGE));
            corrected += n == null ? 0 : n;
        }
        return corrected;
    }

    private int repair(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            tx.executeWithoutResult(s -> {
                List<Fact> written = mapper.publishedRevisions(ids).stream().map(facts::of).toList();
                mapper.upsertFacts(written);
                Set<Long> seen = new HashSet<>();
                written.forEach(f -> seen.add(f.itemId()));
                ids.stream().filter(id -> !seen.contains(id)).forEach(mapper::deleteFact); // archived meanwhile
            });
            return ids.size();
        } catch (RuntimeException batchFailed) {
            int repaired = 0;
            for (Long id : ids) {
                try {
                    tx.executeWithoutResult(s -> refresh(id));
                    repaired++;
                } catch (RuntimeException e) {
                    log.warn("supervision facts of item {} could not be computed: {}", id, e.toString());
                }
            }
            return repaired;
        }
    }

    private void refresh(long itemId) {
        mapper.publishedRevision(itemId).map(facts::of)
                .ifPresentOrElse(mapper::upsertFact, () -> mapper.deleteFact(itemId));
    }
}
