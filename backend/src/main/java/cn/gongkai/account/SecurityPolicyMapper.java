package cn.gongkai.account;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SecurityPolicyMapper {

    @Select("""
            SELECT min_length, min_char_classes, expiry_days, max_failed_attempts, lock_minutes, idle_timeout_minutes
            FROM security_policy WHERE id = 1""")
    SecurityPolicy load();

    @Update("""
            UPDATE security_policy SET min_length = #{p.minLength}, min_char_classes = #{p.minCharClasses},
                   expiry_days = #{p.expiryDays}, max_failed_attempts = #{p.maxFailedAttempts},
                   lock_minutes = #{p.lockMinutes}, idle_timeout_minutes = #{p.idleTimeoutMinutes},
                   updated_at = #{at}, updated_by = #{by}
            WHERE id = 1""")
    void save(SecurityPolicy p, Instant at, String by);
}
