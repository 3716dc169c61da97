package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.embedded.EmbeddedElasticsearch;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The outbox under failure: with the (shared) Elasticsearch node stopped, editing, publishing and archiving still
 * work and the public search answers 503 problem+json; once the node is back on the same port, the outbox retry
 * brings the index to exactly what the database publishes — no update lost, nothing archived left behind. The
 * node is always started again (in a finally block inside {@link EmbeddedElasticsearch#restart}), so the rest of
 * the suite is unaffected.
 */
@FullStackTest
class SearchOutboxIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EmbeddedElasticsearch elasticsearch;

    @Test
    void whileElasticsearchIsDownWritesSucceedSearchAnswers503AndAfterItReturnsTheIndexCatchesUp() throws Exception {
        TestData data = new TestData(jdbc, encoder);
        long org = data.org("o", "停机测试局", null);
        ApiClient editor = new ApiClient(port).login(data.user("ed", org, List.of("EDITOR"), false), TestData.PASSWORD);
        ApiClient reviewer = new ApiClient(port).login(data.user("rv", org, List.of("REVIEWER"), false), TestData.PASSWORD);
        ApiClient admin = new ApiClient(port).login(data.user("adm", org, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        ApiClient anonymous = new ApiClient(port);
        ItemSteps power = new ItemSteps("power-items", editor, reviewer);

        JsonNode edited = power.createAndPublish(power(data, org, "a", "钴蓝鹤甲", "旧版钴蓝鹤文本"));
        JsonNode archived = power.createAndPublish(power(data, org, "b", "钴蓝鹤乙", "将被归档"));
        await().atMost(Duration.ofSeconds(30)).until(() -> total(anonymous, org, "钴蓝鹤") == 2);

        List<JsonNode> publishedWhileDown = new ArrayList<>();
        elasticsearch.restart(() -> {
            var down = anonymous.get("/api/v1/public/search?q=" + enc("钴蓝鹤") + "&orgId=" + org);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.isProblem()).isTrue();
            assertThat(down.detail()).contains("搜索服务暂时不可用");
            assertThat(anonymous.get("/api/v1/public/suggest?q=" + enc("钴蓝")).status()).isEqualTo(503);

            publishedWhileDown.add(power.createAndPublish(power(data, org, "c", "钴蓝鹤丙", "停机期间发布")));
            publishedWhileDown.add(power.createAndPublish(power(data, org, "d", "钴蓝鹤丁", "停机期间发布")));
            power.archive(editor.get("/api/v1/power-items/" + archived.get("id").asLong()).json());
            Map<String, Object> edit = power(data, org, "a", "钴蓝鹤甲", "新版赤陶雀文本");
            edit.put("version", edited.get("version").asInt());
            edit.put("changeReason", "内容更新");
            var draft = editor.put("/api/v1/power-items/" + edited.get("id").asLong(), edit);
            assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
            power.publish(draft.json());

            assertThat(anonymous.get("/api/v1/public/power-items/" + publishedWhileDown.get(0).get("id").asLong())
                    .status()).as("the public item pages do not need the search engine").isEqualTo(200);
            var status = admin.get("/api/v1/admin/search/status");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.json().get("available").asBoolean()).isFalse();
            assertThat(status.json().get("lastError").get("message").asString()).isNotBlank();
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    admin.get("/api/v1/admin/search/status").json().get("pendingEvents").asLong() >= 4);
        });

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                indexed(anonymous, org).equals(published(org)));
        assertThat(total(anonymous, org, "赤陶雀")).as("the revision approved while down replaced the old text")
                .isEqualTo(1);
        assertThat(total(anonymous, org, "旧版")).isZero();
        assertThat(indexed(anonymous, org)).doesNotContainKey(archived.get("id").asLong())
                .containsKeys(publishedWhileDown.get(0).get("id").asLong(), publishedWhileDown.get(1).get("id").asLong());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                admin.get("/api/v1/admin/search/status").json().get("pendingEvents").asLong() == 0);
    }

    /** item id → title of what the database publishes for the org */
    Map<Long, String> published(long org) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.query("SELECT i.id, r.name FROM item i JOIN item_revision r ON r.item_id = i.id AND r.revision = i.revision "
                + "WHERE i.org_id = ? AND i.archived_at IS NULL", rs -> {
                    ids.put(rs.getLong(1), rs.getString(2));
                }, org);
        return ids;
    }

    /** item id → title of what the index holds for the org */
    static Map<Long, String> indexed(ApiClient client, long org) {
        Map<Long, String> ids = new HashMap<>();
        var r = client.get("/api/v1/public/search?size=200&orgId=" + org);
        if (r.status() == 200) {
            r.json().get("items").forEach(i -> ids.put(i.get("id").asLong(), i.get("title").asString()));
        }
        return ids;
    }

    static long total(ApiClient client, long org, String q) {
        var r = client.get("/api/v1/public/search?q=" + enc(q) + "&orgId=" + org);
        return r.status() == 200 ? r.json().get("total").asLong() : -1;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, Object> power(TestData data, long orgId, String code, String name, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("category", "OTHER");
        body.put("legalBasis", List.of(Map.of("title", "《某某条例》", "article", "第一条")));
        body.put("responsibilities", List.of(text));
        return body;
    }
}
