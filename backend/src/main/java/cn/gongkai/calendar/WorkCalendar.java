package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the calendar: the stored days and the loaded years. All counting happens here, in
 * memory, so that it is the same for the API, for other features and for the unit tests.
 */
final class WorkCalendar {

    private final Map<LocalDate, DayKind> days;
    private final Set<Integer> loadedYears;

    WorkCalendar(Map<LocalDate, DayKind> days, Set<Integer> loadedYears) {
        this.days = Map.copyOf(days);
        this.loadedYears = Set.copyOf(loadedYears);
    }

    DayKind kindOf(LocalDate date) {
        DayKind stored = days.get(date);
        return stored != null ? stored : DayKind.byDefault(date);
    }

    boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    Set<Integer> loadedYears() {
        return loadedYears;
    }

    /**
     * "N working days after D" (民法典 art. 201: the start day is not counted): walk forward from the day after
     * {@code from} and stop on the N-th working day. N = 0 is {@code from} itself. Provisional when any day walked
     * over lies in a year that is not loaded: a weekend there may yet become a 调休 working day, a weekday a holiday.
     */
    Deadline deadline(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        boolean provisional = false;
        List<SkippedDay> skipped = new ArrayList<>();
        while (counted < workingDays) {
            day = day.plusDays(1);
            DayKind kind = kindOf(day);
            provisional |= !isLoaded(day.getYear());
            if (kind.isWorking()) {
                counted++;
            } else {
                skipped.add(new SkippedDay(day, kind));
            }
        }
        return new Deadline(day, provisional, skipped);
    }

    /** working days in (fromExclusive, toInclusive]; 0 when {@code toInclusive} is not after {@code fromExclusive} */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (kindOf(d).isWorking()) {
                count++;
            }
        }
        return count;
    }
}
