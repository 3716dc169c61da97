package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import org.junit.jupiter.api.Test;

/** What the system administrator may store for a year. */
class CalendarRulesTest {

    static DayEntry e(String date, DayKind kind) {
        return new DayEntry(date == null ? null : LocalDate.parse(date), kind);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsHolidaysOnAnyDayAndTheDefaultKindsRestated() {
        assertThat(CalendarRules.check(2030, List.of(e("2030-01-01", DayKind.HOLIDAY), e("2030-01-05", DayKind.HOLIDAY),
                e("2030-01-06", DayKind.ADJUSTED_WORKDAY), e("2030-01-07", DayKind.WORKDAY),
                e("2030-01-12", DayKind.WEEKEND)))).isEmpty();
        assertThat(CalendarRules.check(2030, List.of())).isEmpty();
    }

    @Test
    void refusesADateOutsideTheYear() {
        var errors = CalendarRules.check(2030, List.of(e("2031-01-01", DayKind.HOLIDAY)));
        assertThat(fields(errors)).containsExactly("[0].date");
        assertThat(errors.get(0).message()).contains("不在 2030 年内");
    }

    @Test
    void refusesTheSameDateTwice() {
        var errors = CalendarRules.check(2030, List.of(e("2030-10-01", DayKind.HOLIDAY), e("2030-10-01", DayKind.HOLIDAY)));
        assertThat(fields(errors)).containsExactly("[1].date");
        assertThat(errors.get(0).message()).contains("重复");
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        var errors = CalendarRules.check(2030, List.of(e("2030-01-02", DayKind.ADJUSTED_WORKDAY)));
        assertThat(fields(errors)).containsExactly("[0].kind");
        assertThat(errors.get(0).message()).contains("调休上班只能设在周六或周日").contains("周三");
    }

    @Test
    void refusesAWeekendKindOnAWeekday() {
        var errors = CalendarRules.check(2030, List.of(e("2030-01-07", DayKind.WEEKEND)));
        assertThat(fields(errors)).containsExactly("[0].kind");
        assertThat(errors.get(0).message()).contains("休息日只能设在周六或周日");
    }

    @Test
    void refusesAPlainWorkdayOnASaturday() {
        var errors = CalendarRules.check(2030, List.of(e("2030-01-05", DayKind.WORKDAY)));
        assertThat(fields(errors)).containsExactly("[0].kind");
        assertThat(errors.get(0).message()).contains("工作日只能设在周一至周五").contains("调休上班");
    }

    @Test
    void reportsEveryMissingPartAtOnce() {
        var errors = CalendarRules.check(2030, Arrays.asList(e(null, DayKind.HOLIDAY), e("2030-05-01", null), null));
        assertThat(fields(errors)).containsExactly("[0].date", "[1].kind", "[2]");
        ApiException problem = CalendarRules.invalid(errors);
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.getBody().getDetail()).startsWith("日历数据有 3 处错误");
    }

    @Test
    void acceptsOnlyTheYears2000To2099() {
        CalendarRules.checkYear(2000);
        CalendarRules.checkYear(2099);
        assertThatThrownBy(() -> CalendarRules.checkYear(1999)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CalendarRules.checkYear(2100)).isInstanceOf(ApiException.class);
    }
}
