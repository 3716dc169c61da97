package cn.gongkai.supervision;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.supervision.Figures.OrgFigures;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import cn.gongkai.supervision.SupervisionMapper.SnapshotRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly snapshots of every org's metrics over its subtree, for the trend. A daily job (and one run at start-up)
 * writes the current month's row of every org, so a month ends up holding its last day's state. Several app
 * instances share the work safely: an instance first claims the day in {@code supervision_job} with one UPDATE and
 * only the instance whose UPDATE changed the row computes; rows are keyed by org and month, so even a second run
 * would only rewrite the same row.
 * <p>
 * All orgs are computed from one pass of per-org figures, rolled up the org tree in memory.
 */
@Component
class Snapshots {

    static final String JOB = "MONTHLY_SNAPSHOT";
    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);
    private static final int BATCH = 500;

    private final SupervisionMapper mapper;
    private final Figures figures;
    private final SupervisionDates dates;
    private final TransactionTemplate tx;

    Snapshots(SupervisionMapper mapper, Figures figures, SupervisionDates dates, TransactionTemplate tx) {
        this.mapper = mapper;
        this.figures = figures;
        this.dates = dates;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void atStartup() {
        runIfDue();
    }

    @Scheduled(cron = "${gongkai.supervision.snapshot-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        runIfDue();
    }

    /** takes today's snapshots unless another instance (or an earlier run) already did today */
    boolean runIfDue() {
        LocalDate today = dates.today();
        Integer claimed = tx.execute(s -> mapper.claimJob(JOB, today, ManagementFactory.getRuntimeMXBean().getName()));
        if (claimed == null || claimed == 0) {
            return false;
        }
        int n = takeAll();
        log.info("supervision snapshots of {} taken for {} orgs", today.withDayOfMonth(1), n);
        return true;
    }

    /** writes the current month's snapshot of every org; returns the number of orgs */
    int takeAll() {
        LocalDate today = dates.today();
        LocalDate month = today.withDayOfMonth(1);
        Instant now = dates.now();
        List<SnapshotRow> rows = tx.execute(s -> compute(today, month, now));
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<SnapshotRow> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            tx.executeWithoutResult(s -> mapper.upsertSnapshots(batch));
        }
        return rows.size();
    }

    private List<SnapshotRow> compute(LocalDate today, LocalDate month, Instant now) {
        List<OrgNode> orgs = mapper.subtree("/%");
        OrgFigures f = figures.load(null, today, dates.pendingCutoff(today));
        Set<String> active = figures.activeDomains();
        Map<Long, Tally> subtree = new HashMap<>();
        Map<Long, Tally> inherited = new HashMap<>();
        // orgs come in path order: a parent before its children
        for (OrgNode o : orgs) {
            Tally above = o.parentId() == null ? new Tally()
                    : inherited.getOrDefault(o.parentId(), new Tally()).copy().addNegatives(f.commonOrEmpty(o.parentId()));
            inherited.put(o.id(), above);
            subtree.put(o.id(), new Tally());
        }
        for (OrgNode o : orgs) {
            Tally own = f.ownOrEmpty(o.id());
            for (Long a : Figures.ancestorIds(o.path(), -1)) {
                Tally t = subtree.get(a);
                if (t != null) {
                    t.add(own);
                }
            }
        }
        List<SnapshotRow> rows = new ArrayList<>();
        for (OrgNode o : orgs) {
            Tally t = subtree.get(o.id()).addNegatives(inherited.get(o.id()));
            Set<String> na = new HashSet<>(f.notApplicableOf(o.id()));
            Metrics m = Metrics.of(t, active, na);
            rows.add(new SnapshotRow(o.id(), month, (int) m.powerItems(), (int) m.serviceItems(),
                    (int) m.coveredPowerItems(), (int) m.coveredServiceItems(), (int) m.catalogueItems(),
                    (int) m.completeCatalogueItems(), (int) m.nestedItems(), (int) m.negativeItems(),
                    (int) m.negativeItemsWithValidBasis(), (int) m.overdueReviews(), m.coveredDomains(),
                    m.activeDomains(), now));
        }
        return rows;
    }
}
