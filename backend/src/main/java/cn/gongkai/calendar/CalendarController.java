package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public deadline calculator, the calendar for every logged-in user (and read-only for the portal), and the
 * system administrator's edit of a year.
 */
@RestController
class CalendarController {

    static final int MAX_WORKING_DAYS = 1000;

    private final WorkingDays workingDays;
    private final CalendarService service;

    CalendarController(WorkingDays workingDays, CalendarService service) {
        this.workingDays = workingDays;
        this.service = service;
    }

    /** parameters are read as text so that a missing or malformed one gets a precise Chinese message */
    @GetMapping("/api/v1/public/calendar/deadline")
    Deadline deadline(@RequestParam(required = false) String from,
            @RequestParam(required = false) String workingDays) {
        return this.workingDays.deadline(date(from), count(workingDays));
    }

    @GetMapping("/api/v1/public/calendar/{year}")
    YearView publicYear(@PathVariable int year) {
        return service.year(year).withoutEditor();
    }

    @GetMapping("/api/v1/calendar/{year}")
    YearView year(@PathVariable int year) {
        return service.year(year);
    }

    /** replaces the year's stored days; {@code ?source=} names the notice they come from (optional, ≤ 200 chars) */
    @PutMapping("/api/v1/calendar/{year}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.CALENDAR_UPDATE, target = "CALENDAR")
    YearView replace(@PathVariable int year, @RequestBody List<DayEntry> days,
            @RequestParam(required = false) String source, @AuthenticationPrincipal CurrentUser actor) {
        return service.replace(year, days, source, actor.username());
    }

    private static LocalDate date(String from) {
        if (from == null || from.isBlank()) {
            throw ApiException.invalidField("from", "请提供起算日期 from（格式 YYYY-MM-DD）");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("from", "起算日期“" + from + "”不是有效日期，格式应为 YYYY-MM-DD");
        }
        if (date.getYear() < CalendarRules.MIN_YEAR || date.getYear() > CalendarRules.MAX_YEAR) {
            throw ApiException.invalidField("from",
                    "起算日期必须在 " + CalendarRules.MIN_YEAR + " 年到 " + CalendarRules.MAX_YEAR + " 年之间");
        }
        return date;
    }

    private static int count(String workingDays) {
        String message = "工作日数 workingDays 必须是 1 到 " + MAX_WORKING_DAYS + " 之间的整数";
        if (workingDays == null || workingDays.isBlank()) {
            throw ApiException.invalidField("workingDays", message);
        }
        try {
            int n = Integer.parseInt(workingDays.strip());
            if (n >= 1 && n <= MAX_WORKING_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message
        }
        throw ApiException.invalidField("workingDays", message);
    }
}
