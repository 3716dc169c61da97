package cn.gongkai.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What start-up tasks (bootstrap, demo data) may do with accounts without going through the HTTP API. */
@Component
@Transactional
public class AccountApi {

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountApi(UserMapper users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return users.countAll() > 0;
    }

    /** Creates an account with roles; {@code mustChangePassword} forces a change at first login. */
    public long createUser(String username, String displayName, Long orgId, List<Long> extraOrgIds, List<Role> roles,
            ScopeMode scope, String password, boolean mustChangePassword) {
        String violation = Role.separationViolation(roles);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
        Instant now = clock.instant();
        users.insert(new UserAccount(null, username, displayName, orgId, encoder.encode(password), now,
                mustChangePassword, scope, true, 0, null, null, 0, now, now));
        long id = users.lastInsertId();
        if (!roles.isEmpty()) {
            users.insertRoles(id, roles);
        }
        if (!extraOrgIds.isEmpty()) {
            users.insertExtraOrgs(id, extraOrgIds);
        }
        return id;
    }
}
