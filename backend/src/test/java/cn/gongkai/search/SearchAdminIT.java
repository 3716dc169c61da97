package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import cn.gongkai.item.ItemKind;
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
 * docs/API.md "Operations": the system administrator sees DB and index counts per kind and rebuilds the index into a
 * new versioned index behind the alias; the reconciliation removes a document of an item the public does not see.
 */
@FullStackTest
class SearchAdminIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SearchReconciler reconciler;
    @Autowired
    SearchIndex index;

    @Test
    void onlyTheSystemAdministratorSeesTheStatusAndRebuildsTheIndexBehindTheAlias() {
        TestData data = new TestData(jdbc, encoder);
        long org = data.org("o", "索引管理测试局", null);
        ApiClient admin = login(data.user("adm", org, List.of("SYS_ADMIN"), false));
        ApiClient editor = login(data.user("ed", org, List.of("EDITOR"), false));
        ApiClient reviewer = login(data.user("rv", org, List.of("REVIEWER"), false));
        ApiClient anonymous = new ApiClient(port);
        JsonNode item = new ItemSteps("power-items", editor, reviewer)
                .createAndPublish(SearchOutboxIT.power(data, org, "a", "铂金鹭许可", "铂金鹭"));

        assertThat(anonymous.get("/api/v1/admin/search/status").status()).isEqualTo(401);
        assertThat(editor.get("/api/v1/admin/search/status").status()).isEqualTo(403);
        assertThat(editor.post("/api/v1/admin/search/reindex", null).status()).isEqualTo(403);

        await().atMost(Duration.ofSeconds(30)).until(() -> SearchOutboxIT.total(anonymous, org, "铂金鹭") == 1);
        JsonNode before = admin.get("/api/v1/admin/search/status").json();
        assertThat(before.get("available").asBoolean()).isTrue();
        assertThat(before.get("alias").asString()).isEqualTo("gongkai-items");
        assertThat(before.get("kinds").size()).isEqualTo(4);
        assertThat(before.get("kinds").get(0).get("kind").asString()).isEqualTo("POWER");
        assertThat(before.get("kinds").get(0).get("database").asLong()).isPositive();

        var started = admin.post("/api/v1/admin/search/reindex", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long jobId = started.json().get("jobId").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> !admin.get("/api/v1/admin/search/reindex/" + jobId).json()
                .get("status").asString().equals("RUNNING"));
        JsonNode job = admin.get("/api/v1/admin/search/reindex/" + jobId).json();
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("processed").asLong()).isEqualTo(job.get("total").asLong()).isPositive();
        assertThat(job.get("indexName").asString()).startsWith("gongkai-items-v");

        JsonNode after = admin.get("/api/v1/admin/search/status").json();
        assertThat(after.get("index").asString()).isEqualTo(job.get("indexName").asString())
                .isNotEqualTo(before.get("index").asString());
        after.get("kinds").forEach(k -> assertThat(k.get("index").asLong()).as(k.toString())
                .isEqualTo(k.get("database").asLong()));
        assertThat(after.get("lastReindex").get("id").asLong()).isEqualTo(jobId);
        assertThat(SearchOutboxIT.total(anonymous, org, "铂金鹭")).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/search/reindex/999999999").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SEARCH_REINDEX'", Long.class))
                .isPositive();

        long ghost = 2_000_000_000L + System.nanoTime() % 1_000_000;
        index.upsert(new SearchDocument(ghost, ItemKind.POWER, 1, "ghost", "铂金鹭幽灵", "不存在的事项", org,
                List.of(org), "OTHER", null, java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> SearchOutboxIT.total(anonymous, org, "铂金鹭") == 2);
        assertThat(reconciler.reconcile().removed()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> SearchOutboxIT.total(anonymous, org, "铂金鹭") == 1);
        assertThat(SearchOutboxIT.indexed(anonymous, org)).containsOnlyKeys(item.get("id").asLong());

        // an item published straight into the database (no outbox event) is written to the index
        long loaded = new ItemSteps("power-items", editor, reviewer)
                .create(SearchOutboxIT.power(data, org, "b", "铂金鹭直接载入", "铂金鹭")).get("id").asLong();
        jdbc.update("INSERT INTO item_revision (item_id, revision, code, name, content, category, domain_code, part,"
                + " parent_id, published_at, published_by) SELECT id, 1, code, name, content, category, domain_code,"
                + " part, parent_id, NOW(3), 'loader' FROM item WHERE id = ?", loaded);
        jdbc.update("UPDATE item SET status = 'PUBLISHED', revision = 1, published_at = NOW(3) WHERE id = ?", loaded);
        assertThat(reconciler.reconcile().written()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> SearchOutboxIT.total(anonymous, org, "铂金鹭") == 2);
        // an index write that meets a newer version (here: the archiving of revision 1) is no failure
        index.delete(ItemKind.POWER, loaded, 1);
        assertThatCode(() -> index.upsert(new SearchDocument(loaded, ItemKind.POWER, 1, "b", "铂金鹭直接载入", "", org,
                List.of(org), null, null, java.time.Instant.now()))).doesNotThrowAnyException();
    }

    ApiClient login(String username) {
        return new ApiClient(port).login(username, TestData.PASSWORD);
    }
}
