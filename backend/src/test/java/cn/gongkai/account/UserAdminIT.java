package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import tools.jackson.databind.JsonNode;

@FullStackTest
class UserAdminIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    long dept;
    ApiClient sys;
    ApiClient sec;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "用户测试县", null);
        dept = data.org("rsj", "用户测试县人社局", county);
        sys = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        sec = new ApiClient(port).login(data.user("sec", null, List.of("SECURITY_ADMIN"), false), TestData.PASSWORD);
    }

    Map<String, Object> newUser(String suffix, long orgId) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", data.prefix + suffix);
        m.put("displayName", "新用户" + suffix);
        m.put("orgId", orgId);
        m.put("extraOrgIds", List.of());
        m.put("initialPassword", "Initial#2026");
        return m;
    }

    long createUser(String suffix, long orgId) {
        var r = sys.post("/api/v1/users", newUser(suffix, orgId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theSystemAdministratorCreatesAUserWhoMustChangeThePassword() {
        Map<String, Object> body = newUser("zhang", dept);
        body.put("extraOrgIds", List.of(county));
        var r = sys.post("/api/v1/users", body);
        assertThat(r.status()).isEqualTo(201);
        JsonNode u = r.json();
        assertThat(u.get("orgName").asString()).isEqualTo("用户测试县人社局");
        assertThat(u.get("extraOrgIds").get(0).asLong()).isEqualTo(county);
        assertThat(u.get("roles")).isEmpty();
        assertThat(u.get("enabled").asBoolean()).isTrue();
        assertThat(u.get("locked").asBoolean()).isFalse();
        assertThat(u.has("passwordHash")).isFalse();
        var login = new ApiClient(port).post("/api/v1/auth/login",
                Map.of("username", data.prefix + "zhang", "password", "Initial#2026"));
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();

        assertThat(sys.get("/api/v1/users?q=" + data.prefix + "zh").json().get("total").asLong()).isEqualTo(1);
        assertThat(sys.get("/api/v1/users?orgId=" + county).json().get("items").findValuesAsString("username"))
                .contains(data.prefix + "zhang");
    }

    @Test
    void creationIsValidated() {
        assertThat(sys.post("/api/v1/users", newUser("dup", dept)).status()).isEqualTo(201);
        assertThat(sys.post("/api/v1/users", newUser("dup", dept)).status()).isEqualTo(409);
        Map<String, Object> weak = newUser("weak", dept);
        weak.put("initialPassword", "12345678");
        var r = sys.post("/api/v1/users", weak);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("initialPassword");
        Map<String, Object> noOrg = newUser("noorg", 987_654_321L);
        assertThat(sys.post("/api/v1/users", noOrg).status()).isEqualTo(400);
        Map<String, Object> badName = newUser("x", dept);
        badName.put("username", "有空格 的名字");
        assertThat(sys.post("/api/v1/users", badName).json().get("errors").get(0).get("field").asString())
                .isEqualTo("username");
        assertThat(sys.get("/api/v1/users?size=500").status()).isEqualTo(400);
    }

    @Test
    void dutiesAreSeparatedBetweenTheAdministrators() {
        long id = createUser("duty", dept);
        // the security administrator cannot create users or reset passwords; the system administrator cannot grant roles
        assertThat(sec.post("/api/v1/users", newUser("bysec", dept)).status()).isEqualTo(403);
        assertThat(sec.post("/api/v1/users/" + id + "/reset-password", Map.of("newPassword", "Other#2026x")).status())
                .isEqualTo(403);
        assertThat(sys.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("EDITOR"))).status()).isEqualTo(403);
        // an editor or the auditor can do none of it
        ApiClient audit = new ApiClient(port).login(data.user("aud", null, List.of("AUDIT_ADMIN"), false), TestData.PASSWORD);
        assertThat(audit.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(audit.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("EDITOR"))).status()).isEqualTo(403);

        var roles = sec.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("EDITOR", "REVIEWER"),
                "dataScope", "SUBTREE"));
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.json().get("dataScope").asString()).isEqualTo("SUBTREE");
        assertThat(sys.get("/api/v1/users/" + id).json().get("roles").toString()).contains("EDITOR", "REVIEWER");
    }

    @Test
    void threeAdministratorSeparationIsEnforced() {
        long id = createUser("mix", dept);
        var twoAdmins = sec.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("SYS_ADMIN", "AUDIT_ADMIN")));
        assertThat(twoAdmins.status()).isEqualTo(400);
        assertThat(twoAdmins.detail()).contains("三员分立");
        var adminAndBusiness = sec.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("AUDIT_ADMIN", "EDITOR")));
        assertThat(adminAndBusiness.status()).isEqualTo(400);
        var unknown = sec.put("/api/v1/users/" + id + "/roles", Map.of("roles", List.of("KING")));
        assertThat(unknown.status()).isEqualTo(400);
        long self = data.userId(data.prefix + "sec");
        var own = sec.put("/api/v1/users/" + self + "/roles", Map.of("roles", List.of()));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.detail()).contains("自己");
    }

    @Test
    void anAuditAdministratorKeepsTheRole() {
        // 三员分立: no administrator changes another administrator's roles through the web (AdminSeparationIT)
        long auditor = data.userId(data.user("lastaud", null, List.of("AUDIT_ADMIN"), false));
        var r = sec.put("/api/v1/users/" + auditor + "/roles", Map.of("roles", List.of()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.detail()).contains("三员分立");
    }

    @Test
    void resetPasswordForcesAChangeAndDisablingEndsTheSession() {
        long id = createUser("reset", dept);
        String username = data.prefix + "reset";
        assertThat(sys.post("/api/v1/users/" + id + "/reset-password", Map.of("newPassword", "Reset#Pass2026")).status())
                .isEqualTo(204);
        ApiClient user = new ApiClient(port).login(username, "Reset#Pass2026");
        assertThat(user.get("/api/v1/auth/me").json().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(user.post("/api/v1/auth/password", Map.of("oldPassword", "Reset#Pass2026", "newPassword",
                "Mine#Pass2026")).status()).isEqualTo(204);
        assertThat(user.get("/api/v1/orgs").status()).isEqualTo(200);

        Map<String, Object> disable = Map.of("displayName", "新用户reset", "orgId", dept, "extraOrgIds", List.of(),
                "enabled", false);
        var r = sys.put("/api/v1/users/" + id, disable);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("enabled").asBoolean()).isFalse();
        assertThat(user.get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDisableItself() {
        long self = data.userId(data.prefix + "sys");
        var r = sys.put("/api/v1/users/" + self, Map.of("displayName", "我", "orgId", dept, "enabled", false));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void unknownUserIs404() {
        assertThat(sys.get("/api/v1/users/987654321").status()).isEqualTo(404);
        assertThat(sec.post("/api/v1/users/987654321/unlock", null).status()).isEqualTo(404);
    }
}
