package cn.gongkai.auditlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.gongkai.common.BulkInserts;
import org.springframework.stereotype.Component;

/**
 * Audit entries that a feature writes itself, because the writes happen outside the request that caused them: a
 * batch of items created by an import job gets one successful entry per item, as if each had been created through
 * the API. Appended inside the caller's transaction, so they vanish with a rolled-back batch, as one JDBC batch
 * ({@link BulkInserts}: multi-row inserts of a server-side statement).
 */
@Component
public class AuditRecords {

    private final BulkInserts bulk;

    AuditRecords(BulkInserts bulk) {
        this.bulk = bulk;
    }

    /** one SUCCESS entry per target; {@code detail} of each is JSON text (or null) */
    public void appendSuccesses(Instant at, String actor, String ip, AuditAction action, String targetType,
            List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Timestamp stamp = Timestamp.from(at);
        bulk.insert("INSERT INTO audit_log (at, actor, action, target_type, target_id, ip, outcome, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'SUCCESS', ?)", targets, (ps, t) -> {
                    ps.setTimestamp(1, stamp);
                    ps.setString(2, actor);
                    ps.setString(3, action.name());
                    ps.setString(4, targetType);
                    ps.setString(5, t.id());
                    ps.setString(6, ip);
                    ps.setString(7, t.detail());
                });
    }

    /** the id of a target and the JSON detail of its entry */
    public record Target(String id, String detail) {
    }
}
