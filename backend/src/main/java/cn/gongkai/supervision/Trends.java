package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import cn.gongkai.supervision.SupervisionMapper.SnapshotRow;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trend of an org's metrics from its monthly snapshots. Quarter and year views show the state at the end of
 * each quarter or year: the last monthly snapshot inside it (the metrics are stocks, not flows).
 */
@Service
@Transactional(readOnly = true)
class Trends {

    private final SupervisionMapper mapper;
    private final SupervisionAccess access;
    private final SupervisionDates dates;

    Trends(SupervisionMapper mapper, SupervisionAccess access, SupervisionDates dates) {
        this.mapper = mapper;
        this.access = access;
        this.dates = dates;
    }

    TrendReport trend(Long orgId, String from, String to, String period, CurrentUser user) {
        OrgNode x = access.supervisedOrg(orgId, user);
        Period p = Period.parse(period);
        YearMonth last = to == null ? YearMonth.from(dates.today()) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw ApiException.invalidField("from", "起始月份不能晚于截止月份");
        }
        if (first.plusYears(20).isBefore(last)) {
            throw ApiException.invalidField("from", "查询范围不能超过20年");
        }
        Map<String, TrendPoint> points = new LinkedHashMap<>();
        for (SnapshotRow s : mapper.snapshots(x.id(), first.atDay(1), last.atDay(1))) {
            String key = p.label(s.month());
            points.put(key, new TrendPoint(key, s.month(), s.takenAt(), Metrics.of(s)));
        }
        return new TrendReport(x.id(), x.name(), p.name(), first.toString(), last.toString(),
                new ArrayList<>(points.values()));
    }

    private static YearMonth month(String field, String value) {
        try {
            return value.length() > 7 ? YearMonth.from(LocalDate.parse(value)) : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "月份格式应为 YYYY-MM 或 YYYY-MM-DD：" + value);
        }
    }

    enum Period {
        MONTH, QUARTER, YEAR;

        static Period parse(String s) {
            if (s == null || s.isBlank()) {
                return MONTH;
            }
            for (Period p : values()) {
                if (p.name().equalsIgnoreCase(s.strip())) {
                    return p;
                }
            }
            throw ApiException.invalidField("period", "period 只能是 MONTH、QUARTER 或 YEAR");
        }

        String label(LocalDate month) {
            return switch (this) {
                case MONTH -> YearMonth.from(month).toString();
                case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
                case YEAR -> String.valueOf(month.getYear());
            };
        }
    }

    /** {@code period}: 2026-03, 2026-Q1 or 2026; {@code month} the snapshot it shows */
    record TrendPoint(String period, LocalDate month, Instant takenAt, @JsonUnwrapped Metrics metrics) {
    }

    record TrendReport(long orgId, String orgName, String period, String from, String to, List<TrendPoint> points) {
    }
}
