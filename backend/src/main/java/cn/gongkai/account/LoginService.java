package cn.gongkai.account;

import java.time.Instant;
import java.util.function.Supplier;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.SessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Login. Every attempt is counted by {@link LoginThrottle} before its password is checked; a known and an unknown
 * username get the same answers (the same text, the same lock after N failures, a bcrypt check either way). Not
 * transactional on purpose: a counted failure stays counted although the request ends in an error.
 */
@Service
class LoginService {

    private final UserMapper users;
    private final PolicyService policies;
    private final AccountDirectory directory;
    private final PasswordEncoder encoder;
    private final SessionSecurityContextRepository sessions;
    private final UserService userService;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    /** compared against when the username is unknown, so that both paths take as long (same encoder, same cost) */
    private final Supplier<String> dummyHash;

    LoginService(UserMapper users, PolicyService policies, AccountDirectory directory, PasswordEncoder encoder,
            SessionSecurityContextRepository sessions, UserService userService, LoginThrottle throttle,
            AuditTrail audit, java.time.Clock clock) {
        this.users = users;
        this.policies = policies;
        this.directory = directory;
        this.encoder = encoder;
        this.sessions = sessions;
        this.userService = userService;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = SingletonSupplier.of(() -> encoder.encode(AdminBootstrap.randomPassword()));
    }

    Me login(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        audit.actor(username);
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user != null) {
            audit.target("USER", user.id());
        }
        SecurityPolicy policy = policies.current();
        LoginThrottle.Claim claim;
        try {
            claim = throttle.claim(user == null ? null : user.id(), username, source(request),
                    policy.maxFailedAttempts(), policy.lockMinutes());
        } catch (ApiException refused) {
            audit.note("reason", refused.getStatusCode().value() == 429 ? "来源尝试过于频繁" : "账户已锁定");
            throw refused;
        }
        boolean right = encoder.matches(password, user == null ? dummyHash.get() : user.passwordHash());
        if (!right) {
            audit.note("reason", user == null ? "用户不存在" : "密码错误（连续第 " + claim.failures() + " 次）");
            if (claim.locks()) {
                throw LoginThrottle.locked(claim.lockedUntil(), "连续 " + claim.failures() + " 次密码错误，账户已锁定");
            }
            throw new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "登录失败", "用户名或密码错误");
        }
        throttle.succeeded(claim);
        if (!user.enabled()) {
            audit.note("reason", "账户已停用");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "account-disabled", "账户已停用", "账户已停用，请联系系统管理员");
        }
        Instant now = clock.instant();
        users.recordLogin(user.id(), now);
        CurrentUser current = directory.toCurrentUser(user);
        sessions.establish(current, policy.idleTimeoutMinutes() * 60, request, response);
        return userService.me(current);
    }

    /**
     * The client's address as the servlet container sees it (the proxy's X-Forwarded-For only when
     * {@code server.forward-headers-strategy} trusts it), reduced to the characters an address has.
     */
    static String source(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isEmpty()) {
            return "unknown";
        }
        String clean = address.replaceAll("[^0-9A-Za-z:.%_-]", "");
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
