package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;

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

@FullStackTest
class AuthIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long org;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "认证测试县人民政府", null);
    }

    ApiClient client() {
        return new ApiClient(port);
    }

    @Test
    void csrfEndpointReturnsTheTokenAndSetsTheCookie() {
        ApiClient c = client();
        var r = c.get("/api/v1/auth/csrf");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("headerName").asString()).isEqualTo("X-XSRF-TOKEN");
        assertThat(r.json().get("token").asString()).isNotBlank().isEqualTo(c.cookie("XSRF-TOKEN"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefusedWith403Problem() {
        String user = data.user("editor", org, List.of("EDITOR"), false);
        var r = client().withoutCsrf().post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).endsWith("/csrf");
        assertThat(r.detail()).contains("CSRF");
    }

    @Test
    void aWrongCsrfTokenIsRefusedToo() {
        ApiClient c = client();
        c.csrfToken();
        var r = c.send("POST", "/api/v1/auth/logout", null);
        assertThat(r.status()).isNotEqualTo(403); // right token: passes CSRF (then 401: not logged in)
        var forged = new ApiClient(port).withoutCsrf();
        forged.get("/api/v1/auth/csrf");
        assertThat(forged.post("/api/v1/auth/login", Map.of("username", "x", "password", "y")).status()).isEqualTo(403);
    }

    @Test
    void loginReturnsMeAndTheSessionCarriesIt() {
        String user = data.user("editor", org, List.of("EDITOR"), false);
        ApiClient c = client();
        var r = c.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("username").asString()).isEqualTo(user);
        assertThat(r.json().get("orgId").asLong()).isEqualTo(org);
        assertThat(r.json().get("orgName").asString()).isEqualTo("认证测试县人民政府");
        assertThat(r.json().get("roles").get(0).asString()).isEqualTo("EDITOR");
        assertThat(r.json().get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(c.get("/api/v1/auth/me").json().get("username").asString()).isEqualTo(user);
        // sessions live in the database (several instances can serve one user) with the policy's idle timeout
        Integer idle = jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                Integer.class, user);
        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void notLoggedInIs401Problem() {
        var r = client().get("/api/v1/auth/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("未登录");
    }

    @Test
    void wrongPasswordIs401AndTheFifthLocksTheAccountWith423() {
        String user = data.user("victim", org, List.of("EDITOR"), false);
        ApiClient c = client().from("10.17.0." + (1 + new java.util.Random().nextInt(250)));
        for (int i = 1; i <= 4; i++) {
            var r = c.post("/api/v1/auth/login", Map.of("username", user, "password", "wrong" + i));
            assertThat(r.status()).isEqualTo(401);
            // no count of the attempts left: an unknown username gets the same answer (LoginThrottleIT)
            assertThat(r.detail()).isEqualTo("用户名或密码错误");
        }
        var fifth = c.post("/api/v1/auth/login", Map.of("username", user, "password", "wrong5"));
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.detail()).contains("已锁定").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        // while locked even the right password is refused
        var right = c.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(right.status()).isEqualTo(423);

        // only the security administrator unlocks
        String sys = data.user("sys", null, List.of("SYS_ADMIN"), false);
        String sec = data.user("sec", null, List.of("SECURITY_ADMIN"), false);
        long id = data.userId(user);
        assertThat(client().login(sys, TestData.PASSWORD).post("/api/v1/users/" + id + "/unlock", null).status())
                .isEqualTo(403);
        assertThat(client().login(sec, TestData.PASSWORD).post("/api/v1/users/" + id + "/unlock", null).status())
                .isEqualTo(204);
        assertThat(c.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void unknownUserIs401WithTheSameMessage() {
        var r = client().post("/api/v1/auth/login", Map.of("username", data.prefix + "nobody", "password", "x"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.detail()).isEqualTo("用户名或密码错误");
    }

    @Test
    void disabledAccountCannotLogInAndLosesItsOpenSession() {
        String user = data.user("leaver", org, List.of("EDITOR"), false);
        ApiClient session = client().login(user, TestData.PASSWORD);
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", user);
        assertThat(session.get("/api/v1/auth/me").status()).isEqualTo(401);
        var r = client().post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.detail()).contains("停用");
    }

    @Test
    void aForcedChangeBlocksEverythingButThePasswordChange() {
        String user = data.user("newbie", org, List.of("EDITOR"), true);
        ApiClient c = client();
        var login = c.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
        var blocked = c.get("/api/v1/orgs");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("type").asString()).endsWith("/password-change-required");

        var weak = c.post("/api/v1/auth/password", Map.of("oldPassword", TestData.PASSWORD, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.detail()).contains("不能少于8位");
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

        var wrongOld = c.post("/api/v1/auth/password", Map.of("oldPassword", "nope", "newPassword", "Better#Pass99"));
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.detail()).contains("原密码不正确");

        var ok = c.post("/api/v1/auth/password", Map.of("oldPassword", TestData.PASSWORD, "newPassword", "Better#Pass99"));
        assertThat(ok.status()).isEqualTo(204);
        assertThat(c.get("/api/v1/auth/me").json().get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(c.get("/api/v1/orgs").status()).isEqualTo(200);
        // the old password is gone
        assertThat(client().post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD)).status())
                .isEqualTo(401);
    }

    @Test
    void anExpiredPasswordMustBeChanged() {
        String user = data.user("stale", org, List.of("EDITOR"), false);
        jdbc.update("UPDATE user_account SET password_changed_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 91 DAY) "
                + "WHERE username = ?", user);
        var login = client().post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
    }

    @Test
    void logoutEndsTheSession() {
        String user = data.user("bye", org, List.of("EDITOR"), false);
        ApiClient c = client().login(user, TestData.PASSWORD);
        assertThat(c.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertThat(c.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void loginChangesTheSessionId() {
        String user = data.user("fixation", org, List.of("EDITOR"), false);
        ApiClient c = client();
        c.csrfToken();
        c.get("/api/v1/public/orgs");
        c.post("/api/v1/auth/login", Map.of("username", user, "password", "wrong"));
        String before = c.cookie("SESSION");
        c.login(user, TestData.PASSWORD);
        assertThat(c.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void bootstrapCreatedTheThreeAdministratorsWhoMustChangeTheirPassword() {
        for (String admin : List.of("sysadmin", "secadmin", "auditadmin")) {
            var r = client().post("/api/v1/auth/login",
                    Map.of("username", admin, "password", FullStackTest.BOOTSTRAP_PASSWORD));
            assertThat(r.status()).as(admin).isEqualTo(200);
            assertThat(r.json().get("passwordChangeRequired").asBoolean()).as(admin).isTrue();
            assertThat(r.json().get("roles")).hasSize(1);
        }
    }

    @Test
    void securityPolicyIsReadableByUsersAndSetOnlyByTheSecurityAdministrator() {
        String editor = data.user("reader", org, List.of("EDITOR"), false);
        String sys = data.user("psys", null, List.of("SYS_ADMIN"), false);
        String sec = data.user("psec", null, List.of("SECURITY_ADMIN"), false);
        var policy = client().login(editor, TestData.PASSWORD).get("/api/v1/security-policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json().get("minLength").asInt()).isEqualTo(8);
        Map<String, Object> same = Map.of("minLength", 8, "minCharClasses", 3, "expiryDays", 90,
                "maxFailedAttempts", 5, "lockMinutes", 30, "idleTimeoutMinutes", 30);
        assertThat(client().login(sys, TestData.PASSWORD).put("/api/v1/security-policy", same).status()).isEqualTo(403);
        ApiClient secClient = client().login(sec, TestData.PASSWORD);
        var weakened = secClient.put("/api/v1/security-policy", Map.of("minLength", 4, "minCharClasses", 1,
                "expiryDays", 90, "maxFailedAttempts", 5, "lockMinutes", 30, "idleTimeoutMinutes", 30));
        assertThat(weakened.status()).isEqualTo(400);
        assertThat(weakened.json().get("errors")).hasSize(2);
        assertThat(secClient.put("/api/v1/security-policy", same).status()).isEqualTo(200);
    }
}
