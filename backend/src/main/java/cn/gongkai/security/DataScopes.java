package cn.gongkai.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gongkai.org.OrgApi;
import org.springframework.stereotype.Component;

/**
 * "Which orgs may this user read / write / review / supervise" — the one place the rules of docs/DOMAIN.md "Roles" are
 * turned into org ids:
 * <ul>
 * <li>EDITOR writes in its orgs (primary + 兼职), or their subtrees when its scope mode is SUBTREE;</li>
 * <li>REVIEWER reviews in the same way;</li>
 * <li>SUPERVISOR reads the whole subtree of its orgs;</li>
 * <li>reading covers everything a user may write, review or supervise; the three administrators see no items.</li>
 * </ul>
 */
@Component
public class DataScopes {

    private final OrgApi orgs;

    DataScopes(OrgApi orgs) {
        this.orgs = orgs;
    }

    public DataScope writable(CurrentUser user) {
        return user.has(Role.EDITOR) ? new DataScope(expand(user, user.scopeMode() == ScopeMode.SUBTREE)) : DataScope.NONE;
    }

    public DataScope reviewable(CurrentUser user) {
        return user.has(Role.REVIEWER) ? new DataScope(expand(user, user.scopeMode() == ScopeMode.SUBTREE)) : DataScope.NONE;
    }

    public DataScope supervised(CurrentUser user) {
        return user.has(Role.SUPERVISOR) ? new DataScope(expand(user, true)) : DataScope.NONE;
    }

    public DataScope readable(CurrentUser user) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.addAll(writable(user).orgIds());
        ids.addAll(reviewable(user).orgIds());
        ids.addAll(supervised(user).orgIds());
        return new DataScope(Set.copyOf(ids));
    }

    private Set<Long> expand(CurrentUser user, boolean subtree) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Long orgId : user.orgIds()) {
            List<Long> below = subtree ? orgs.subtreeIds(orgId) : List.of(orgId);
            ids.addAll(below);
        }
        return Set.copyOf(ids);
    }
}
