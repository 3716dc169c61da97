package cn.gongkai.disclosurerequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.gongkai.calendar.Deadline;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.common.Clocks;
import org.springframework.stereotype.Component;

/**
 * The statutory clock of an application on the working-day calendar (条例 arts 30–33): the answer is due 20 working
 * days after the clock start (the receipt date of art 31, or the receipt of the 补正), plus an approved extension, plus
 * the working days spent consulting a third party or another organ. "N working days after D" does not count D.
 */
@Component
class StatutoryClock {

    static final int ANSWER_DAYS = 20;
    static final int CORRECTION_NOTICE_DAYS = 7;
    static final int MAX_EXTENSION_DAYS = 20;
    static final int THIRD_PARTY_DAYS = 15;
    static final int DUE_SOON_DAYS = 3;

    private final WorkingDays workingDays;
    private final Clock clock;

    StatutoryClock(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.ZONE);
    }

    /** the last day the 补正 notice may be sent (art 30: within 7 working days of receipt) */
    LocalDate correctionNoticeBy(LocalDate receivedOn) {
        return workingDays.deadline(receivedOn, CORRECTION_NOTICE_DAYS).deadline();
    }

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingDays.workingDaysBetween(fromExclusive, toInclusive);
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    /** the working days the clock has been paused, a consultation still running counted up to {@code today} */
    int pausedDays(RequestRow r, LocalDate today) {
        int running = r.pausedSince() == null ? 0 : workingDays.workingDaysBetween(r.pausedSince(), today);
        return r.pausedDays() + running;
    }

    /** the due date as of {@code today}; null while the clock waits for the applicant's 补正 */
    Deadline due(RequestRow r, LocalDate today) {
        if (r.status() == RequestStatus.WAITING_FOR_APPLICANT) {
            return null;
        }
        return workingDays.deadline(r.clockStart(), ANSWER_DAYS + r.extensionDays() + pausedDays(r, today));
    }

    /** the due date stored for lists (only while the clock runs: stopped and paused clocks have none) */
    LocalDate storedDueDate(RequestRow r) {
        return r.status().clockRuns() ? due(r, today()).deadline() : null;
    }

    ClockView view(RequestRow r) {
        LocalDate today = today();
        Deadline due = due(r, today);
        LocalDate noticeBy = correctionNoticeBy(r.receivedOn());
        LocalDate thirdPartyBy = r.pausedSince() != null && "THIRD_PARTY".equals(r.consultationKind())
                ? workingDays.deadline(r.pausedSince(), THIRD_PARTY_DAYS).deadline() : null;
        Integer remaining = null;
        Integer overdueDays = null;
        boolean overdue = false;
        boolean soon = false;
        Boolean answeredInTime = null;
        if (due != null && r.status().open()) {
            LocalDate d = due.deadline();
            if (today.isAfter(d)) {
                overdue = true;
                overdueDays = workingDays.workingDaysBetween(d, today);
            } else {
                remaining = workingDays.workingDaysBetween(today, d);
                soon = r.status().clockRuns() && remaining <= DUE_SOON_DAYS;
            }
        } else if (due != null && r.answeredOn() != null) {
            answeredInTime = !r.answeredOn().isAfter(due.deadline());
        }
        return new ClockView(r.clockStart(), due == null ? null : due.deadline(), due != null && due.provisional(),
                remaining, overdueDays, overdue, soon, r.status() == RequestStatus.CONSULTING,
                r.status() == RequestStatus.WAITING_FOR_APPLICANT, noticeBy, r.applicantDeadline(),
                r.extensionDays(), pausedDays(r, today), thirdPartyBy, answeredInTime);
    }

    /**
     * The clock as every view shows it: 剩余 N 个工作日 ({@code remainingWorkingDays}) or 已逾期 N 个工作日
     * ({@code overdueWorkingDays}, counted from the day after the due date; 0 on a non-working day right after it).
     */
    record ClockView(LocalDate clockStart, LocalDate dueDate, boolean provisional, Integer remainingWorkingDays,
            Integer overdueWorkingDays, boolean overdue, boolean dueSoon, boolean paused, boolean stopped,
            LocalDate correctionNoticeBy, LocalDate applicantDeadline, int extensionDays, int pausedDays,
            LocalDate thirdPartyReplyBy, Boolean answeredInTime) {
    }
}
