package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue #17 finding 2: no administrator takes over another one through the web; recovery is on the server. */
@FullStackTest
class AdminSeparationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AdminRecovery recovery;

    TestData data;
    long org;
    ApiClient sys;
    ApiClient sec;
    long sysId;
    long secId;
    long audId;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "分立测试县人民政府", null);
        String sysName = data.user("sys", null, List.of("SYS_ADMIN"), false);
        String secName = data.user("sec", null, List.of("SECURITY_ADMIN"), false);
        audId = data.userId(data.user("aud", null, List.of("AUDIT_ADMIN"), false));
        sysId = data.userId(sysName);
        secId = data.userId(secName);
        sys = new ApiClient(port).login(sysName, TestData.PASSWORD);
        sec = new ApiClient(port).login(secName, TestData.PASSWORD);
    }

    @Test
    void theSystemAdministratorCannotTakeOverTheAuditorsAccount() {
        long bootstrapAuditor = data.userId("auditadmin");
        for (long target : List.of(audId, bootstrapAuditor, secId)) {
            var reset = sys.post("/api/v1/users/" + target + "/reset-password", Map.of("newPassword", "Taken#Over2026"));
            assertThat(reset.status()).as(reset.toString()).isEqualTo(403);
            assertThat(reset.isProblem()).isTrue();
            assertThat(reset.detail()).contains("三员分立");
            var disable = sys.put("/api/v1/users/" + target, Map.of("displayName", "停用", "orgId", org, "enabled", false));
            assertThat(disable.status()).as(disable.toString()).isEqualTo(403);
        }
        // the auditor's password still works and nothing changed
        new ApiClient(port).login(data.prefix + "aud", TestData.PASSWORD);
        // ordinary accounts are still the system administrator's to reset
        long editor = data.userId(data.user("editor", org, List.of("EDITOR"), false));
        assertThat(sys.post("/api/v1/users/" + editor + "/reset-password", Map.of("newPassword", "Reset#Pass2026"))
                .status()).isEqualTo(204);
    }

    @Test
    void theSecurityAdministratorCannotReRoleOrUnlockAnotherAdministrator() {
        var strip = sec.put("/api/v1/users/" + audId + "/roles", Map.of("roles", List.of()));
        assertThat(strip.status()).as(strip.toString()).isEqualTo(403);
        assertThat(strip.detail()).contains("三员分立");
        var regrant = sec.put("/api/v1/users/" + sysId + "/roles", Map.of("roles", List.of("AUDIT_ADMIN")));
        assertThat(regrant.status()).isEqualTo(403);
        assertThat(sec.post("/api/v1/users/" + audId + "/unlock", null).status()).isEqualTo(403);
        // nor its own roles
        assertThat(sec.put("/api/v1/users/" + secId + "/roles", Map.of("roles", List.of("AUDIT_ADMIN"))).status())
                .isIn(400, 403);
        assertThat(jdbc.queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class, audId))
                .containsExactly("AUDIT_ADMIN");
        // an ordinary account may still be made an administrator (it is then out of reach too)
        long editor = data.userId(data.user("promoted", org, List.of(), false));
        assertThat(sec.put("/api/v1/users/" + editor + "/roles", Map.of("roles", List.of("AUDIT_ADMIN"))).status())
                .isEqualTo(200);
        assertThat(sec.put("/api/v1/users/" + editor + "/roles", Map.of("roles", List.of())).status()).isEqualTo(403);
    }

    @Test
    void aForgottenAdministratorPasswordIsRecoveredOnTheServer() {
        String auditor = data.prefix + "aud";
        // locked out as well: recovery clears the lock
        ApiClient desk = new ApiClient(port).from(LoginThrottleIT.source());
        for (int i = 0; i < 5; i++) {
            desk.post("/api/v1/auth/login", Map.of("username", auditor, "password", "forgot" + i));
        }
        assertThat(desk.post("/api/v1/auth/login", Map.of("username", auditor, "password", TestData.PASSWORD)).status())
                .isEqualTo(423);

        String oneTime = recovery.reset(auditor);
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        var login = desk.post("/api/v1/auth/login", Map.of("username", auditor, "password", oneTime));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(desk.get("/api/v1/audit-log").status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_RESET_PASSWORD' "
                + "AND target_id = ? AND actor = ?", Integer.class, String.valueOf(audId), AdminRecovery.ACTOR))
                .isEqualTo(1);

        assertThatThrownBy(() -> recovery.reset(data.prefix + "nobody")).isInstanceOf(IllegalArgumentException.class);
        String editor = data.user("plain", org, List.of("EDITOR"), false);
        assertThatThrownBy(() -> recovery.reset(editor)).isInstanceOf(IllegalArgumentException.class);
    }
}
