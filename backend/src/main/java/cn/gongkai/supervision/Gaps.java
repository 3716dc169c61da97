package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.common.PageQuery;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.SupervisionMapper.GapRow;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items behind every shortfall of the coverage report, each with its reason in Chinese: every figure of the
 * report can be reproduced by counting these lists (same scope rules, same day, same 5-working-day rule).
 */
@Service
@Transactional(readOnly = true)
class Gaps {

    private final SupervisionMapper mapper;
    private final SupervisionAccess access;
    private final SupervisionDates dates;
    private final OrgApi orgs;

    Gaps(SupervisionMapper mapper, SupervisionAccess access, SupervisionDates dates, OrgApi orgs) {
        this.mapper = mapper;
        this.access = access;
        this.dates = dates;
        this.orgs = orgs;
    }

    GapReport gaps(long orgId, boolean ownOnly, String type, PageQuery page, CurrentUser user) {
        OrgNode x = access.supervisedOrg(orgId, user);
        if (type != null && GapType.parse(type).isEmpty()) {
            throw ApiException.invalidField("type", "未知的问题类型“" + type + "”，可选："
                    + String.join("、", Arrays.stream(GapType.values()).map(Enum::name).toList()));
        }
        GapQuery q = query(x, ownOnly, type, page.size(), page.offset());
        Map<String, Long> counts = counts(q);
        long total = type == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(type);
        List<GapItem> items = total == 0 ? List.of() : items(mapper.gaps(q));
        return new GapReport(x.id(), x.name(), ownOnly, dates.now(), counts, items, total, page.page(), page.size());
    }

    /** every gap of the subtree, for the export */
    List<GapItem> all(OrgNode x) {
        return items(mapper.gaps(query(x, false, null, 0, 0)));
    }

    private GapQuery query(OrgNode x, boolean ownOnly, String type, int limit, long offset) {
        LocalDate today = dates.today();
        return new GapQuery(x.id(), x.pathLike(), ownOnly, Figures.ancestorIds(x.path(), x.id()), today,
                dates.pendingCutoff(today), type, limit, offset);
    }

    private Map<String, Long> counts(GapQuery q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GapType t : GapType.values()) {
            if (q.wants(t.name())) {
                counts.put(t.name(), 0L);
            }
        }
        mapper.gapCounts(q).forEach(c -> counts.put(c.type(), c.n()));
        return counts;
    }

    private List<GapItem> items(List<GapRow> rows) {
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(GapRow::orgId).distinct().toList());
        List<GapItem> out = new ArrayList<>(rows.size());
        for (GapRow r : rows) {
            GapType type = GapType.valueOf(r.type());
            List<String> details = details(type, r.detail());
            OrgRef org = names.get(r.orgId());
            out.add(new GapItem(type.name(), type.displayName(), reason(type, r, details), r.kind(), r.itemId(),
                    r.code(), r.name(), r.orgId(), org == null ? null : org.name(), details, r.dueDate(),
                    r.since()));
        }
        return out;
    }

    private static List<String> details(GapType type, String detail) {
        return switch (type) {
            case INCOMPLETE_CATALOGUE -> CatalogueElement.labels(detail);
            case INVALID_BASIS -> detail == null ? List.of() : List.of(detail.split("\n"));
            default -> List.of();
        };
    }

    private static String reason(GapType type, GapRow r, List<String> details) {
        return switch (type) {
            case UNCOVERED_POWER -> "该权责事项没有已发布的政务公开事项目录覆盖";
            case UNCOVERED_SERVICE -> "该公共服务事项没有已发布的政务公开事项目录覆盖";
            case INCOMPLETE_CATALOGUE -> "要素不完整，缺少：" + String.join("、", details);
            case INVALID_BASIS -> "依据未通过法规库核验：" + String.join("；", details);
            case REVIEW_OVERDUE -> "定期审查已逾期（应于 " + r.dueDate() + " 前完成审查）";
            case PENDING_TOO_LONG -> "待审核已超过" + SupervisionDates.PENDING_WORKING_DAYS + "个工作日（提交于 "
                    + LocalDate.ofInstant(r.since(), Clocks.ZONE) + "）";
        };
    }

    /** one shortfall: the item, where it belongs and why it counts against the metrics */
    record GapItem(String type, String typeName, String reason, String kind, long itemId, String code, String name,
            long orgId, String orgName, List<String> details, LocalDate dueDate, Instant submittedAt) {
    }

    /** {@code counts}: per type, the number of items (the figures of the report); {@code items}: one page */
    record GapReport(long orgId, String orgName, boolean ownOnly, Instant asOf, Map<String, Long> counts,
            List<GapItem> items, long total, int page, int size) {
    }
}
