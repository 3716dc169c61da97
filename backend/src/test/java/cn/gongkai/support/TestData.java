package cn.gongkai.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Direct-SQL fixtures with a unique prefix per test class: orgs and users with roles, made without going through
 * the administrators' API (which is what is under test elsewhere).
 */
public final class TestData {

    public static final String PASSWORD = "Test#Pass2026";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    public final String prefix;

    public TestData(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.prefix = "t" + Long.toString(System.nanoTime(), 36) + "_";
    }

    /** an org under {@code parentId} (null = a new root); returns its id */
    public long org(String suffix, String name, Long parentId) {
        String parentPath = parentId == null ? "/" : jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?",
                String.class, parentId);
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO org_unit (code, name, type, level, parent_id, path, sort_order, enabled, version,
                                          created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, '/', 0, TRUE, 0, ?, ?)""", new String[] {"id"});
            ps.setString(1, prefix + suffix);
            ps.setString(2, name);
            ps.setString(3, parentId == null ? "GOVERNMENT" : "DEPARTMENT");
            ps.setInt(4, 4);
            ps.setObject(5, parentId);
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("UPDATE org_unit SET path = ? WHERE id = ?", parentPath + id + "/", id);
        return id;
    }

    /** a user named {@code prefix + suffix} with password {@link #PASSWORD}; returns the username */
    /** the body of {@code POST/PUT /api/v1/orgs} */
    public static Map<String, Object> orgBody(String code, String name, Long parentId, String type, int level) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("type", type);
        m.put("level", level);
        m.put("parentId", parentId);
        return m;
    }

    public String user(String suffix, Long orgId, List<String> roles, boolean mustChangePassword) {
        return user(suffix, orgId, roles, mustChangePassword, "OWN_ORGS", List.of());
    }

    public String user(String suffix, Long orgId, List<String> roles, boolean mustChangePassword, String scope,
            List<Long> extraOrgIds) {
        String username = prefix + suffix;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO user_account (username, display_name, org_id, password_hash, password_changed_at,
                       password_change_required, data_scope, enabled, failed_attempts, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 0, 0, ?, ?)""",
                username, "测试" + suffix, orgId, encoder.encode(PASSWORD), now, mustChangePassword, scope, now, now);
        long id = userId(username);
        roles.forEach(r -> jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, r));
        extraOrgIds.forEach(o -> jdbc.update("INSERT INTO user_extra_org (user_id, org_id) VALUES (?, ?)", id, o));
        return username;
    }

    public long userId(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }
}
