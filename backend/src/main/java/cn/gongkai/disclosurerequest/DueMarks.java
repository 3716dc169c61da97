package cn.gongkai.disclosurerequest;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job: marks every open application SOON (≤ 3 working days left), OVERDUE (past its due date) or LAPSED
 * (waiting for a 补正 whose period has passed: the org may now answer 逾期不补正), and clears the mark of the others.
 * One instance a day (claimed in {@code disclosure_request_job}); the marks are the same whoever computes them.
 */
@Component
class DueMarks {

    private static final Logger log = LoggerFactory.getLogger(DueMarks.class);
    private static final int BATCH = 500;

    private final DisclosureRequestMapper mapper;
    private final JobMapper jobs;
    private final StatutoryClock clock;
    private final TransactionTemplate tx;

    DueMarks(DisclosureRequestMapper mapper, JobMapper jobs, StatutoryClock clock, TransactionTemplate tx) {
        this.mapper = mapper;
        this.jobs = jobs;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(cron = "${gongkai.disclosure-request.due-marks-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        LocalDate today = clock.today();
        Integer claimed = tx.execute(s -> jobs.claim("due-marks", today, ManagementFactory.getRuntimeMXBean().getName()));
        if (claimed != null && claimed > 0) {
            log.info("applications marked due soon, overdue or lapsed: {}", markAll());
        }
    }

    /** marks every open application as of today; returns how many marks changed */
    int markAll() {
        LocalDate today = clock.today();
        int changed = 0;
        long after = 0;
        while (true) {
            List<RequestRow> rows = mapper.running(after, BATCH);
            if (rows.isEmpty()) {
                return changed;
            }
            for (RequestRow r : rows) {
                String flag = flag(r, today);
                if (!Objects.equals(flag, r.dueFlag())) {
                    mapper.markDue(r.id(), flag);
                    changed++;
                }
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private String flag(RequestRow r, LocalDate today) {
        if (r.status() == RequestStatus.WAITING_FOR_APPLICANT) {
            return r.applicantDeadline() != null && today.isAfter(r.applicantDeadline()) ? "LAPSED" : null;
        }
        StatutoryClock.ClockView c = clock.view(r);
        return c.overdue() ? "OVERDUE" : c.dueSoon() ? "SOON" : null;
    }

    @org.apache.ibatis.annotations.Mapper
    interface JobMapper {

        @Update("UPDATE disclosure_request_job SET last_run_on = #{today}, run_by = #{by} "
                + "WHERE name = #{name} AND (last_run_on IS NULL OR last_run_on < #{today})")
        int claim(@Param("name") String name, @Param("today") LocalDate today, @Param("by") String by);
    }
}
