package cn.gongkai.auditlog;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Audit entries that a feature writes itself, because the writes happen outside the request that caused them: a
 * batch of items created by an import job gets one successful entry per item, as if each had been created through
 * the API. Appended inside the caller's transaction, so they vanish with a rolled-back batch.
 */
@Component
public class AuditRecords {

    private final AuditLogMapper mapper;

    AuditRecords(AuditLogMapper mapper) {
        this.mapper = mapper;
    }

    /** one SUCCESS entry per target; {@code detail} of each is JSON text (or null) */
    public void appendSuccesses(Instant at, String actor, String ip, AuditAction action, String targetType,
            List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        mapper.insertAll(targets.stream().map(t -> new AuditEntry(null, at, actor, action.name(), targetType,
                t.id(), ip, "SUCCESS", t.detail())).toList());
    }

    /** the id of a target and the JSON detail of its entry */
    public record Target(String id, String detail) {
    }
}
