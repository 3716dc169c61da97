package cn.gongkai.account;

import java.security.SecureRandom;
import java.util.List;

import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On an empty database: creates {@code sysadmin}, {@code secadmin} and {@code auditadmin}, one administrator each,
 * who must change the password at first login. Runs before the web server opens the port. With several instances
 * starting at once, the unique username makes all but one of them fail quietly.
 */
@Component
class AdminBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountApi accounts;
    private final PolicyService policies;
    private final AccountProperties props;
    private final CommonPasswords common;
    private volatile boolean running;

    AdminBootstrap(AccountApi accounts, PolicyService policies, AccountProperties props, CommonPasswords common) {
        this.accounts = accounts;
        this.policies = policies;
        this.props = props;
        this.common = common;
    }

    @Override
    public void start() {
        running = true;
        if (accounts.hasAnyUser()) {
            return;
        }
        String shared = props.bootstrapPassword();
        if (StringUtils.hasText(shared)) {
            List<String> problems = new java.util.ArrayList<>(policies.current().violations(shared, null));
            if (common.contains(shared)) {
                problems.add("不能使用常见密码");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("GONGKAI_BOOTSTRAP_PASSWORD 不符合密码策略: " + problems);
            }
        }
        StringBuilder banner = new StringBuilder("\n================ 初始管理员账户（首次登录须修改密码） ================\n");
        try {
            create("sysadmin", "系统管理员", Role.SYS_ADMIN, shared, banner);
            create("secadmin", "安全管理员", Role.SECURITY_ADMIN, shared, banner);
            create("auditadmin", "审计管理员", Role.AUDIT_ADMIN, shared, banner);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            log.info("Administrators were created by another instance");
            return;
        }
        banner.append("======================================================================");
        log.warn(banner.toString());
    }

    private void create(String username, String name, Role role, String shared, StringBuilder banner) {
        String password = StringUtils.hasText(shared) ? shared : randomPassword();
        accounts.createUser(username, name, null, List.of(), List.of(role), ScopeMode.OWN_ORGS, password, true);
        banner.append(String.format("  %-10s %-6s 密码: %s%n", username, name,
                StringUtils.hasText(shared) ? "(GONGKAI_BOOTSTRAP_PASSWORD)" : password));
    }

    /** 16 characters with upper, lower, digit and a symbol: passes any policy the floors allow. */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append('A').append('7').append('#').toString();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 3072;
    }
}
