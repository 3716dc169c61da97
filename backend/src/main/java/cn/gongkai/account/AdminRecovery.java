package cn.gongkai.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.AuditRecords;
import cn.gongkai.security.Role;
import cn.gongkai.security.SessionSecurityContextRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recovers an administrator's account on the server, never through the web (三员分立):
 * {@code java -jar gongkai.jar --reset-admin=NAME} (with the same configuration as the running instances) starts
 * without opening the HTTP port, gives the administrator NAME a random one-time password that must be changed at the
 * next login, enables the account, clears its locks, ends its sessions, appends an audit entry (actor
 * {@value #ACTOR}), prints the password once to standard output and exits. Only the three administrator roles can
 * be recovered this way; other accounts are the system administrator's to reset.
 */
@Component
class AdminRecovery implements ApplicationRunner {

    static final String ACTOR = "命令行(--reset-admin)";
    static final String OPTION = "reset-admin";
    private static final Logger log = LoggerFactory.getLogger(AdminRecovery.class);

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SessionSecurityContextRepository sessions;
    private final AuditRecords audit;
    private final JsonMapper json;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    AdminRecovery(UserMapper users, PasswordEncoder encoder, LoginThrottle throttle,
            SessionSecurityContextRepository sessions, AuditRecords audit, JsonMapper json,
            ConfigurableApplicationContext context, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.json = json;
        this.context = context;
        this.clock = clock;
    }

    /** Gives the administrator a one-time password and returns it. */
    @Transactional
    String reset(String username) {
        UserAccount user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("没有用户 " + username));
        List<Role> roles = users.rolesOf(user.id());
        if (roles.stream().noneMatch(Role::isAdministrator)) {
            throw new IllegalArgumentException(username + " 不是管理员账户：普通账户由系统管理员在系统中重置密码");
        }
        String password = AdminBootstrap.randomPassword();
        Instant now = clock.instant();
        users.addToHistory(user.id(), user.passwordHash(), now);
        users.trimHistory(user.id(), UserService.HISTORY);
        users.updatePassword(user.id(), encoder.encode(password), true, now);
        users.enable(user.id(), now);
        users.unlock(user.id(), now);
        throttle.unlock(user.id());
        sessions.endSessions(user.username(), null);
        String detail = json.writeValueAsString(Map.of("username", user.username(), "via", "--reset-admin",
                "roles", roles));
        audit.appendSuccesses(now, ACTOR, null, AuditAction.USER_RESET_PASSWORD, "USER",
                List.of(new AuditRecords.Target(String.valueOf(user.id()), detail)));
        return password;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> names = args.getOptionValues(OPTION);
        if (names == null || names.isEmpty()) {
            return;
        }
        int status = 0;
        try {
            String password = reset(names.get(0).trim());
            log.warn("\n================ --reset-admin ================\n  管理员 {} 的一次性密码: {}\n"
                    + "  首次登录须修改此密码；该账户已启用、解锁，原有会话已结束；已记入审计日志。\n"
                    + "===============================================", names.get(0).trim(), password);
        } catch (IllegalArgumentException e) {
            log.error("--reset-admin: {}", e.getMessage());
            status = 2;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
