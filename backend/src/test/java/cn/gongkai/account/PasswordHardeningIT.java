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
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue #17 findings 7 and 10: the password-change gate, sessions, password history and rules, CSRF, cookies. */
@FullStackTest
class PasswordHardeningIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ConfigurableEnvironment environment;

    TestData data;
    long org;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "密码测试县人民政府", null);
    }

    ApiClient client() {
        return new ApiClient(port).from(LoginThrottleIT.source());
    }

    static Map<String, String> change(String oldPassword, String newPassword) {
        return Map.of("oldPassword", oldPassword, "newPassword", newPassword);
    }

    @Test
    void anAccountThatMustChangeItsPasswordCanOnlyReadMeChangeItAndLogOut() {
        String sec = data.user("newsec", null, List.of("SECURITY_ADMIN"), true);
        ApiClient c = client().login(sec, TestData.PASSWORD);
        var policy = c.put("/api/v1/security-policy", Map.of("minLength", 8, "minCharClasses", 3, "expiryDays", 90,
                "maxFailedAttempts", 10, "lockMinutes", 1, "idleTimeoutMinutes", 30));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(403);
        assertThat(policy.isProblem()).isTrue();
        assertThat(policy.json().get("type").asString()).endsWith("/password-change-required");
        assertThat(jdbc.queryForObject("SELECT max_failed_attempts FROM security_policy", Integer.class)).isEqualTo(5);
        assertThat(c.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(c.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(c.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        String user = data.user("twice", org, List.of("EDITOR"), false);
        ApiClient here = client().login(user, TestData.PASSWORD);
        ApiClient there = client().login(user, TestData.PASSWORD);
        assertThat(there.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(here.post("/api/v1/auth/password", change(TestData.PASSWORD, "Fresh#Pass2026")).status())
                .isEqualTo(204);
        assertThat(here.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(there.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void theLastFivePasswordsMayNotBeReused() {
        String user = data.user("history", org, List.of("EDITOR"), false);
        ApiClient c = client().login(user, TestData.PASSWORD);
        assertThat(c.post("/api/v1/auth/password", change(TestData.PASSWORD, "Second#Pass2026")).status()).isEqualTo(204);
        assertThat(c.post("/api/v1/auth/password", change("Second#Pass2026", "Third#Pass2026")).status()).isEqualTo(204);
        var back = c.post("/api/v1/auth/password", change("Third#Pass2026", TestData.PASSWORD));
        assertThat(back.status()).as(back.toString()).isEqualTo(400);
        assertThat(back.detail()).contains("最近 5 次");
        assertThat(back.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        String current = "Third#Pass2026";
        for (String next : List.of("Fourth#Pass2026", "Fifth#Pass2026", "Sixth#Pass2026", "Seventh#Pass2026")) {
            assertThat(c.post("/api/v1/auth/password", change(current, next)).status()).isEqualTo(204);
            current = next;
        }
        // the current and the four before it are "Fourth" to "Seventh" and "Third": the first may come back
        assertThat(c.post("/api/v1/auth/password", change(current, TestData.PASSWORD)).status()).isEqualTo(204);
    }

    @Test
    void wrongOldPasswordsAreCountedLikeLoginFailures() {
        String user = data.user("guessold", org, List.of("EDITOR"), false);
        ApiClient c = client().login(user, TestData.PASSWORD);
        for (int i = 1; i < 5; i++) {
            var r = c.post("/api/v1/auth/password", change("guess" + i, "Another#Pass2026"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.detail()).contains("原密码不正确");
        }
        var fifth = c.post("/api/v1/auth/password", change("guess5", "Another#Pass2026"));
        assertThat(fifth.status()).as(fifth.toString()).isEqualTo(423);
        assertThat(c.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(c.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD)).status())
                .isEqualTo(423);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        String user = data.user("common", org, List.of("EDITOR"), false);
        ApiClient c = client().login(user, TestData.PASSWORD);
        for (String common : List.of("Password1", "pASSWORD1", "P@ssw0rd", "Qwerty123")) {
            var r = c.post("/api/v1/auth/password", change(TestData.PASSWORD, common));
            assertThat(r.status()).as(common + " " + r).isEqualTo(400);
            assertThat(r.detail()).as(common).contains("常见密码");
        }
        ApiClient sys = client().login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        long id = data.userId(user);
        assertThat(sys.post("/api/v1/users/" + id + "/reset-password", Map.of("newPassword", "Password1")).status())
                .isEqualTo(400);
    }

    @Test
    void theCsrfTokenIsTakenFromTheHeaderOnlyAndRotatedAtLogin() {
        String user = data.user("csrf", org, List.of("EDITOR"), false);
        ApiClient query = client().withoutCsrf();
        String token = query.get("/api/v1/auth/csrf").json().get("token").asString();
        var r = query.post("/api/v1/auth/login?_csrf=" + token, Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(403);

        ApiClient c = client();
        String before = c.csrfToken();
        c.login(user, TestData.PASSWORD);
        String after = c.cookie("XSRF-TOKEN");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(c.get("/api/v1/auth/csrf").json().get("token").asString()).isEqualTo(after);
        var stale = c.withoutCsrf().header("X-XSRF-TOKEN", before).post("/api/v1/auth/logout", null);
        assertThat(stale.status()).isEqualTo(403);
    }

    @Test
    void cookiesAreSameSiteAndSecureBehindHttps() {
        String user = data.user("cookie", org, List.of("EDITOR"), false);
        ApiClient plain = client();
        var csrf = plain.get("/api/v1/auth/csrf");
        assertThat(csrf.header("Set-Cookie")).anyMatch(h -> h.startsWith("XSRF-TOKEN=") && h.contains("SameSite=Lax"));
        var login = plain.post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(login.header("Set-Cookie")).anyMatch(h -> h.startsWith("SESSION=") && h.contains("SameSite=Lax")
                && h.contains("HttpOnly"));

        ApiClient https = client().header("X-Forwarded-Proto", "https");
        var secureCsrf = https.get("/api/v1/auth/csrf");
        assertThat(secureCsrf.header("Set-Cookie")).anyMatch(h -> h.startsWith("XSRF-TOKEN=") && h.contains("Secure"));
        // a Secure cookie is not sent back over the test's plain HTTP: send it by hand, as the browser would over HTTPS
        String token = secureCsrf.json().get("token").asString();
        var secureLogin = https.withoutCsrf().header("X-XSRF-TOKEN", token).header("Cookie", "XSRF-TOKEN=" + token)
                .post("/api/v1/auth/login", Map.of("username", user, "password", TestData.PASSWORD));
        assertThat(secureLogin.status()).as(secureLogin.toString()).isEqualTo(200);
        assertThat(secureLogin.header("Set-Cookie")).anyMatch(h -> h.startsWith("SESSION=") && h.contains("Secure"));
    }

    @Test
    void apiDocsNeedALoginUnlessPublic() {
        assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(200);
        environment.getPropertySources().addFirst(new MapPropertySource("apiDocsTest",
                Map.of("gongkai.api-docs.public", "false")));
        try {
            assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
            assertThat(new ApiClient(port).page("/swagger-ui/index.html").status()).isEqualTo(401);
            ApiClient c = client().login(data.user("docs", org, List.of("EDITOR"), false), TestData.PASSWORD);
            assertThat(c.get("/v3/api-docs").status()).isEqualTo(200);
        } finally {
            environment.getPropertySources().remove("apiDocsTest");
        }
    }
}
