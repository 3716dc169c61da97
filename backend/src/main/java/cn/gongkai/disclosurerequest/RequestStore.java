package cn.gongkai.disclosurerequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gongkai.common.ApiException;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.CitationRow;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Component;

/**
 * Reading and writing applications under the rules every step shares: an application outside the caller's read
 * scope is unknown (404); a write carries the version it was read with (stale: 409, nothing changed); every write
 * records its step (who, when, why, effective date) and refreshes the stored due date.
 */
@Component
class RequestStore {

    private final DisclosureRequestMapper mapper;
    private final DataScopes scopes;
    private final OrgApi orgs;
    private final StatutoryClock clock;

    RequestStore(DisclosureRequestMapper mapper, DataScopes scopes, OrgApi orgs, StatutoryClock clock) {
        this.mapper = mapper;
        this.scopes = scopes;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** the application if the user may read it (its org is in the user's read scope), else 404 */
    RequestRow readable(long id, CurrentUser user) {
        return mapper.find(id).filter(r -> scopes.readable(user).covers(r.orgId()))
                .orElseThrow(() -> ApiException.notFound("申请不存在或不在您的权限范围内"));
    }

    /** as {@link #readable}, and the user edits in its org (EDITOR), else 403 */
    RequestRow handled(long id, CurrentUser user) {
        RequestRow r = readable(id, user);
        if (!scopes.writable(user).covers(r.orgId())) {
            throw ApiException.forbidden("只有受理机关的编辑人员可以办理该申请");
        }
        return r;
    }

    static void checkVersion(RequestRow r, Integer version) {
        if (version == null) {
            throw ApiException.invalidField("version", "请提供版本号（version）");
        }
        if (version != r.version()) {
            throw staleVersion();
        }
    }

    static ApiException staleVersion() {
        return ApiException.conflict("version-conflict", "该申请已被他人修改，请刷新后重试");
    }

    /** writes {@code next} (read at {@code next.version()}) and records the step; 409 if someone else wrote first */
    RequestRow save(RequestRow next, String action, RequestStatus from, LocalDate effectiveOn, String comment,
            String actor) {
        next.dueDate = clock.storedDueDate(next);
        next.dueFlag = null;
        var now = clock.now();
        if (mapper.update(next, now, actor) == 0) {
            throw staleVersion();
        }
        mapper.insertStep(next.id(), now, actor, action, from, next.status(), effectiveOn, comment);
        return mapper.find(next.id()).orElseThrow();
    }

    RequestView view(RequestRow r, boolean withSteps) {
        String orgName = orgs.names(List.of(r.orgId())).get(r.orgId());
        return RequestView.from(r, orgName, clock.view(r), mapper.citations(List.of(r.id())),
                withSteps ? mapper.steps(r.id()) : null);
    }

    List<RequestView> views(List<RequestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> orgIds = rows.stream().map(RequestRow::orgId).distinct().toList();
        Map<Long, String> names = orgs.names(orgIds);
        Map<Long, List<CitationRow>> citations = mapper.citations(rows.stream().map(RequestRow::id).toList())
                .stream().collect(Collectors.groupingBy(CitationRow::requestId));
        return rows.stream().map(r -> RequestView.from(r, names.get(r.orgId()), clock.view(r),
                citations.getOrDefault(r.id(), List.of()), null)).toList();
    }
}
