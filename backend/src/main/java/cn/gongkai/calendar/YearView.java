package cn.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One calendar year as {@code GET /api/v1/calendar/{year}} shows it: every day of the year with its kind, the
 * source of stored days ({@code null} for days that follow the default Monday–Friday rule), whether the official
 * schedule of the year is loaded, and the number of working days.
 */
record YearView(int year, boolean loaded, String source, Instant updatedAt, String updatedBy, int workingDays,
        List<Day> days) {

    record Day(LocalDate date, DayKind kind, String source) {
    }

    static YearView of(int year, CalendarYearRow loaded, List<CalendarDayRow> stored) {
        Map<LocalDate, CalendarDayRow> byDate = new LinkedHashMap<>();
        stored.forEach(d -> byDate.put(d.date(), d));
        List<Day> days = new ArrayList<>();
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            CalendarDayRow row = byDate.get(d);
            Day day = row == null ? new Day(d, DayKind.byDefault(d), null) : new Day(d, row.kind(), row.source());
            working += day.kind().isWorking() ? 1 : 0;
            days.add(day);
        }
        return loaded == null
                ? new YearView(year, false, null, null, null, working, days)
                : new YearView(year, true, loaded.source(), loaded.updatedAt(), loaded.updatedBy(), working, days);
    }

    /** the portal's copy: no administrator names */
    YearView withoutEditor() {
        return new YearView(year, loaded, source, updatedAt, null, workingDays, days);
    }

    /** the audit log's before/after: the stored exceptions only, grouped by kind */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("loaded", loaded);
        m.put("source", source);
        for (DayKind kind : DayKind.values()) {
            List<String> dates = days.stream().filter(d -> d.source() != null && d.kind() == kind)
                    .map(d -> d.date().toString()).toList();
            if (!dates.isEmpty()) {
                m.put(kind.name(), dates);
            }
        }
        return m;
    }
}
