package cn.gongkai.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import cn.gongkai.security.SessionSecurityContextRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. The system administrator creates, edits, disables and resets; the security administrator assigns
 * roles and scope and unlocks (三员分立, enforced here and by method security on the controllers). No administrator
 * resets, disables, re-roles or unlocks an administrator's account through the web, nor changes its own roles: a
 * forgotten administrator password is recovered on the server ({@link AdminRecovery}, {@code --reset-admin=NAME}).
 */
@Service
@Transactional
class UserService {

    /** a new password may be neither the current one nor one of the {@value} before it */
    static final int HISTORY = 4;

    private final UserMapper users;
    private final PolicyService policies;
    private final OrgApi orgs;
    private final PasswordEncoder encoder;
    private final CommonPasswords common;
    private final LoginThrottle throttle;
    private final SessionSecurityContextRepository sessions;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(UserMapper users, PolicyService policies, OrgApi orgs, PasswordEncoder encoder, CommonPasswords common,
            LoginThrottle throttle, SessionSecurityContextRepository sessions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.policies = policies;
        this.orgs = orgs;
        this.encoder = encoder;
        this.common = common;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> list(String q, Long orgId, PageQuery page) {
        String query = q == null || q.isBlank() ? null : q.trim();
        List<UserAccount> found = users.search(query, orgId, page.offset(), page.size());
        return page.result(views(found), users.count(query, orgId));
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return views(List.of(load(id))).get(0);
    }

    @Transactional(readOnly = true)
    public Me me(CurrentUser user) {
        String orgName = user.orgId() == null ? null
                : orgs.find(user.orgId()).map(OrgRef::name).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), user.orgId(), orgName, user.extraOrgIds(),
                List.copyOf(user.roles()), user.scopeMode(), user.passwordChangeRequired());
    }

    public UserView create(UserCommands.CreateUser c) {
        checkOrgs(c.orgId(), c.extraOrgIds());
        checkPassword("initialPassword", c.initialPassword(), c.username());
        if (users.findByUsername(c.username()).isPresent()) {
            throw duplicate(c.username());
        }
        Instant now = clock.instant();
        try {
            users.insert(new UserAccount(null, c.username(), c.displayName().trim(), c.orgId(),
                    encoder.encode(c.initialPassword()), now, true, ScopeMode.OWN_ORGS, true, 0, null, null, 0, now, now));
        } catch (DuplicateKeyException e) {
            throw duplicate(c.username());
        }
        long id = users.lastInsertId();
        replaceExtraOrgs(id, c.orgId(), c.extraOrgIds());
        UserView created = get(id);
        audit.target("USER", id);
        audit.change(null, created);
        return created;
    }

    public UserView update(long id, UserCommands.UpdateUser c, CurrentUser actor) {
        UserView before = get(id);
        checkOrgs(c.orgId(), c.extraOrgIds());
        boolean enabled = c.enabled() == null ? before.enabled() : c.enabled();
        if (!enabled && id == actor.id()) {
            throw ApiException.invalidField("enabled", "不能停用自己的账户");
        }
        if (!enabled && before.enabled()) {
            requireNotAdministrator(before, "停用");
        }
        users.updateProfile(id, c.displayName().trim(), c.orgId(), enabled, clock.instant());
        replaceExtraOrgs(id, c.orgId(), c.extraOrgIds());
        UserView after = get(id);
        audit.target("USER", id);
        audit.change(before, after);
        return after;
    }

    public void resetPassword(long id, String newPassword) {
        UserAccount user = load(id);
        audit.target("USER", id);
        requireNotAdministrator(get(id), "重置密码");
        checkPassword("newPassword", newPassword, user.username());
        replacePassword(user, encoder.encode(newPassword), true);
        sessions.endSessions(user.username(), null);
        audit.note("username", user.username());
    }

    public UserView assignRoles(long id, List<Role> roles, ScopeMode scope, CurrentUser actor) {
        UserView before = get(id);
        if (id == actor.id()) {
            throw ApiException.badRequest("不能修改自己的角色");
        }
        requireNotAdministrator(before, "修改角色");
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        String violation = Role.separationViolation(wanted);
        if (violation != null) {
            throw ApiException.invalidField("roles", violation);
        }
        users.clearRoles(id);
        if (!wanted.isEmpty()) {
            users.insertRoles(id, List.copyOf(wanted));
        }
        if (scope != null) {
            users.updateScope(id, scope, clock.instant());
        }
        UserView after = get(id);
        audit.target("USER", id);
        audit.change(before, after);
        return after;
    }

    public void unlock(long id) {
        UserAccount user = load(id);
        audit.target("USER", id);
        requireNotAdministrator(get(id), "解锁");
        audit.note("username", user.username());
        audit.note("lockedUntil", throttle.lockedUntil(id));
        throttle.unlock(id);
        users.unlock(id, clock.instant());
    }

    /**
     * The user's own change. A wrong old password counts like a failed login (from the same source): the N-th
     * locks the account for that source and answers 423, and the caller ends the session. The others of the
     * user's sessions end when the change succeeds ({@code keepSessionId} stays).
     */
    public void changeOwnPassword(CurrentUser user, String oldPassword, String newPassword, String source,
            String keepSessionId) {
        UserAccount account = load(user.id());
        audit.target("USER", user.id());
        SecurityPolicy policy = policies.current();
        LoginThrottle.Claim claim = throttle.claim(user.id(), user.username(), source, policy.maxFailedAttempts(),
                policy.lockMinutes());
        if (!encoder.matches(oldPassword, account.passwordHash())) {
            audit.note("reason", "原密码不正确（连续第 " + claim.failures() + " 次）");
            if (claim.locks()) {
                throw LoginThrottle.locked(claim.lockedUntil(), "连续 " + claim.failures() + " 次原密码错误，账户已锁定并已退出登录");
            }
            throw ApiException.invalidField("oldPassword", "原密码不正确");
        }
        throttle.succeeded(claim);
        if (oldPassword.equals(newPassword)) {
            throw ApiException.invalidField("newPassword", "新密码不能与原密码相同");
        }
        checkPassword("newPassword", newPassword, account.username());
        for (String previous : users.previousHashes(account.id(), HISTORY)) {
            if (encoder.matches(newPassword, previous)) {
                throw ApiException.invalidField("newPassword", "新密码不能与最近 " + (HISTORY + 1) + " 次使用过的密码相同");
            }
        }
        replacePassword(account, encoder.encode(newPassword), false);
        sessions.endSessions(account.username(), keepSessionId);
    }

    /** sets a new hash and keeps the replaced one in the history */
    private void replacePassword(UserAccount account, String hash, boolean changeRequired) {
        Instant now = clock.instant();
        users.addToHistory(account.id(), account.passwordHash(), now);
        users.trimHistory(account.id(), HISTORY);
        users.updatePassword(account.id(), hash, changeRequired, now);
    }

    /** 三员分立: an administrator's account is out of reach of the other administrators' web pages */
    private static void requireNotAdministrator(UserView target, String verb) {
        if (target.roles().stream().anyMatch(Role::isAdministrator)) {
            throw ApiException.forbidden("三员分立：不能通过系统" + verb + "管理员账户（" + target.username()
                    + "）；管理员忘记密码或被锁定时，由服务器运维人员用 --reset-admin 命令恢复");
        }
    }

    private void checkPassword(String field, String password, String username) {
        List<String> problems = new ArrayList<>(policies.current().violations(password, username));
        if (common.contains(password)) {
            problems.add("不能使用常见密码（如 Password1、Qwerty123 等，不区分大小写）");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("密码不符合安全策略：" + String.join("；", problems))
                    .withErrors(problems.stream().map(p -> new ApiException.FieldError(field, p)).toList());
        }
    }

    private void checkOrgs(Long orgId, List<Long> extraOrgIds) {
        Set<Long> wanted = new LinkedHashSet<>();
        wanted.add(orgId);
        if (extraOrgIds != null) {
            wanted.addAll(extraOrgIds);
        }
        Map<Long, OrgRef> found = orgs.findAll(wanted);
        if (!found.containsKey(orgId)) {
            throw ApiException.invalidField("orgId", "所属机构不存在：" + orgId);
        }
        List<Long> missing = wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalidField("extraOrgIds", "兼职机构不存在：" + missing);
        }
    }

    private void replaceExtraOrgs(long userId, Long orgId, List<Long> extraOrgIds) {
        users.clearExtraOrgs(userId);
        List<Long> extra = extraOrgIds == null ? List.of()
                : extraOrgIds.stream().distinct().filter(id -> !id.equals(orgId)).toList();
        if (!extra.isEmpty()) {
            users.insertExtraOrgs(userId, extra);
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> ApiException.notFound("用户不存在：" + id));
    }

    private List<UserView> views(List<UserAccount> accounts) {
        Set<Long> orgIds = new HashSet<>();
        accounts.stream().map(UserAccount::orgId).filter(java.util.Objects::nonNull).forEach(orgIds::add);
        Map<Long, OrgRef> names = orgs.findAll(orgIds);
        List<UserView> views = new ArrayList<>();
        for (UserAccount u : accounts) {
            OrgRef org = u.orgId() == null ? null : names.get(u.orgId());
            // locked = locked for at least one source (LoginThrottle)
            Instant lockedUntil = throttle.lockedUntil(u.id());
            views.add(new UserView(u.id(), u.username(), u.displayName(), u.orgId(), org == null ? null : org.name(),
                    users.extraOrgsOf(u.id()), users.rolesOf(u.id()), u.dataScope(), u.enabled(), lockedUntil != null,
                    lockedUntil, u.passwordChangeRequired(), u.lastLoginAt()));
        }
        return views;
    }

    private static ApiException duplicate(String username) {
        return ApiException.conflict("duplicate-username", "用户名“" + username + "”已存在");
    }
}
