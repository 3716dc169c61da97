package cn.gongkai.item;

import java.util.List;

import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgNode;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orgs the item pages' pickers offer: only those in the caller's scope, as a tree, the caller's own org first
 * (GET /api/v1/orgs is the whole tree, for the administrators).
 */
@RestController
class ItemOrgsController {

    /** what the picker is for: 所属机构 of a new item (write), the review queue (review), list filters (read) */
    enum Purpose { WRITE, REVIEW, READ }

    private final DataScopes scopes;
    private final OrgApi orgs;

    ItemOrgsController(DataScopes scopes, OrgApi orgs) {
        this.scopes = scopes;
        this.orgs = orgs;
    }

    @GetMapping("/api/v1/items/orgs")
    @Operation(summary = "机构选择器：调用者数据范围内的机构树（本机构在前）",
            description = "for=WRITE（可新建事项的机构）、REVIEW（可审核）、READ（可查看，默认）")
    List<OrgNode> orgs(@RequestParam(name = "for", defaultValue = "READ") Purpose purpose,
            @AuthenticationPrincipal CurrentUser user) {
        DataScope scope = switch (purpose) {
            case WRITE -> scopes.writable(user);
            case REVIEW -> scopes.reviewable(user);
            case READ -> scopes.readable(user);
        };
        return orgs.treeOf(scope.orgIds(), user.orgId());
    }
}
