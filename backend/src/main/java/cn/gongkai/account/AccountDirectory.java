package cn.gongkai.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import cn.gongkai.org.OrgUsage;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.Role;
import cn.gongkai.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the security feature's "who is user N now" and the org feature's "is anyone in this org". */
@Component
@Transactional(readOnly = true)
class AccountDirectory implements UserDirectory, OrgUsage {

    private final UserMapper users;
    private final SecurityPolicyMapper policies;
    private final Clock clock;

    AccountDirectory(UserMapper users, SecurityPolicyMapper policies, Clock clock) {
        this.users = users;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Optional<CurrentUser> findActive(long userId) {
        return users.findById(userId).filter(UserAccount::enabled).map(this::toCurrentUser);
    }

    CurrentUser toCurrentUser(UserAccount u) {
        List<Role> roles = users.rolesOf(u.id());
        boolean mustChange = u.passwordChangeRequired()
                || PolicyService.expired(policies.load(), u.passwordChangedAt(), clock.instant());
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.orgId(), users.extraOrgsOf(u.id()),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), u.dataScope(), mustChange);
    }

    @Override
    public Optional<String> describeUsage(long orgId) {
        int n = users.countInOrg(orgId);
        return n == 0 ? Optional.empty() : Optional.of(" " + n + " 个用户");
    }
}
