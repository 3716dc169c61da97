package cn.gongkai.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was set by an administrator (bootstrap, reset, recovery) or has expired may do nothing but
 * read who they are, read the password rules, change the password and log out: everything else is 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/api/v1/auth/me", "/api/v1/auth/password",
            "/api/v1/auth/logout", "/api/v1/auth/csrf", "/api/v1/auth/login");
    /** the password form shows the rules of the new password */
    private static final String POLICY = "/api/v1/security-policy";

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/v1/public/") || ALLOWED.contains(path)
                || path.equals(POLICY) && "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.passwordChangeRequired()) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "password-change-required", "须先修改密码",
                    "初始密码或已过期的密码须先修改，才能继续使用系统");
            return;
        }
        chain.doFilter(request, response);
    }
}
