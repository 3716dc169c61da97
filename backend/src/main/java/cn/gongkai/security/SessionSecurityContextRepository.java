package cn.gongkai.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The session (in the database, Spring Session JDBC) holds only the user id. Every request loads the user, so a
 * disabled account or changed roles take effect on the next request of every open session, on every instance.
 */
@Component
public class SessionSecurityContextRepository implements SecurityContextRepository {

    static final String USER_ID = "gongkai.userId";

    private final UserDirectory users;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CsrfAuthenticationStrategy csrfRotation;

    SessionSecurityContextRepository(UserDirectory users, FindByIndexNameSessionRepository<? extends Session> sessions,
            CsrfTokenRepository csrfTokens) {
        this.users = users;
        this.sessions = sessions;
        this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
        this.csrfRotation.setRequestHandler(SecurityConfiguration.CSRF_REQUESTS);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<Optional<CurrentUser>> user = SingletonSupplier.of(() -> load(request));
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return user.get().map(SessionSecurityContextRepository::contextOf)
                        .orElseGet(SecurityContextHolder::createEmptyContext);
            }

            @Override
            public boolean isGenerated() {
                return user.get().isEmpty();
            }
        };
    }

    private Optional<CurrentUser> load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USER_ID) instanceof Long id)) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = users.findActive(id);
        if (user.isEmpty()) {
            session.removeAttribute(USER_ID);
        }
        return user;
    }

    static SecurityContext contextOf(CurrentUser user) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /**
     * Logs the user in on this request: a fresh session id (no fixation) that remembers the user id, and a fresh
     * CSRF token (the one fetched before the login no longer works).
     */
    public void establish(CurrentUser user, int idleTimeoutSeconds, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        session = request.getSession(true);
        session.setAttribute(USER_ID, user.id());
        // lets Spring Session index the session by user (PRINCIPAL_NAME): find or end a user's sessions
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.username());
        session.setMaxInactiveInterval(idleTimeoutSeconds);
        Authentication authentication = contextOf(user).getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        csrfRotation.onAuthentication(authentication, request, response);
        // generates the new token now, so the login response already sets its cookie
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken fresh) {
            fresh.getToken();
        }
    }

    /**
     * Ends every session of {@code username} except {@code keepSessionId} (null: all of them), on every instance:
     * the sessions are found through Spring Session's principal-name index.
     */
    public void endSessions(String username, String keepSessionId) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
            }
        }
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the session is written by establish() at login; nothing else persists a context
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(USER_ID) != null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }
}
