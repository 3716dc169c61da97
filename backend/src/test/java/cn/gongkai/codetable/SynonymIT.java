package cn.gongkai.codetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The 同义词 code table: seeded pairs with their sources, the system administrator's add, edit and delete (audited,
 * checked), everyone else reads; an edit changes the public search at once, without a reindex.
 */
@FullStackTest
class SynonymIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theSeedHoldsAtLeastFiftyPairsEachWithItsSource() {
        TestData data = new TestData(jdbc, encoder);
        long org = data.org("org", "同义词读者县", null);
        ApiClient editor = new ApiClient(port).login(data.user("ed", org, List.of("EDITOR"), false), TestData.PASSWORD);
        JsonNode list = editor.get("/api/v1/code-tables/synonyms").json();
        assertThat(list.size()).isGreaterThanOrEqualTo(50);
        boolean dibao = false;
        for (JsonNode s : list) {
            assertThat(s.get("source").asString()).isNotBlank();
            dibao |= s.get("term").asString().equals("低保") && s.get("synonym").asString().equals("最低生活保障");
        }
        assertThat(dibao).isTrue();
        assertThat(new ApiClient(port).get("/api/v1/code-tables/synonyms").status()).isEqualTo(401);
        var refused = editor.post("/api/v1/code-tables/synonyms", pair("甲", "乙"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anAddedPairFindsItsOtherSideAtOnceAndADeletedOneNoLonger() {
        TestData data = new TestData(jdbc, encoder);
        long county = data.org("gov", "同义词县", null);
        ApiClient admin = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false),
                TestData.PASSWORD);
        ApiClient editor = new ApiClient(port).login(
                data.user("ed", county, List.of("EDITOR"), false, "SUBTREE", List.of()), TestData.PASSWORD);
        ApiClient reviewer = new ApiClient(port).login(
                data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()), TestData.PASSWORD);
        ItemSteps power = new ItemSteps("power-items", editor, reviewer);
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", county);
        body.put("code", data.prefix + "syn");
        body.put("name", "孔雀石专项补助发放");
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of("受理"));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        power.createAndPublish(body);
        ApiClient anonymous = new ApiClient(port);
        String search = "/api/v1/public/search?orgId=" + county + "&q=" + URLEncoder.encode("孔补", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> anonymous.get("/api/v1/public/search?orgId=" + county)
                .json().get("total").asLong() == 1);
        assertThat(anonymous.get(search).json().get("total").asLong()).isZero();

        var created = admin.post("/api/v1/code-tables/synonyms", pair("孔补", "孔雀石专项补助"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        try {
            JsonNode r = anonymous.get(search).json();
            assertThat(r.get("total").asLong()).isEqualTo(1);
            assertThat(r.get("synonyms").get(0).asString()).isEqualTo("孔雀石专项补助");
            assertThat(r.get("items").get(0).get("highlights").get("title").get(0).asString())
                    .isEqualTo("<em>孔雀石专项补助</em>发放");

            Map<String, Object> off = pair("孔补", "孔雀石专项补助");
            off.put("active", false);
            assertThat(admin.put("/api/v1/code-tables/synonyms/" + id, off).status()).isEqualTo(200);
            assertThat(anonymous.get(search).json().get("total").asLong()).isZero();
            off.put("active", true);
            off.put("id", id);
            assertThat(admin.put("/api/v1/code-tables/synonyms", off).status()).isEqualTo(200);
            assertThat(anonymous.get(search).json().get("total").asLong()).isEqualTo(1);

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action IN ('SYNONYM_CREATE', "
                    + "'SYNONYM_UPDATE') AND target_id = ?", Long.class, String.valueOf(id))).isEqualTo(3);
        } finally {
            assertThat(admin.delete("/api/v1/code-tables/synonyms/" + id).status()).isEqualTo(204);
        }
        assertThat(anonymous.get(search).json().get("total").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SYNONYM_DELETE' AND target_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(admin.delete("/api/v1/code-tables/synonyms/" + id).status()).isEqualTo(404);
    }

    @Test
    void badPairsAreRefusedWithAChineseReason() {
        TestData data = new TestData(jdbc, encoder);
        ApiClient admin = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false),
                TestData.PASSWORD);
        for (Map<String, Object> bad : List.of(pair("低保 对象", "最低生活保障对象"), pair("低保、", "最低生活保障"),
                pair("低保", "低保"), pair("ＡＢ", "ab"), pair("", "甲"), pair("甲", "乙".repeat(51)))) {
            var r = admin.post("/api/v1/code-tables/synonyms", bad);
            assertThat(r.status()).as(bad.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.detail()).as(bad.toString()).isNotBlank();
        }
        Map<String, Object> noSource = pair("甲乙", "丙丁");
        noSource.remove("source");
        assertThat(admin.post("/api/v1/code-tables/synonyms", noSource).status()).isEqualTo(400);
        var reversed = admin.post("/api/v1/code-tables/synonyms", pair("最低生活保障", "低保"));
        assertThat(reversed.status()).isEqualTo(409);
        assertThat(reversed.detail()).contains("已有");
        assertThat(admin.put("/api/v1/code-tables/synonyms/999999999", pair("甲乙", "丙丁")).status()).isEqualTo(404);
    }

    static Map<String, Object> pair(String term, String synonym) {
        Map<String, Object> m = new HashMap<>();
        m.put("term", term);
        m.put("synonym", synonym);
        m.put("source", "测试来源");
        return m;
    }
}
