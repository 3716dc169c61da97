package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What any client sees of the HTTP surface: health, OpenAPI, problems for bad requests, the SPA. */
@FullStackTest
class WebIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void healthReportsTheDatabaseAndElasticsearch() {
        var r = new ApiClient(port).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
        assertThat(r.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(r.json().get("components").get("elasticsearch").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessAreHealthGroupsForTheOrchestrator() {
        var api = new ApiClient(port);
        var liveness = api.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
        var readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().get("components").has("db")).isTrue();
        assertThat(readiness.json().get("components").has("elasticsearch")).isFalse();
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        var docs = new ApiClient(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/orgs")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/auth/login")).isTrue();
        assertThat(new ApiClient(port).page("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(new ApiClient(port).page("/swagger-ui.html").status()).as("docs/API.md's Swagger UI path").isIn(200, 302);
    }

    @Test
    void badRequestsAreChineseProblemsNever500() {
        TestData data = new TestData(jdbc, encoder);
        ApiClient sys = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        var malformed = sys.post("/api/v1/orgs", "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.detail()).contains("JSON");
        assertThat(malformed.json().get("instance").asString()).isEqualTo("/api/v1/orgs");

        var wrongType = sys.post("/api/v1/orgs", "{\"code\":\"x\",\"name\":\"n\",\"type\":\"GOVERNMENT\",\"level\":\"四\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.detail()).contains("level");

        var badPathVar = sys.get("/api/v1/orgs/abc");
        assertThat(badPathVar.status()).isEqualTo(400);
        assertThat(badPathVar.isProblem()).isTrue();

        var unknownApi = sys.get("/api/v1/no-such-thing");
        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.isProblem()).isTrue();
        assertThat(unknownApi.detail()).isEqualTo("请求的资源不存在");

        var wrongMethod = sys.send("PATCH", "/api/v1/orgs", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.isProblem()).isTrue();

        var notJson = sys.send("POST", "/api/v1/auth/password", null);
        assertThat(notJson.status()).isBetween(400, 415);
    }

    @Test
    void theSinglePageAppIsServedForItsRoutes() {
        for (String path : List.of("/", "/login", "/console/orgs", "/search?q=x")) {
            var r = new ApiClient(port).page(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.contentType()).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<div id=\"app\"");
        }
    }
}
