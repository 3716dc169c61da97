package cn.gongkai.supervision;

import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import cn.gongkai.security.Role;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import org.springframework.stereotype.Component;

/**
 * Who may see the metrics of which org: a SUPERVISOR, for orgs in the subtree of its orgs (docs/DOMAIN.md "Roles").
 * Anyone else is refused (403); an org outside the supervisor's subtree is answered as unknown (404), so its
 * existence does not leak.
 */
@Component
class SupervisionAccess {

    private final SupervisionMapper mapper;
    private final DataScopes scopes;

    SupervisionAccess(SupervisionMapper mapper, DataScopes scopes) {
        this.mapper = mapper;
        this.scopes = scopes;
    }

    /** the orgs a supervisor may choose (its subtrees), as a tree with its own org first */
    java.util.List<cn.gongkai.org.OrgNode> supervisedTree(CurrentUser user, cn.gongkai.org.OrgApi orgs) {
        if (!user.has(Role.SUPERVISOR)) {
            throw ApiException.forbidden("只有监督人员可以查看监督统计");
        }
        return orgs.treeOf(scopes.supervised(user).orgIds(), user.orgId());
    }

    /** the org asked for, or the supervisor's own org when none is given */
    OrgNode supervisedOrg(Long orgId, CurrentUser user) {
        if (!user.has(Role.SUPERVISOR)) {
            throw ApiException.forbidden("只有监督人员可以查看监督统计");
        }
        Long id = orgId != null ? orgId : user.orgId();
        if (id == null) {
            throw ApiException.invalidField("orgId", "请指定机构（orgId）");
        }
        return mapper.org(id).filter(o -> scopes.supervised(user).covers(o.id()))
                .orElseThrow(() -> ApiException.notFound("机构不存在或不在您的监督范围内"));
    }
}
