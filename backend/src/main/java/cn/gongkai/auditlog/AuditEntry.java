package cn.gongkai.auditlog;

import java.time.Instant;

/** One row of the append-only audit log; {@code detail} is JSON text. */
record AuditEntry(Long id, Instant at, String actor, String action, String targetType, String targetId, String ip,
        String outcome, String detail) {
}
