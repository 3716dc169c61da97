package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.common.SearchText;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The matching rule of the public search against its truth: an item is a hit exactly when every term of the query
 * (or one of its synonyms) is a substring of its normalised code, title or text — {@code LIKE '%term%'}. The items
 * are written so that the old "most of the characters somewhere" recall finds wrong ones (农药经营许可 in a
 * 食品经营许可 item, 个人…隐私 apart, a 文号's digits across punctuation); every query is checked for precision and
 * recall against the truth computed here from the very texts that were published.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchMatchingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    ApiClient anonymous;
    ApiClient editor;
    ItemSteps power;
    /** item id → the text the search must see: code, name and every text field */
    final Map<Long, String> texts = new LinkedHashMap<>();
    JsonNode wholeInTitle;
    JsonNode termsInTitle;
    JsonNode bodyOlder;
    JsonNode bodyNewer;
    JsonNode coded;

    @BeforeAll
    void publish() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "精确县人民政府", null);
        long dept = data.org("scj", "精确县市场监督管理局", county);
        editor = new ApiClient(port).login(data.user("ed", county, List.of("EDITOR"), false, "SUBTREE", List.of()),
                TestData.PASSWORD);
        ApiClient reviewer = new ApiClient(port).login(
                data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()), TestData.PASSWORD);
        anonymous = new ApiClient(port);
        power = new ItemSteps("power-items", editor, reviewer);

        publish(dept, "a1", "食品经营许可", "对农药残留超标的食品经营者进行查处");
        publish(dept, "a2", "农药经营许可证核发", "审查农药经营许可申请");
        publish(dept, "a3", "农、药经营许可登记", "本事项与农药无关：农、药之间有顿号");
        publish(dept, "b1", "最低生活保障审核信息", "涉及个人信息的，依法保护隐私");
        publish(dept, "b2", "信息公开申请办理", "涉及个人隐私的信息不予公开");
        publish(dept, "c1", "政务公开标准化", "依据国办发〔2019〕54号文件");
        publish(dept, "c2", "年度报告", "2019年度工作报告，ＸＫ－００１号");
        publish(dept, "d1", "低保对象认定", "最低生活保障对象的认定");
        publish(dept, "d2", "临时救助审批", "对最低生活保障边缘家庭实施救助");
        wholeInTitle = publish(dept, "e1", "琉璃瓦当修缮", "修缮");
        termsInTitle = publish(dept, "e2", "瓦当与琉璃的保护", "保护");
        bodyOlder = publish(dept, "e3", "古建筑保护甲", "琉璃与瓦当");
        bodyNewer = publish(dept, "e4", "古建筑保护乙", "瓦当、琉璃");
        coded = publish(dept, "rk1", "编码排序事项", "无关内容");
        publish(dept, "rk10", "编码排序事项二", "无关内容");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> search("").get("total").asLong() == texts.size());
    }

    JsonNode publish(long org, String code, String name, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", org);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of(text));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        JsonNode item = power.createAndPublish(body);
        texts.put(item.get("id").asLong(), String.join("\n", data.prefix + code, name, "《中华人民共和国行政许可法》",
                "第二十九条", text, "受理"));
        return item;
    }

    @Test
    void everyHitHoldsEveryTermAndNoItemHoldingThemIsMissed() {
        List<String> queries = List.of("农药经营许可", "个人隐私", "国办发〔2019〕54号", "019", "54号", "发2019", "许可", "可",
                "ＸＫ", "xk-001", "经营 许可", "农药　许可证", "行政许可法", "第二十九条", "隐私，个人", "2019年", "信息 公开 申请",
                "食品 农药", "琉璃 瓦当", "瓦当琉璃", data.prefix + "rk1", "RK1", "农药经营许可证核发申请");
        for (String q : queries) {
            List<String> terms = SearchText.terms(q);
            Set<Long> truth = new HashSet<>();
            texts.forEach((id, text) -> {
                if (terms.stream().allMatch(t -> SearchText.holds(text, t))) {
                    truth.add(id);
                }
            });
            JsonNode r = search("q=" + enc(q) + "&size=100");
            assertThat(new HashSet<>(ids(r))).as("hits of %s", q).isEqualTo(truth);
            assertThat(r.get("total").asLong()).as("total of %s", q).isEqualTo(truth.size());
            long facetSum = 0;
            for (JsonNode b : r.get("facets").get("kind")) {
                facetSum += b.get("count").asLong();
            }
            assertThat(facetSum).as("kind facet of %s", q).isEqualTo(truth.size());
        }
    }

    @Test
    void theCasesOfTheIssue() {
        assertThat(titles(search("q=" + enc("农药经营许可")))).containsExactly("农药经营许可证核发");
        assertThat(titles(search("q=" + enc("个人隐私")))).containsExactly("信息公开申请办理");
        assertThat(titles(search("q=" + enc("国办发〔2019〕54号")))).containsExactly("政务公开标准化");
        assertThat(titles(search("q=" + enc("发2019")))).isEmpty();
        assertThat(titles(search("q=" + enc("019")))).containsExactlyInAnyOrder("政务公开标准化", "年度报告");
    }

    @Test
    void aSynonymFindsTheFullFormAndSaysSo() {
        JsonNode r = search("q=" + enc("低保"));
        assertThat(titles(r)).containsExactlyInAnyOrder("最低生活保障审核信息", "低保对象认定", "临时救助审批");
        assertThat(r.get("synonyms").get(0).asString()).isEqualTo("最低生活保障");
        JsonNode relief = r.get("items").findValues("title").isEmpty() ? null : hitTitled(r, "临时救助审批");
        assertThat(relief.get("highlights").get("body").get(0).asString()).contains("<em>最低生活保障</em>");
        assertThat(hitTitled(r, "低保对象认定").get("highlights").get("title").get(0).asString())
                .isEqualTo("<em>低保</em>对象认定");
        assertThat(titles(search("q=" + enc("最低生活保障 认定")))).containsExactly("低保对象认定");
    }

    @Test
    void rankingIsCodeThenWholeQueryInTitleThenAllTermsInTitleThenBodyNewestFirst() {
        assertThat(ids(search("q=" + enc("琉璃 瓦当")))).containsExactly(wholeInTitle.get("id").asLong(),
                termsInTitle.get("id").asLong(), bodyNewer.get("id").asLong(), bodyOlder.get("id").asLong());
        assertThat(ids(search("q=" + enc(data.prefix + "rk1"))).get(0)).isEqualTo(coded.get("id").asLong());
        assertThat(ids(search("q=" + enc(data.prefix.toUpperCase() + "RK1"))).get(0)).isEqualTo(coded.get("id").asLong());
    }

    @Test
    void closestItemsOnlyWhenNothingMatchedAndNeverCounted() {
        JsonNode r = search("q=" + enc("琉璃瓦当屋脊"));
        assertThat(r.get("total").asLong()).isZero();
        assertThat(r.get("items").size()).isZero();
        assertThat(r.get("facets").get("kind").size()).isZero();
        List<Long> related = new ArrayList<>();
        r.get("related").forEach(i -> related.add(i.get("id").asLong()));
        assertThat(related).contains(wholeInTitle.get("id").asLong());
        assertThat(search("q=" + enc("琉璃瓦当")).get("related").size()).as("not offered when something matched").isZero();
    }

    @Test
    void theOldNameOfARenamedItemIsNotFoundOnceTheNewRevisionIsPublished() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", county);
        body.put("code", data.prefix + "ren");
        body.put("name", "蓝田玉旧称事项");
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of("受理"));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        JsonNode item = power.createAndPublish(body);
        awaitHits("蓝田玉旧称", 1);
        body.put("name", "紫檀新名事项");
        body.put("version", item.get("version").asInt());
        body.put("changeReason", "更名");
        var draft = editor.put("/api/v1/power-items/" + item.get("id").asLong(), body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        power.publish(draft.json());
        awaitHits("紫檀新名", 1);
        assertThat(search("q=" + enc("蓝田玉旧称")).get("total").asLong()).isZero();
        assertThat(search("q=" + enc("蓝田玉")).get("total").asLong()).isZero();
    }

    @Test
    void oneCharacterAndVeryLongQueriesWork() {
        assertThat(search("q=" + enc("琉")).get("total").asLong()).isEqualTo(4);
        var longQuery = anonymous.get("/api/v1/public/search?orgId=" + county + "&q=" + enc("琉璃".repeat(1000)));
        assertThat(longQuery.status()).isEqualTo(200);
        assertThat(longQuery.json().get("total").asLong()).isZero();
        assertThat(search("q=" + enc("、。%")).get("total").asLong()).as("no word at all matches nothing").isZero();
    }

    // helpers

    void awaitHits(String q, long total) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> search("q=" + enc(q)).get("total").asLong() == total);
    }

    JsonNode search(String query) {
        var r = anonymous.get("/api/v1/public/search?orgId=" + county + (query.isEmpty() ? "" : "&" + query));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<Long> ids(JsonNode r) {
        List<Long> ids = new ArrayList<>();
        r.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    static List<String> titles(JsonNode r) {
        List<String> t = new ArrayList<>();
        r.get("items").forEach(i -> t.add(i.get("title").asString()));
        return t;
    }

    static JsonNode hitTitled(JsonNode r, String title) {
        for (JsonNode i : r.get("items")) {
            if (i.get("title").asString().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no hit " + title + " in " + r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
