package cn.gongkai.negativeitem;

import java.util.Arrays;
import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The negative list's endpoints beside the shared list API: periodic review, items due for review, the list that
 * applies to an org (COMMON inherited + SPECIFIC), and the categories with their 条例 articles.
 */
@RestController
class NegativeController {

    private final NegativeReviews reviews;
    private final NegativeList lists;

    NegativeController(NegativeReviews reviews, NegativeList lists) {
        this.reviews = reviews;
        this.lists = lists;
    }

    @PostMapping("/api/v1/negative-items/{id:\\d+}/review")
    @Audited(value = AuditAction.ITEM_REVIEW, target = "NEGATIVE")
    NegativeReviews.ReviewStatus review(@PathVariable long id, @RequestBody(required = false) ReviewRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.reviewDone(id, body == null ? null : body.comment(), user);
    }

    @GetMapping("/api/v1/negative-items/reviews-due")
    PageResult<NegativeReviews.DueRow> due(@RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "30") int withinDays, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
        return reviews.due(orgId, withinDays, user, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/public/orgs/{orgId}/negative-list")
    NegativeList.Applicable applicable(@PathVariable long orgId) {
        return lists.of(orgId);
    }

    @GetMapping("/api/v1/public/negative-categories")
    List<Category> categories() {
        return Arrays.stream(NegativeCategory.values())
                .map(c -> new Category(c.name(), c.displayName(), c.article(), c.reportRow())).toList();
    }

    record ReviewRequest(String comment) {
    }

    record Category(String code, String name, String article, String reportRow) {
    }
}
