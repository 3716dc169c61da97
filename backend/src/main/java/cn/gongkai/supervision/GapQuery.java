package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The drill-down's parameters for the mapper: whose gaps (an org's subtree, or its own items only), which orgs'
 * COMMON negative items reach it, the day the overdue rules are judged on, and one type or all. {@code limit} 0 means
 * every row (the export).
 */
record GapQuery(long orgId, String pathLike, boolean ownOnly, List<Long> ancestorIds, LocalDate today,
        Instant cutoff, String type, int limit, long offset) {

    /** used by the mapper XML: whether the branch of {@code gapType} belongs to the query */
    public boolean wants(String gapType) {
        return type == null || type.equals(gapType);
    }
}
