package cn.gongkai.account;

import java.time.Instant;
import java.util.List;

import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;

/** A user account as the API shows it (never the password hash). */
public record UserView(long id, String username, String displayName, Long orgId, String orgName,
        List<Long> extraOrgIds, List<Role> roles, ScopeMode dataScope, boolean enabled, boolean locked,
        Instant lockedUntil, boolean passwordChangeRequired, Instant lastLoginAt) {
}
