package cn.gongkai.account;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login, logout, who am I, change my password, and the CSRF token every write needs. Login answers 401 (wrong
 * username or password, the same text for both), 423 (locked for this client address) or 429 with Retry-After (this
 * address tried too often); see {@link LoginThrottle}.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final LoginService logins;
    private final UserService users;
    private final AuditTrail audit;

    AuthController(LoginService logins, UserService users, AuditTrail audit) {
        this.logins = logins;
        this.users = users;
        this.audit = audit;
    }

    record CsrfView(String headerName, String token) {
    }

    record LoginRequest(@NotBlank(message = "请输入用户名") String username,
            @NotNull(message = "请输入密码") String password) {
    }

    record PasswordChange(@NotNull(message = "请输入原密码") String oldPassword,
            @NotBlank(message = "请输入新密码") String newPassword) {
    }

    /** Also sets the XSRF-TOKEN cookie; send the token back in the X-XSRF-TOKEN header on every write. */
    @GetMapping("/csrf")
    CsrfView csrf(CsrfToken token) {
        return new CsrfView(token.getHeaderName(), token.getToken());
    }

    @PostMapping("/login")
    @Audited(value = AuditAction.LOGIN, target = "USER")
    Me login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        return logins.login(body.username().trim(), body.password(), request, response);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Audited(value = AuditAction.LOGOUT, target = "USER")
    void logout(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        audit.target("USER", user.id());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return users.me(user);
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Audited(value = AuditAction.PASSWORD_CHANGE, target = "USER")
    void changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PasswordChange body,
            HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            users.changeOwnPassword(user, body.oldPassword(), body.newPassword(), LoginService.source(request),
                    session == null ? null : session.getId());
        } catch (ApiException e) {
            // too many wrong old passwords: whoever holds this session does not know the password
            if (e.getStatusCode().value() == HttpStatus.LOCKED.value() && session != null) {
                session.invalidate();
            }
            throw e;
        }
    }
}
