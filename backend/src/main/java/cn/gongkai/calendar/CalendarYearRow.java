package cn.gongkai.calendar;

import java.time.Instant;

/** A year whose schedule is loaded ({@code calendar_year}), with the document it comes from. */
record CalendarYearRow(int year, String source, Instant updatedAt, String updatedBy) {
}
