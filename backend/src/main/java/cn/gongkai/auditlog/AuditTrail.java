package cn.gongkai.auditlog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a service tells the audit log about the write it is doing: the target, the state before and after, and
 * notes. Collected per request and written by {@link AuditLogInterceptor} when the request completes, together
 * with the outcome. Outside a web request (start-up, jobs) it does nothing.
 */
@Component
public class AuditTrail {

    static final String ATTRIBUTE = AuditTrail.class.getName();

    public void target(String type, Object id) {
        current().ifPresent(r -> {
            r.targetType = type;
            r.targetId = id == null ? null : String.valueOf(id);
        });
    }

    /** Before and after of a change (views without secrets: never put a password or hash here). */
    public void change(Object before, Object after) {
        current().ifPresent(r -> {
            r.details.put("before", before);
            r.details.put("after", after);
        });
    }

    public void note(String key, Object value) {
        current().ifPresent(r -> r.details.put(key, value));
    }

    /** The actor when nobody is logged in yet (a login attempt names its username). */
    public void actor(String username) {
        current().ifPresent(r -> r.actor = username);
    }

    private static java.util.Optional<Record> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return java.util.Optional.empty();
        }
        Record r = (Record) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (r == null) {
            r = new Record();
            attributes.setAttribute(ATTRIBUTE, r, RequestAttributes.SCOPE_REQUEST);
        }
        return java.util.Optional.of(r);
    }

    static final class Record {
        String actor;
        String targetType;
        String targetId;
        final Map<String, Object> details = new LinkedHashMap<>();
    }
}
