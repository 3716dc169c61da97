package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of "N working days after D". {@code provisional} is true when a day between D and the deadline lies
 * in a year whose official schedule is not loaded: there the count assumed Monday–Friday only, and the next holiday
 * notice may move the deadline. {@code skipped} lists the non-working days passed over, in date order.
 */
public record Deadline(LocalDate deadline, boolean provisional, List<SkippedDay> skipped) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }
}
