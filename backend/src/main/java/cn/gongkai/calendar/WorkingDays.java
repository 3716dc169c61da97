package cn.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic over the official holiday and 调休 calendar, for every feature that has a deadline
 * ("20 工作日 after receipt", "pending review for more than 5 working days").
 * <p>
 * The calendar is small (a hundred rows a year), so it is kept in memory. An edit through this instance replaces
 * the copy at once; because several app instances may serve one database, a copy older than
 * {@code gongkai.calendar.cache-ttl} (default one minute) is reloaded, so another instance's edit shows within it.
 */
@Component
public class WorkingDays {

    private final CalendarMapper mapper;
    private final Clock clock;
    private final CalendarProperties properties;
    private volatile Snapshot snapshot;
    /** bumped by {@link #refresh()}, so a load that raced with an edit is not kept */
    private final AtomicLong generation = new AtomicLong();

    WorkingDays(CalendarMapper mapper, Clock clock, CalendarProperties properties) {
        this.mapper = mapper;
        this.clock = clock;
        this.properties = properties;
    }

    /** "N working days after D": D is not counted; {@code workingDays} ≥ 0 (0 gives D itself) */
    public Deadline deadline(LocalDate from, int workingDays) {
        return calendar().deadline(from, workingDays);
    }

    /** WORKDAY or ADJUSTED_WORKDAY; outside the loaded years, Monday to Friday */
    public boolean isWorkingDay(LocalDate date) {
        return calendar().kindOf(date).isWorking();
    }

    public DayKind kindOf(LocalDate date) {
        return calendar().kindOf(date);
    }

    /** working days in (fromExclusive, toInclusive]: 0 when {@code toInclusive} is not after {@code fromExclusive} */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return calendar().workingDaysBetween(fromExclusive, toInclusive);
    }

    /** whether the official schedule of the year is loaded (if not, counts there are provisional) */
    public boolean isLoaded(int year) {
        return calendar().isLoaded(year);
    }

    WorkCalendar calendar() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.loadedAt().plus(properties.cacheTtl()))) {
            long loading = generation.get();
            current = new Snapshot(load(), now);
            if (generation.get() == loading) {
                snapshot = current;
            }
        }
        return current.calendar();
    }

    /** drops the in-memory copy: the next call reads the database (after an edit has committed) */
    void refresh() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private WorkCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        mapper.findAllDays().forEach(d -> days.put(d.date(), d.kind()));
        Set<Integer> years = new HashSet<>();
        mapper.findYears().forEach(y -> years.add(y.year()));
        return new WorkCalendar(days, years);
    }

    private record Snapshot(WorkCalendar calendar, Instant loadedAt) {
    }
}
