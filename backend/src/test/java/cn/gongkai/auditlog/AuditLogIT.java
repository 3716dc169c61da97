package cn.gongkai.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.Clocks;
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
class AuditLogIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    String sysName;
    ApiClient sys;
    ApiClient auditor;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        sysName = data.user("sys", null, List.of("SYS_ADMIN"), false);
        sys = new ApiClient(port).login(sysName, TestData.PASSWORD);
        auditor = new ApiClient(port).login(data.user("audit", null, List.of("AUDIT_ADMIN"), false), TestData.PASSWORD);
    }

    JsonNode entries(String query) {
        var r = auditor.get("/api/v1/audit-log?size=200&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("items");
    }

    @Test
    void aWriteIsRecordedWithActorTargetIpOutcomeAndBeforeAfter() {
        var created = sys.post("/api/v1/orgs", Map.of("code", data.prefix + "gov", "name", "审计测试县", "type",
                "GOVERNMENT", "level", 4));
        long id = created.json().get("id").asLong();
        sys.put("/api/v1/orgs/" + id, Map.of("code", data.prefix + "gov", "name", "审计测试县（改名）", "type",
                "GOVERNMENT", "level", 4));

        JsonNode create = entries("actor=" + sysName + "&action=ORG_CREATE").get(0);
        assertThat(create.get("actionName").asString()).isEqualTo("新建机构");
        assertThat(create.get("targetType").asString()).isEqualTo("ORG");
        assertThat(create.get("targetId").asString()).isEqualTo(String.valueOf(id));
        assertThat(create.get("ip").asString()).isEqualTo(sys.source());
        assertThat(create.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(create.get("detail").get("after").get("name").asString()).isEqualTo("审计测试县");

        JsonNode update = entries("actor=" + sysName + "&action=ORG_UPDATE").get(0);
        assertThat(update.get("detail").get("before").get("name").asString()).isEqualTo("审计测试县");
        assertThat(update.get("detail").get("after").get("name").asString()).isEqualTo("审计测试县（改名）");
    }

    @Test
    void refusedAndFailedWritesAreRecordedToo() {
        ApiClient editor = new ApiClient(port).login(data.user("ed", data.org("o", "某局", null), List.of("EDITOR"), false),
                TestData.PASSWORD);
        editor.post("/api/v1/orgs", Map.of("code", data.prefix + "x", "name", "越权", "type", "GOVERNMENT", "level", 4));
        JsonNode denied = entries("actor=" + data.prefix + "ed&action=ORG_CREATE").get(0);
        assertThat(denied.get("outcome").asString()).isEqualTo("DENIED");
        assertThat(denied.get("detail").get("status").asInt()).isEqualTo(403);

        sys.post("/api/v1/orgs", Map.of("code", data.prefix + "dup", "name", "一", "type", "GOVERNMENT", "level", 4));
        sys.post("/api/v1/orgs", Map.of("code", data.prefix + "dup", "name", "二", "type", "GOVERNMENT", "level", 4));
        JsonNode failed = entries("actor=" + sysName + "&action=ORG_CREATE&outcome=FAILURE").get(0);
        assertThat(failed.get("detail").get("status").asInt()).isEqualTo(409);
        assertThat(failed.get("detail").get("error").asString()).contains("已存在");
    }

    @Test
    void loginsFailuresAndLogoutsAreRecorded() {
        String user = data.user("login", null, List.of("SYS_ADMIN"), false);
        ApiClient c = new ApiClient(port);
        c.post("/api/v1/auth/login", Map.of("username", user, "password", "wrong"));
        c.login(user, TestData.PASSWORD);
        c.post("/api/v1/auth/logout", null);

        JsonNode logins = entries("actor=" + user + "&action=LOGIN");
        assertThat(logins.findValuesAsString("outcome")).containsExactly("SUCCESS", "FAILURE");
        assertThat(logins.get(1).get("detail").get("reason").asString()).contains("密码错误");
        assertThat(entries("actor=" + user + "&action=LOGOUT")).hasSize(1);
        // an unknown username is recorded under the name that was tried
        new ApiClient(port).post("/api/v1/auth/login", Map.of("username", data.prefix + "ghost", "password", "x"));
        assertThat(entries("actor=" + data.prefix + "ghost").get(0).get("outcome").asString()).isEqualTo("FAILURE");
    }

    @Test
    void onlyTheAuditAdministratorReadsTheLogAndNobodyChangesIt() {
        assertThat(sys.get("/api/v1/audit-log").status()).isEqualTo(403);
        ApiClient sec = new ApiClient(port).login(data.user("sec", null, List.of("SECURITY_ADMIN"), false), TestData.PASSWORD);
        assertThat(sec.get("/api/v1/audit-log").status()).isEqualTo(403);
        assertThat(auditor.delete("/api/v1/audit-log").status()).isEqualTo(405);
        assertThat(auditor.put("/api/v1/audit-log", Map.of()).status()).isEqualTo(405);
        // reading the log of the other administrators' actions
        sec.put("/api/v1/security-policy", Map.of("minLength", 8, "minCharClasses", 3, "expiryDays", 90,
                "maxFailedAttempts", 5, "lockMinutes", 30, "idleTimeoutMinutes", 30));
        assertThat(entries("actor=" + data.prefix + "sec&action=SECURITY_POLICY_UPDATE")).hasSize(1);
    }

    @Test
    void filtersByDateAndPages() {
        String today = LocalDate.now(Clocks.ZONE).toString();
        var page = auditor.get("/api/v1/audit-log?from=" + today + "&to=" + today + "&page=1&size=2");
        assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.json().get("total").asLong()).isPositive();
        assertThat(page.json().get("page").asInt()).isEqualTo(1);
        assertThat(auditor.get("/api/v1/audit-log?from=2099-01-01").json().get("total").asLong()).isZero();
        assertThat(auditor.get("/api/v1/audit-log?from=2026-02-30").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit-log?from=2026-03-02&to=2026-03-01").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit-log/actions").json().findValuesAsString("code")).contains("LOGIN", "ORG_CREATE");
    }
}
