package cn.gongkai.auditlog;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one audit entry per {@link Audited} request once it has completed, so the outcome is the real one:
 * SUCCESS (2xx/3xx), DENIED (401/403) or FAILURE (any other error, with the problem detail). The business write
 * has committed or rolled back by then; the entry is written in its own statement either way.
 */
class AuditLogInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditLogInterceptor.class);
    /** the attribute {@code ProblemHandler} leaves on the request */
    private static final String PROBLEM_ATTRIBUTE = "cn.gongkai.common.ProblemHandler.problem";

    private final AuditLogMapper mapper;
    private final JsonMapper json;
    private final Clock clock;

    AuditLogInterceptor(AuditLogMapper mapper, JsonMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)) {
            return;
        }
        Audited audited = method.getMethodAnnotation(Audited.class);
        AuditTrail.Record trail = (AuditTrail.Record) request.getAttribute(AuditTrail.ATTRIBUTE);
        if (trail == null) {
            trail = new AuditTrail.Record();
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        Map<String, Object> detail = new LinkedHashMap<>(trail.details);
        if (status >= 400) {
            detail.put("status", status);
            if (request.getAttribute(PROBLEM_ATTRIBUTE) instanceof ProblemDetail pd) {
                detail.put("error", pd.getDetail());
            }
        }
        String targetType = trail.targetType != null ? trail.targetType : emptyToNull(audited.target());
        String targetId = trail.targetId != null ? trail.targetId : pathId(request);
        AuditEntry entry = new AuditEntry(null, clock.instant(), actor(trail), audited.value().name(), targetType,
                targetId, request.getRemoteAddr(), outcome(audited.value(), status), detail.isEmpty() ? null : json.writeValueAsString(detail));
        try {
            mapper.insert(entry);
        } catch (RuntimeException e) {
            log.error("AUDIT WRITE FAILED for {}: {}", entry, e.toString());
        }
    }

    private static String actor(AuditTrail.Record trail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return trail.actor;
    }

    private static String outcome(AuditAction action, int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        if (action == AuditAction.LOGIN) {
            return "FAILURE"; // a refused login is a failed login, not a refused permission
        }
        return status == 401 || status == 403 ? "DENIED" : "FAILURE";
    }

    @SuppressWarnings("unchecked")
    private static String pathId(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> m ? (String) ((Map<String, String>) m).get("id") : null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
