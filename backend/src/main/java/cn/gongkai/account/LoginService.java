package cn.gongkai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login with failure counting: after {@code maxFailedAttempts} wrong passwords in a row the account is locked for
 * {@code lockMinutes} (423 saying until when). Not transactional on purpose: a counted failure must stay counted
 * even though the request ends in an error.
 */
@Service
class LoginService {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);
    /** compared against when the username is unknown, so that both paths take as long */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOHi5BWQd5bX2p0JgE8s8nXz7UeQ6Y6uG";

    private final UserMapper users;
    private final PolicyService policies;
    private final AccountDirectory directory;
    private final PasswordEncoder encoder;
    private final cn.gongkai.security.SessionSecurityContextRepository sessions;
    private final UserService userService;
    private final AuditTrail audit;
    private final Clock clock;

    LoginService(UserMapper users, PolicyService policies, AccountDirectory directory, PasswordEncoder encoder,
            cn.gongkai.security.SessionSecurityContextRepository sessions, UserService userService, AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.policies = policies;
        this.directory = directory;
        this.encoder = encoder;
        this.sessions = sessions;
        this.userService = userService;
        this.audit = audit;
        this.clock = clock;
    }

    Me login(String username, String password, HttpServletRequest request) {
        audit.actor(username);
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user == null) {
            encoder.matches(password, DUMMY_HASH);
            audit.note("reason", "用户不存在");
            throw badCredentials(null);
        }
        audit.target("USER", user.id());
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            audit.note("reason", "账户已锁定");
            throw locked(user.lockedUntil(), "账户已锁定");
        }
        SecurityPolicy policy = policies.current();
        if (!encoder.matches(password, user.passwordHash())) {
            users.addFailedAttempt(user.id());
            int failures = users.failedAttempts(user.id());
            audit.note("reason", "密码错误（连续第 " + failures + " 次）");
            if (failures >= policy.maxFailedAttempts()) {
                Instant until = now.plus(Duration.ofMinutes(policy.lockMinutes()));
                users.lock(user.id(), until);
                throw locked(until, "连续 " + failures + " 次密码错误，账户已锁定");
            }
            throw badCredentials(policy.maxFailedAttempts() - failures);
        }
        if (!user.enabled()) {
            audit.note("reason", "账户已停用");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "account-disabled", "账户已停用", "账户已停用，请联系系统管理员");
        }
        users.recordLogin(user.id(), now);
        CurrentUser current = directory.toCurrentUser(user);
        sessions.establish(current, policy.idleTimeoutMinutes() * 60, request);
        return userService.me(current);
    }

    private static ApiException badCredentials(Integer remaining) {
        String detail = remaining == null ? "用户名或密码错误" : "用户名或密码错误，再错 " + remaining + " 次账户将被锁定";
        return new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "登录失败", detail);
    }

    private static ApiException locked(Instant until, String why) {
        ApiException e = new ApiException(HttpStatus.LOCKED, "account-locked", "账户已锁定",
                why + "，请于 " + UNTIL.format(until) + " 后再试，或请安全管理员解锁");
        e.getBody().setProperty("lockedUntil", until.toString());
        return e;
    }
}
