package cn.gongkai.disclosurerequest;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.disclosurerequest.RequestCommands.OpinionRequest;
import cn.gongkai.negativeitem.NegativeListApi;
import cn.gongkai.negativeitem.NegativeListApi.ApplicableItem;
import cn.gongkai.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 报备 of refusals to the supervisors, and how the negative list is used by the answers. */
@RestController
@Tag(name = "依申请公开", description = "政府信息公开申请的登记、办理、答复与归档，以及法定答复期限")
class RefusalController {

    private final Refusals refusals;
    private final RequestStore store;
    private final NegativeListApi negativeList;

    RefusalController(Refusals refusals, RequestStore store, NegativeListApi negativeList) {
        this.refusals = refusals;
        this.store = store;
        this.negativeList = negativeList;
    }

    @GetMapping("/api/v1/supervision/refusals")
    @Operation(summary = "报备的不予公开答复", description = "监督人员：本机构及下级机构的不予公开、部分公开答复及其引用的负面清单事项；year 为答复年份。")
    PageResult<Refusals.RefusalView> list(@RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
        return refusals.list(orgId, year, user, PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/supervision/refusals/{id:\\d+}/opinion")
    @Audited(value = AuditAction.REFUSAL_OPINION, target = "APPLICATION")
    @Operation(summary = "对报备的不予公开答复提出意见", description = "opinion=AGREE（同意）或 OBJECTION（有异议，须写明 comment）。")
    Refusals.RefusalView opinion(@PathVariable long id, @Valid @RequestBody OpinionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return refusals.opinion(id, body.opinion(), body.comment(), user);
    }

    @GetMapping("/api/v1/negative-items/{id:\\d+}/citations")
    @Operation(summary = "负面清单事项被不予公开答复引用的次数", description = "三年未被引用的类别可列入第十八条的评估审查；经常被引用的可考虑主动公开（第四十四条）。")
    Refusals.CitationStats citations(@PathVariable long id) {
        return refusals.citations(id);
    }

    @GetMapping("/api/v1/applications/{id:\\d+}/applicable-negative-items")
    @Operation(summary = "答复可引用的负面清单事项", description = "受理机关的特性事项及其本级和上级的共性事项，已发布且适用于依申请公开。")
    List<ApplicableItem> applicable(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return negativeList.onRequest(store.readable(id, user).orgId());
    }
}
