package cn.gongkai.account;

import java.util.List;

import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;

/** {@code GET /api/v1/auth/me}: who is logged in. */
public record Me(long id, String username, String displayName, Long orgId, String orgName, List<Long> extraOrgIds,
        List<Role> roles, ScopeMode dataScope, boolean passwordChangeRequired) {
}
