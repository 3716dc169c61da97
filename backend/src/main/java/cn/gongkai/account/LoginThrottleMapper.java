package cn.gongkai.account;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The counters of {@code login_throttle} (see {@link LoginThrottle}). */
@Mapper
interface LoginThrottleMapper {

    /** A counter row as locked for this transaction. */
    record Counter(String throttleKey, int failures, Instant blockedUntil, Instant updatedAt) {
    }

    /** creates the row if missing and takes its write lock either way (never a shared lock to upgrade) */
    @Insert("""
            INSERT INTO login_throttle (throttle_key, user_id, failures, blocked_until, updated_at)
            VALUES (#{key}, #{userId}, 0, NULL, #{at})
            ON DUPLICATE KEY UPDATE user_id = VALUES(user_id)""")
    void touch(String key, Long userId, Instant at);

    @Select("SELECT throttle_key, failures, blocked_until, updated_at FROM login_throttle WHERE throttle_key = #{key} FOR UPDATE")
    Counter lock(String key);

    @Update("""
            UPDATE login_throttle SET failures = #{failures}, blocked_until = #{blockedUntil}, updated_at = #{at}
            WHERE throttle_key = #{key}""")
    void set(String key, int failures, Instant blockedUntil, Instant at);

    @Update("UPDATE login_throttle SET failures = 0, blocked_until = NULL, updated_at = #{at} WHERE throttle_key = #{key}")
    void clear(String key, Instant at);

    /** takes back the one failure a successful attempt was counted as, and the block it alone caused */
    @Update("""
            UPDATE login_throttle
            SET blocked_until = CASE WHEN failures <= #{freeFailures} + 1 THEN NULL ELSE blocked_until END,
                failures = GREATEST(failures - 1, 0)
            WHERE throttle_key = #{key}""")
    void undoOne(String key, int freeFailures);

    @Select("SELECT MAX(blocked_until) FROM login_throttle WHERE user_id = #{userId} AND blocked_until > #{now}")
    Instant lockedUntil(long userId, Instant now);

    @Delete("DELETE FROM login_throttle WHERE user_id = #{userId}")
    int clearUser(long userId);

    @Delete("""
            DELETE FROM login_throttle WHERE updated_at < #{before} AND (blocked_until IS NULL OR blocked_until < #{before})""")
    int purge(Instant before);
}
