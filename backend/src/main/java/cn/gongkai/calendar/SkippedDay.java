package cn.gongkai.calendar;

import java.time.LocalDate;

/** A non-working day a deadline passed over (a weekend day or a holiday). */
public record SkippedDay(LocalDate date, DayKind kind) {
}
