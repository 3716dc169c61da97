package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;

/**
 * What a calendar year may contain: dates inside the year, each once, and a kind that fits the weekday (调休上班
 * and 休息日 only on Saturday or Sunday, 工作日 only Monday to Friday, 法定节假日 on any day).
 */
final class CalendarRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_SOURCE_LENGTH = 200;

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private CalendarRules() {
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.invalidField("year", "年份必须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间");
        }
    }

    /** every error of the body at once, each naming its entry ({@code [3].kind}) */
    static List<FieldError> check(int year, List<DayEntry> entries) {
        List<FieldError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            DayEntry e = entries.get(i);
            String at = "[" + i + "]";
            if (e == null) {
                errors.add(new FieldError(at, "第 " + (i + 1) + " 项为空"));
                continue;
            }
            if (e.date() == null) {
                errors.add(new FieldError(at + ".date", "第 " + (i + 1) + " 项缺少日期"));
            } else if (e.date().getYear() != year) {
                errors.add(new FieldError(at + ".date", "日期 " + e.date() + " 不在 " + year + " 年内"));
            } else if (!seen.add(e.date())) {
                errors.add(new FieldError(at + ".date", "日期 " + e.date() + " 重复出现"));
            }
            if (e.kind() == null) {
                errors.add(new FieldError(at + ".kind", "第 " + (i + 1) + " 项缺少类型"));
            } else if (e.date() != null) {
                String misfit = misfit(e.date(), e.kind());
                if (misfit != null) {
                    errors.add(new FieldError(at + ".kind", misfit));
                }
            }
        }
        return errors;
    }

    private static String misfit(LocalDate date, DayKind kind) {
        boolean weekend = DayKind.isWeekend(date);
        String day = date + "（" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "）";
        return switch (kind) {
            case ADJUSTED_WORKDAY -> weekend ? null : "调休上班只能设在周六或周日，" + day + "本来就是工作日";
            case WEEKEND -> weekend ? null : "休息日只能设在周六或周日，" + day + "不是周末；放假请设为法定节假日";
            case WORKDAY -> weekend ? "工作日只能设在周一至周五，" + day + "是周末；周末上班请设为调休上班" : null;
            case HOLIDAY -> null;
        };
    }

    static ApiException invalid(List<FieldError> errors) {
        String summary = String.join("；", errors.stream().limit(3).map(FieldError::message).toList());
        String more = errors.size() > 3 ? " 等" : "";
        return ApiException.badRequest("日历数据有 " + errors.size() + " 处错误：" + summary + more).withErrors(errors);
    }
}
