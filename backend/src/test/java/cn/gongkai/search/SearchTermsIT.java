package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.Clocks;
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
 * 公众检索热词 and 无结果检索词: public searches counted per day without anything about the searcher, personal numbers
 * never stored, today's counts visible at once to the supervisors of the search's org filter (and of searches
 * without one), with an export; old days pruned.
 */
@FullStackTest
class SearchTermsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SearchTermCounter counter;

    @Test
    void supervisorsReadWhatThePublicSearchedAndDidNotFind() {
        TestData data = new TestData(jdbc, encoder);
        long county = data.org("gov", "热词县人民政府", null);
        long dept = data.org("mzj", "热词县民政局", county);
        long other = data.org("other", "别的县人民政府", null);
        ApiClient editor = login(data.user("ed", county, List.of("EDITOR"), false, "SUBTREE", List.of()));
        ApiClient reviewer = login(data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()));
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + "t1");
        body.put("name", "孔雀蓝社区服务");
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of("受理"));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        new ItemSteps("power-items", editor, reviewer).createAndPublish(body);
        ApiClient anonymous = new ApiClient(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> anonymous.get("/api/v1/public/search?orgId=" + county)
                .json().get("total").asLong() == 1);

        String found = data.prefix + "孔雀蓝";
        String missing = data.prefix + "无此事项";
        for (int i = 0; i < 3; i++) {
            search(anonymous, found, dept);
        }
        search(anonymous, found + "，", county); // the same terms
        search(anonymous, missing, county);
        search(anonymous, missing, null);
        search(anonymous, data.prefix + "别处", other);
        search(anonymous, data.prefix + " 身份证 110101199003071234", county);
        search(anonymous, data.prefix + " 电话13812345678", null);
        search(anonymous, data.prefix + " 身份证 11010119900307123X", null);

        ApiClient supervisor = login(data.user("sv", county, List.of("SUPERVISOR"), false));
        JsonNode top = supervisor.get("/api/v1/supervision/search-terms?type=TOP").json();
        assertThat(count(top, SearchTextOf(found))).isEqualTo(4);
        assertThat(count(top, SearchTextOf(missing))).isEqualTo(2);
        assertThat(count(top, SearchTextOf(data.prefix + "别处"))).as("another county's filter").isZero();
        assertThat(top.get(0).get("lastSeenAt").asString()).endsWith("Z");
        JsonNode zero = supervisor.get("/api/v1/supervision/search-terms?type=ZERO&orgId=" + county).json();
        assertThat(count(zero, SearchTextOf(missing))).isEqualTo(2);
        assertThat(count(zero, SearchTextOf(found))).isZero();
        JsonNode dep = supervisor.get("/api/v1/supervision/search-terms?orgId=" + dept).json();
        assertThat(count(dep, SearchTextOf(found))).isEqualTo(3);
        assertThat(count(dep, SearchTextOf(missing))).as("the search without an org filter").isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term_day WHERE term LIKE CONCAT(?, '%')",
                Long.class, data.prefix)).as("one row per day, org filter and terms").isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term_day WHERE term LIKE '%1381234%' "
                + "OR term LIKE '%11010119900307123%'", Long.class)).isZero();

        var export = supervisor.download("/api/v1/supervision/search-terms/export?orgId=" + county);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(export.body().length).isGreaterThan(1000);

        for (String bad : List.of("type=SOME", "from=2026-13-01", "from=2026-02-01&to=2026-01-01", "from=2000-01-01")) {
            var r = supervisor.get("/api/v1/supervision/search-terms?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.detail()).as(bad).isNotBlank();
        }
        assertThat(supervisor.get("/api/v1/supervision/search-terms?orgId=" + other).status()).isEqualTo(404);
        assertThat(editor.get("/api/v1/supervision/search-terms").status()).isEqualTo(403);
    }

    @Test
    void daysOlderThan400ArePruned() {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        jdbc.update("INSERT INTO search_term_day VALUES (?, 0, '旧检索词甲', 1, 0, UTC_TIMESTAMP(3))",
                Date.valueOf(today.minusDays(401)));
        jdbc.update("INSERT INTO search_term_day VALUES (?, 0, '旧检索词乙', 1, 0, UTC_TIMESTAMP(3))",
                Date.valueOf(today.minusDays(399)));
        counter.prune();
        assertThat(jdbc.queryForList("SELECT term FROM search_term_day WHERE term LIKE '旧检索词%'", String.class))
                .containsExactly("旧检索词乙");
        jdbc.update("DELETE FROM search_term_day WHERE term LIKE '旧检索词%'");
    }

    static String SearchTextOf(String q) {
        return String.join(" ", cn.gongkai.common.SearchText.terms(q));
    }

    static long count(JsonNode rows, String term) {
        for (JsonNode r : rows) {
            if (r.get("term").asString().equals(term)) {
                return r.get("count").asLong();
            }
        }
        return 0;
    }

    void search(ApiClient client, String q, Long orgId) {
        var r = client.get("/api/v1/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (orgId == null ? "" : "&orgId=" + orgId));
        assertThat(r.status()).isEqualTo(200);
    }

    ApiClient login(String username) {
        return new ApiClient(port).login(username, TestData.PASSWORD);
    }
}
