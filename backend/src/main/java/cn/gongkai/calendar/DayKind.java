package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a calendar day is for counting working days (docs/DOMAIN.md "Working days"). {@link #ADJUSTED_WORKDAY} is a
 * 调休 Saturday or Sunday that counts; {@link #HOLIDAY} is a day off of the official notice, weekday or not.
 */
public enum DayKind {
    WORKDAY("工作日", true),
    WEEKEND("休息日", false),
    HOLIDAY("法定节假日", false),
    ADJUSTED_WORKDAY("调休上班", true);

    private final String displayName;
    private final boolean working;

    DayKind(String displayName, boolean working) {
        this.displayName = displayName;
        this.working = working;
    }

    public String displayName() {
        return displayName;
    }

    /** counts as a working day */
    public boolean isWorking() {
        return working;
    }

    /** the kind of a day the calendar does not mention: Monday–Friday work, Saturday and Sunday rest */
    public static DayKind byDefault(LocalDate date) {
        return isWeekend(date) ? WEEKEND : WORKDAY;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
