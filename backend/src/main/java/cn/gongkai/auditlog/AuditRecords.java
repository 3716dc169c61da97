package cn.gongkai.auditlog;

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
        bulk.insert("INSERT INTO audit_log (at, actor, action, target_type, target_id, ip, outcome, detail)", 8,
                targets, (v, t) -> v.time(at).text(actor).text(action.name()).text(targetType).text(t.id()).text(ip)
                        .text("SUCCESS").text(t.detail()));
    }

    /** the id of a target and the JSON detail of its entry */
    public record Target(String id, String detail) {
    }
}
