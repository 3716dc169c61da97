package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/**
 * BCrypt reads at most 72 bytes of a password; the policy counts characters (up to 128), and a Chinese character
 * is 3 bytes in UTF-8. A longer password is refused where it is set, and is simply wrong where it is checked.
 */
@FullStackTest
class PasswordBytesIT {

    /** 31 Chinese characters and four ASCII ones: 35 characters, 97 bytes */
    static final String LONG = "政务公开事项目录与负面清单管理系统的密码可以很长很长很长很长很长" + "Aa1!";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long org;
    ApiClient sys;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "密码长度县", null);
        sys = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        assertThat(LONG.length()).isLessThan(128);
        assertThat(LONG.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
    }

    static void assertRefused(ApiClient.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("72");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void anAdministratorCannotSetAPasswordOver72Bytes() {
        var create = sys.post("/api/v1/users", Map.of("username", data.prefix + "long", "displayName", "长密码",
                "orgId", org, "initialPassword", LONG));
        assertRefused(create, "initialPassword");

        long id = data.userId(data.user("reset", org, List.of("EDITOR"), false));
        assertRefused(sys.post("/api/v1/users/" + id + "/reset-password", Map.of("newPassword", LONG)), "newPassword");
    }

    @Test
    void aUserCannotChangeToAPasswordOver72BytesAndALongOldPasswordIsJustWrong() {
        String user = data.user("self", org, List.of("EDITOR"), false);
        ApiClient c = new ApiClient(port).login(user, TestData.PASSWORD);
        assertRefused(c.post("/api/v1/auth/password", Map.of("oldPassword", TestData.PASSWORD, "newPassword", LONG)),
                "newPassword");
        var wrongOld = c.post("/api/v1/auth/password", Map.of("oldPassword", LONG, "newPassword", "Better#Pass99"));
        assertThat(wrongOld.status()).as(wrongOld.toString()).isEqualTo(400);
        assertThat(wrongOld.detail()).isEqualTo("原密码不正确");
    }

    @Test
    void loggingInWithAPasswordOver72BytesIsAPlainFailure() {
        String user = data.user("login", org, List.of("EDITOR"), false);
        for (String name : List.of(user, data.prefix + "nobody")) {
            var r = new ApiClient(port).post("/api/v1/auth/login", Map.of("username", name, "password", LONG));
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.detail()).startsWith("用户名或密码错误");
        }
        new ApiClient(port).login(user, TestData.PASSWORD);
    }
}
