package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "N working days after D" over the official 2024–2026 schedules (V5__calendar.sql), in memory. */
class WorkCalendarTest {

    static final OfficialCalendar OFFICIAL = OfficialCalendar.load();
    static final WorkCalendar CAL = OFFICIAL.calendar();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Deadline after(String from, int n) {
        return CAL.deadline(d(from), n);
    }

    static List<String> skipped(Deadline deadline) {
        return deadline.skipped().stream().map(s -> s.date() + " " + s.kind()).toList();
    }

    @Nested
    class TheSeed {

        @ParameterizedTest(name = "{0}: {1} holidays, {2} make-up working days, {3} working days in all")
        @CsvSource({"2024, 28, 8, 251", "2025, 28, 5, 248", "2026, 33, 6, 248"})
        void hasTheHolidaysAndMakeUpDaysOfTheNotice(int year, long holidays, long adjusted, int workingDays) {
            assertThat(OFFICIAL.days.entrySet().stream()
                    .filter(e -> e.getKey().getYear() == year && e.getValue() == DayKind.HOLIDAY).count()).isEqualTo(holidays);
            assertThat(OFFICIAL.days.entrySet().stream()
                    .filter(e -> e.getKey().getYear() == year && e.getValue() == DayKind.ADJUSTED_WORKDAY).count()).isEqualTo(adjusted);
            assertThat(CAL.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31))).isEqualTo(workingDays);
        }

        @Test
        void loadsExactlyTheYears2024To2026() {
            assertThat(OFFICIAL.years).containsExactly(2024, 2025, 2026);
        }

        @Test
        void passesTheRulesTheAdministratorIsHeldTo() {
            for (int year : OFFICIAL.years) {
                List<DayEntry> entries = OFFICIAL.days.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                        .map(e -> new DayEntry(e.getKey(), e.getValue())).toList();
                assertThat(CalendarRules.check(year, entries)).as("year %d", year).isEmpty();
            }
        }

        @Test
        void makesUpWorkOnlyOnTheWeekendsTheNoticesName() {
            assertThat(OFFICIAL.days.entrySet().stream().filter(e -> e.getValue() == DayKind.ADJUSTED_WORKDAY)
                    .map(e -> e.getKey().toString()).toList()).containsExactly(
                    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
                    "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
                    "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        }
    }

    @Nested
    class SpringFestival {

        @Test
        void in2024NewYearsEveWasAnOrdinaryWorkingDay() {
            assertThat(CAL.kindOf(d("2024-02-09"))).isEqualTo(DayKind.WORKDAY);
            assertThat(after("2024-02-08", 1).deadline()).isEqualTo(d("2024-02-09"));
        }

        @Test
        void in2024TheEightDaysOffArePassedOverAndTheMakeUpSundayCounts() {
            Deadline deadline = after("2024-02-08", 2);
            assertThat(deadline.deadline()).isEqualTo(d("2024-02-18"));
            assertThat(skipped(deadline)).containsExactly("2024-02-10 HOLIDAY", "2024-02-11 HOLIDAY",
                    "2024-02-12 HOLIDAY", "2024-02-13 HOLIDAY", "2024-02-14 HOLIDAY", "2024-02-15 HOLIDAY",
                    "2024-02-16 HOLIDAY", "2024-02-17 HOLIDAY");
            assertThat(deadline.provisional()).isFalse();
        }

        @Test
        void in2024TheSundayBeforeTheHolidayIsAWorkingDay() {
            Deadline deadline = after("2024-02-02", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2024-02-04"));
            assertThat(skipped(deadline)).containsExactly("2024-02-03 WEEKEND");
        }

        @Test
        void in2025TheHolidayStartsOnNewYearsEve() {
            assertThat(CAL.kindOf(d("2025-01-28"))).isEqualTo(DayKind.HOLIDAY);
            Deadline deadline = after("2025-01-27", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2025-02-05"));
            assertThat(deadline.skipped()).hasSize(8).allMatch(s -> s.kind() == DayKind.HOLIDAY);
        }

        @Test
        void in2025BothMakeUpDaysCount() {
            assertThat(after("2025-01-24", 1).deadline()).isEqualTo(d("2025-01-26"));
            assertThat(after("2025-02-07", 1).deadline()).isEqualTo(d("2025-02-08"));
        }

        @Test
        void in2026NineDaysOffLieBetweenTwoMakeUpSaturdays() {
            assertThat(after("2026-02-13", 1).deadline()).isEqualTo(d("2026-02-14"));
            Deadline deadline = after("2026-02-13", 2);
            assertThat(deadline.deadline()).isEqualTo(d("2026-02-24"));
            assertThat(deadline.skipped()).hasSize(9).allMatch(s -> s.kind() == DayKind.HOLIDAY);
            assertThat(after("2026-02-27", 1).deadline()).isEqualTo(d("2026-02-28"));
        }

        @Test
        void twentyWorkingDaysFromAReceiptBeforeTheHolidayRunPastIt() {
            Deadline deadline = after("2025-01-20", 20);
            assertThat(deadline.deadline()).isEqualTo(d("2025-02-21"));
            assertThat(deadline.skipped()).hasSize(12);
        }
    }

    @Nested
    class NationalDay {

        @Test
        void in2024TheMakeUpSundayAndSaturdayCountAndTheWeekOffDoesNot() {
            Deadline deadline = after("2024-09-27", 3);
            assertThat(deadline.deadline()).isEqualTo(d("2024-10-08"));
            assertThat(skipped(deadline)).containsExactly("2024-09-28 WEEKEND", "2024-10-01 HOLIDAY",
                    "2024-10-02 HOLIDAY", "2024-10-03 HOLIDAY", "2024-10-04 HOLIDAY", "2024-10-05 HOLIDAY",
                    "2024-10-06 HOLIDAY", "2024-10-07 HOLIDAY");
            assertThat(after("2024-09-27", 1).deadline()).isEqualTo(d("2024-09-29"));
            assertThat(after("2024-10-11", 1).deadline()).isEqualTo(d("2024-10-12"));
        }

        @Test
        void in2025TheCombinedHolidayLastsEightDays() {
            Deadline deadline = after("2025-09-30", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2025-10-09"));
            assertThat(deadline.skipped()).hasSize(8).allMatch(s -> s.kind() == DayKind.HOLIDAY);
            assertThat(after("2025-10-10", 1).deadline()).isEqualTo(d("2025-10-11"));
            assertThat(after("2025-09-26", 1).deadline()).isEqualTo(d("2025-09-28"));
        }

        @Test
        void in2026TheHolidayLastsSevenDays() {
            Deadline deadline = after("2026-09-30", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2026-10-08"));
            assertThat(deadline.skipped()).hasSize(7);
            assertThat(after("2026-10-09", 1).deadline()).isEqualTo(d("2026-10-10"));
        }

        @Test
        void twentyWorkingDaysFromMidSeptember2026PassTheMidAutumnAndNationalDayBreaks() {
            Deadline deadline = after("2026-09-18", 20);
            assertThat(deadline.deadline()).isEqualTo(d("2026-10-22"));
            assertThat(deadline.skipped()).hasSize(14);
            assertThat(after("2024-09-20", 20).deadline()).isEqualTo(d("2024-10-23"));
        }
    }

    @Nested
    class TheTurnOfTheYear {

        @Test
        void newYearsDay2025IsPassedOver() {
            Deadline deadline = after("2024-12-31", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2025-01-02"));
            assertThat(skipped(deadline)).containsExactly("2025-01-01 HOLIDAY");
            assertThat(deadline.provisional()).isFalse();
        }

        @Test
        void theMakeUpSundayAfterNewYear2026IsTheFirstWorkingDay() {
            Deadline deadline = after("2025-12-31", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2026-01-04"));
            assertThat(skipped(deadline)).containsExactly("2026-01-01 HOLIDAY", "2026-01-02 HOLIDAY",
                    "2026-01-03 HOLIDAY");
        }
    }

    @Nested
    class StartingOnADayOff {

        @Test
        void aHolidayStartCountsFromTheNextWorkingDay() {
            assertThat(after("2025-10-03", 1).deadline()).isEqualTo(d("2025-10-09"));
            Deadline deadline = after("2026-02-15", 3);
            assertThat(deadline.deadline()).isEqualTo(d("2026-02-26"));
            assertThat(deadline.skipped()).hasSize(8).allMatch(s -> s.kind() == DayKind.HOLIDAY);
        }

        @Test
        void aWeekendStartCountsFromMonday() {
            Deadline deadline = after("2026-03-07", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2026-03-09"));
            assertThat(skipped(deadline)).containsExactly("2026-03-08 WEEKEND");
        }
    }

    @Nested
    class OneWorkingDay {

        @Test
        void isTheNextDayInTheMiddleOfTheWeek() {
            Deadline deadline = after("2026-03-10", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2026-03-11"));
            assertThat(deadline.skipped()).isEmpty();
            assertThat(deadline.provisional()).isFalse();
        }

        @Test
        void isMondayFromAFriday() {
            Deadline deadline = after("2026-03-13", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2026-03-16"));
            assertThat(skipped(deadline)).containsExactly("2026-03-14 WEEKEND", "2026-03-15 WEEKEND");
        }

        @Test
        void zeroIsTheStartDayItselfAndANegativeCountIsRefused() {
            assertThat(after("2026-02-15", 0)).isEqualTo(new Deadline(d("2026-02-15"), false, List.of()));
            assertThatThrownBy(() -> after("2026-02-15", -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BeyondTheLoadedYears {

        @Test
        void aDeadlineInsideTheLastLoadedYearIsFirm() {
            assertThat(after("2026-12-30", 1)).isEqualTo(new Deadline(d("2026-12-31"), false, List.of()));
        }

        @Test
        void aDeadlineIn2027IsCountedOnWeekdaysOnlyAndProvisional() {
            Deadline deadline = after("2026-12-30", 2);
            assertThat(deadline.deadline()).isEqualTo(d("2027-01-01"));
            assertThat(deadline.provisional()).isTrue();
            assertThat(after("2027-03-01", 5).provisional()).isTrue();
            assertThat(after("2027-03-05", 1).deadline()).isEqualTo(d("2027-03-08"));
        }

        @Test
        void weekendsPassedInAnUnloadedYearMakeItProvisionalToo() {
            Deadline deadline = after("2023-12-29", 1);
            assertThat(deadline.deadline()).isEqualTo(d("2024-01-02"));
            assertThat(deadline.provisional()).isTrue();
            assertThat(after("2023-12-31", 2).provisional()).isFalse();
        }

        @Test
        void aYearLoadedLaterMakesItsDeadlinesFirm() {
            WorkCalendar with2027 = new WorkCalendar(Map.of(d("2027-01-01"), DayKind.HOLIDAY),
                    Set.of(2024, 2025, 2026, 2027));
            Deadline deadline = with2027.deadline(d("2026-12-30"), 2);
            assertThat(deadline.deadline()).isEqualTo(d("2027-01-04"));
            assertThat(deadline.provisional()).isFalse();
        }
    }

    @Nested
    class CountingBetweenTwoDates {

        @Test
        void countsMakeUpDaysAndSkipsHolidays() {
            assertThat(CAL.workingDaysBetween(d("2026-02-13"), d("2026-02-24"))).isEqualTo(2);
            assertThat(CAL.workingDaysBetween(d("2025-09-26"), d("2025-10-10"))).isEqualTo(5);
        }

        @Test
        void isZeroForTheSameDayOrAnEarlierEnd() {
            assertThat(CAL.workingDaysBetween(d("2026-03-10"), d("2026-03-10"))).isZero();
            assertThat(CAL.workingDaysBetween(d("2026-03-10"), d("2026-03-01"))).isZero();
        }

        @Test
        void undoesTheDeadlineForEveryStartDayAndCount() {
            LocalDate start = d("2023-12-01");
            IntStream.range(0, 1200).mapToObj(start::plusDays).forEach(from -> {
                for (int n : new int[] {1, 2, 5, 7, 15, 20, 40}) {
                    LocalDate deadline = CAL.deadline(from, n).deadline();
                    assertThat(CAL.workingDaysBetween(from, deadline)).as("%s + %d", from, n).isEqualTo(n);
                    assertThat(CAL.kindOf(deadline).isWorking()).isTrue();
                }
            });
        }
    }
}
