package cn.gongkai.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface UserMapper {

    String COLUMNS = "id, username, display_name, org_id, password_hash, password_changed_at, password_change_required, "
            + "data_scope, enabled, failed_attempts, locked_until, last_login_at, version, created_at, updated_at";

    @Select("SELECT " + COLUMNS + " FROM user_account WHERE id = #{id}")
    Optional<UserAccount> findById(long id);

    @Select("SELECT " + COLUMNS + " FROM user_account WHERE username = #{username}")
    Optional<UserAccount> findByUsername(String username);

    @Select("SELECT role FROM user_role WHERE user_id = #{userId} ORDER BY role")
    List<Role> rolesOf(long userId);

    @Select("SELECT org_id FROM user_extra_org WHERE user_id = #{userId} ORDER BY org_id")
    List<Long> extraOrgsOf(long userId);

    @Select("SELECT COUNT(*) FROM user_account")
    long countAll();

    List<UserAccount> search(String q, Long orgId, long offset, int limit);

    long count(String q, Long orgId);

    /** id via {@link #lastInsertId()} in the same transaction */
    void insert(UserAccount user);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("""
            UPDATE user_account SET display_name = #{displayName}, org_id = #{orgId}, enabled = #{enabled},
                   version = version + 1, updated_at = #{at}
            WHERE id = #{id}""")
    void updateProfile(long id, String displayName, Long orgId, boolean enabled, Instant at);

    @Delete("DELETE FROM user_extra_org WHERE user_id = #{userId}")
    void clearExtraOrgs(long userId);

    void insertExtraOrgs(long userId, List<Long> orgIds);

    @Delete("DELETE FROM user_role WHERE user_id = #{userId}")
    void clearRoles(long userId);

    void insertRoles(long userId, List<Role> roles);

    @Update("UPDATE user_account SET data_scope = #{scope}, version = version + 1, updated_at = #{at} WHERE id = #{id}")
    void updateScope(long id, ScopeMode scope, Instant at);

    @Update("""
            UPDATE user_account SET password_hash = #{hash}, password_changed_at = #{at},
                   password_change_required = #{changeRequired}, version = version + 1, updated_at = #{at}
            WHERE id = #{id}""")
    void updatePassword(long id, String hash, boolean changeRequired, Instant at);

    @Update("UPDATE user_account SET locked_until = NULL, failed_attempts = 0, updated_at = #{at} WHERE id = #{id}")
    void unlock(long id, Instant at);

    @Update("UPDATE user_account SET failed_attempts = 0, locked_until = NULL, last_login_at = #{at} WHERE id = #{id}")
    void recordLogin(long id, Instant at);

    @Select("""
            SELECT COUNT(DISTINCT u.id) FROM user_account u LEFT JOIN user_extra_org x ON x.user_id = u.id
            WHERE u.org_id = #{orgId} OR x.org_id = #{orgId}""")
    int countInOrg(long orgId);

    @Update("UPDATE user_account SET enabled = TRUE, updated_at = #{at} WHERE id = #{id}")
    void enable(long id, Instant at);

    /** the hashes a user had before the current one, newest first */
    @Select("SELECT password_hash FROM password_history WHERE user_id = #{userId} ORDER BY id DESC LIMIT #{limit}")
    List<String> previousHashes(long userId, int limit);

    @Insert("INSERT INTO password_history (user_id, password_hash, created_at) VALUES (#{userId}, #{hash}, #{at})")
    void addToHistory(long userId, String hash, Instant at);

    @Delete("""
            DELETE FROM password_history WHERE user_id = #{userId} AND id NOT IN (
                SELECT id FROM (SELECT id FROM password_history WHERE user_id = #{userId}
                                ORDER BY id DESC LIMIT #{keep}) newest)""")
    void trimHistory(long userId, int keep);
}
