package cn.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads a calendar year and lets the system administrator replace it (a new notice, a local day off). */
@Service
@Transactional
class CalendarService {

    /** the source note of an edit that did not name its document */
    static final String MANUAL_SOURCE = "系统管理员维护";

    private final CalendarMapper mapper;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(CalendarMapper mapper, WorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public YearView year(int year) {
        CalendarRules.checkYear(year);
        return YearView.of(year, mapper.findYear(year).orElse(null),
                mapper.findDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /**
     * Replaces the stored days of the year and marks it loaded. A day whose kind is unchanged keeps its source (so
     * the official notice stays visible next to a local edit); a new or changed day gets {@code source}, or
     * {@value #MANUAL_SOURCE} when none is given. The year keeps its source unless a new one is given.
     */
    public YearView replace(int year, List<DayEntry> entries, String source, String actor) {
        CalendarRules.checkYear(year);
        audit.target("CALENDAR", year);
        List<ApiException.FieldError> errors = CalendarRules.check(year, entries);
        if (!errors.isEmpty()) {
            throw CalendarRules.invalid(errors);
        }
        String note = cleanSource(source);
        YearView before = year(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Instant now = clock.instant();
        String yearSource = note != null ? note : before.loaded() ? before.source() : MANUAL_SOURCE;
        mapper.upsertYear(new CalendarYearRow(year, yearSource, now, actor));

        Map<LocalDate, CalendarDayRow> existing = mapper.findDays(first, last).stream()
                .collect(Collectors.toMap(CalendarDayRow::date, Function.identity()));
        List<CalendarDayRow> rows = new ArrayList<>();
        for (DayEntry e : entries) {
            CalendarDayRow prior = existing.get(e.date());
            rows.add(prior != null && prior.kind() == e.kind() ? prior
                    : new CalendarDayRow(e.date(), e.kind(), note != null ? note : MANUAL_SOURCE, now, actor));
        }
        mapper.deleteDays(first, last);
        if (!rows.isEmpty()) {
            mapper.insertDays(rows);
        }
        refreshAfterCommit();

        YearView after = year(year);
        audit.change(before.summary(), after.summary());
        audit.note("changedDays", changedDays(before, after));
        return after;
    }

    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workingDays.refresh();
            }
        });
    }

    /** {@code ["2026-10-09: WORKDAY → HOLIDAY", …]} for the audit administrator */
    private static List<String> changedDays(YearView before, YearView after) {
        Map<LocalDate, DayKind> old = new LinkedHashMap<>();
        before.days().forEach(d -> old.put(d.date(), d.kind()));
        return after.days().stream().filter(d -> !Objects.equals(old.get(d.date()), d.kind()))
                .map(d -> d.date() + ": " + old.get(d.date()) + " → " + d.kind()).toList();
    }

    private static String cleanSource(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.strip();
        if (s.length() > CalendarRules.MAX_SOURCE_LENGTH) {
            throw ApiException.invalidField("source", "来源说明不能超过 " + CalendarRules.MAX_SOURCE_LENGTH + " 个字符");
        }
        return s;
    }
}
