package cn.gongkai.calendar;

import java.time.LocalDate;

/** One day of a {@code PUT /api/v1/calendar/{year}} body. */
record DayEntry(LocalDate date, DayKind kind) {
}
