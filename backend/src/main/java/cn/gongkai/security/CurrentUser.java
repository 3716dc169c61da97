package cn.gongkai.security;

import java.util.List;
import java.util.Set;

/** The logged-in user, loaded afresh from the database on every request (so disabling or re-roling bites at once). */
public record CurrentUser(long id, String username, String displayName, Long orgId, List<Long> extraOrgIds,
        Set<Role> roles, ScopeMode scopeMode, boolean passwordChangeRequired)
        implements org.springframework.security.core.AuthenticatedPrincipal {

    /** the username: what {@code Authentication.getName()} and the audit log show */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** primary org first, then the extra orgs */
    public List<Long> orgIds() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        if (orgId != null) {
            ids.add(orgId);
        }
        extraOrgIds.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }
}
