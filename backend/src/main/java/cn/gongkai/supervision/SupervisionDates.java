package cn.gongkai.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.common.Clocks;
import org.springframework.stereotype.Component;

/** "Today" as people in Beijing read it, and the working-day rule for items waiting too long in review. */
@Component
class SupervisionDates {

    /** docs/DOMAIN.md: items waiting in PENDING_REVIEW for more than 5 working days count as overdue reviews */
    static final int PENDING_WORKING_DAYS = 5;

    private final Clock clock;
    private final WorkingDays workingDays;

    SupervisionDates(Clock clock, WorkingDays workingDays) {
        this.clock = clock;
        this.workingDays = workingDays;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.ZONE);
    }

    /**
     * The instant before which a submission has waited more than 5 working days today: an item submitted on day D
     * is overdue once D + 5 working days (D itself not counted) lies before today. The latest such D is found by
     * walking back from yesterday; items submitted before the next midnight (Beijing) are overdue.
     */
    Instant pendingCutoff(LocalDate today) {
        LocalDate d = today.minusDays(1);
        for (int i = 0; i < 90 && !workingDays.deadline(d, PENDING_WORKING_DAYS).deadline().isBefore(today); i++) {
            d = d.minusDays(1);
        }
        return d.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant();
    }
}
