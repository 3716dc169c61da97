package cn.gongkai.auditlog;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Inserts and reads only: nothing in the application updates or deletes an audit entry. */
@Mapper
interface AuditLogMapper {

    @Insert("""
            INSERT INTO audit_log (at, actor, action, target_type, target_id, ip, outcome, detail)
            VALUES (#{at}, #{actor}, #{action}, #{targetType}, #{targetId}, #{ip}, #{outcome}, #{detail})""")
    void insert(AuditEntry entry);

    List<AuditEntry> find(@Param("filter") AuditLogFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("filter") AuditLogFilter filter);

    record AuditLogFilter(String actor, String action, String outcome, Instant from, Instant to) {
    }
}
