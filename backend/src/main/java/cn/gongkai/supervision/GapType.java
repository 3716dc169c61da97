package cn.gongkai.supervision;

import java.util.Arrays;
import java.util.Optional;

/** The shortfalls behind the metrics, each a drill-down list (in the order the report shows them). */
enum GapType {
    UNCOVERED_POWER("未覆盖的权责事项"),
    UNCOVERED_SERVICE("未覆盖的公共服务事项"),
    INCOMPLETE_CATALOGUE("要素不完整的目录事项"),
    INVALID_BASIS("依据存疑的负面清单事项"),
    REVIEW_OVERDUE("定期审查逾期的负面清单事项"),
    PENDING_TOO_LONG("待审核超过5个工作日的事项");

    private final String displayName;

    GapType(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    static Optional<GapType> parse(String s) {
        return Arrays.stream(values()).filter(t -> t.name().equals(s)).findFirst();
    }
}
