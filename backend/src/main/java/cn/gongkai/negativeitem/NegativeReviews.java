package cn.gongkai.negativeitem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemViewExtension;
import cn.gongkai.negativeitem.NegativeReviewMapper.DueItem;
import cn.gongkai.negativeitem.NegativeReviewMapper.ReviewState;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 定期审查 (条例 art 18) of the negative list: recording that an item was reviewed (its content unchanged, the next
 * review one interval later), the items due for review, and the review dates on each item's view.
 */
@Service
@Transactional
class NegativeReviews implements ItemViewExtension {

    private final NegativeReviewMapper mapper;
    private final ItemApi items;
    private final DataScopes scopes;
    private final OrgApi orgs;
    private final Clock clock;

    NegativeReviews(NegativeReviewMapper mapper, ItemApi items, DataScopes scopes, OrgApi orgs, Clock clock) {
        this.mapper = mapper;
        this.items = items;
        this.scopes = scopes;
        this.orgs = orgs;
        this.clock = clock;
    }

    ReviewStatus reviewDone(long id, String comment, CurrentUser user) {
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw ApiException.invalidField("comment", "审查意见不能超过1000字");
        }
        items.recordReview(ItemKind.NEGATIVE, id, note, user);
        ReviewState state = mapper.find(id).orElseThrow(() -> ApiException.conflict("illegal-transition",
                "该事项尚未发布，不需要定期审查"));
        Instant now = clock.instant();
        LocalDate next = LocalDate.ofInstant(now, Clocks.ZONE).plusMonths(state.intervalMonths());
        mapper.recordReview(id, next, now, user.username(), note);
        return status(mapper.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    PageResult<DueRow> due(Long orgId, int withinDays, CurrentUser user, PageQuery page) {
        if (withinDays < 0 || withinDays > 366) {
            throw ApiException.invalidField("withinDays", "提前天数须在0到366之间");
        }
        DataScope readable = scopes.readable(user);
        Collection<Long> orgIds = readable.orgIds();
        if (orgId != null) {
            orgIds = orgs.subtreeIds(orgId).stream().filter(readable::covers).toList();
        }
        if (orgIds.isEmpty()) {
            return page.result(List.of(), 0);
        }
        LocalDate today = today();
        LocalDate until = today.plusDays(withinDays);
        long total = mapper.countDue(orgIds, until);
        List<DueItem> rows = total == 0 ? List.of() : mapper.due(orgIds, until, page.offset(), page.size());
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(DueItem::orgId).distinct().toList());
        List<DueRow> out = new ArrayList<>();
        for (DueItem r : rows) {
            OrgRef org = names.get(r.orgId());
            out.add(new DueRow(r.id(), r.orgId(), org == null ? null : org.name(), r.code(), r.name(), r.part(),
                    r.category(), r.intervalMonths(), r.nextReviewAt(), r.lastReviewedAt(), r.lastReviewedBy(),
                    r.nextReviewAt().isBefore(today)));
        }
        return page.result(out, total);
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of("nextReviewAt", "lastReviewedAt", "lastReviewedBy", "lastReviewComment", "reviewOverdue");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> extras(ItemKind kind, long id, boolean publicView) {
        if (kind != ItemKind.NEGATIVE) {
            return Map.of();
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        mapper.find(id).ifPresent(s -> {
            extras.put("nextReviewAt", s.nextReviewAt());
            extras.put("lastReviewedAt", s.lastReviewedAt());
            if (!publicView) {
                extras.put("lastReviewedBy", s.lastReviewedBy());
                extras.put("lastReviewComment", s.lastComment());
                extras.put("reviewOverdue", s.nextReviewAt().isBefore(today()));
            }
        });
        return extras;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Object>> listExtras(ItemKind kind, Collection<Long> ids) {
        if (kind != ItemKind.NEGATIVE) {
            return Map.of();
        }
        LocalDate today = today();
        Map<Long, Map<String, Object>> out = new java.util.HashMap<>();
        for (ReviewState s : mapper.findAll(ids)) {
            out.put(s.itemId(), Map.of("nextReviewAt", s.nextReviewAt(),
                    "reviewOverdue", s.nextReviewAt().isBefore(today)));
        }
        return out;
    }

    private ReviewStatus status(ReviewState s) {
        return new ReviewStatus(s.itemId(), s.intervalMonths(), s.nextReviewAt(), s.lastReviewedAt(),
                s.lastReviewedBy(), s.lastComment(), s.nextReviewAt().isBefore(today()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.ZONE);
    }

    /** the review dates of one item */
    record ReviewStatus(long itemId, int reviewIntervalMonths, LocalDate nextReviewAt, Instant lastReviewedAt,
            String lastReviewedBy, String lastReviewComment, boolean reviewOverdue) {
    }

    /** an item due (or overdue) for review */
    record DueRow(long id, long orgId, String orgName, String code, String name, String part, String category,
            int reviewIntervalMonths, LocalDate nextReviewAt, Instant lastReviewedAt, String lastReviewedBy,
            boolean overdue) {
    }
}
