package cn.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A stored day of {@code calendar_day}; {@code updatedBy} null = loaded by the migration from the official notice. */
record CalendarDayRow(LocalDate date, DayKind kind, String source, Instant updatedAt, String updatedBy) {
}
