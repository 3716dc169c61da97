package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The public search (docs/API.md "Public") over items published through the real lifecycle and indexed through the
 * outbox: every filter and facet, ranking, highlights, odd queries, paging limits, suggestions, open data, and
 * that drafts, pending, rejected and archived content never appear. Every search is narrowed to this class's own
 * county (the org filter includes its subtree), so other classes' items never interfere.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    long rsj;
    long mzj;
    ApiClient anonymous;
    ItemSteps power;
    ItemSteps service;
    ItemSteps catalogue;
    ItemSteps negative;
    ApiClient editor;
    JsonNode titleHit;
    JsonNode bodyHit;
    JsonNode phraseItem;
    JsonNode scatteredItem;
    JsonNode serviceItem;
    JsonNode catalogueItem;
    JsonNode negativeItem;

    @BeforeAll
    void publishTheCounty() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "检索县人民政府", null);
        rsj = data.org("rsj", "检索县人社局", county);
        mzj = data.org("mzj", "检索县民政局", county);
        editor = login(data.user("ed", county, List.of("EDITOR"), false, "SUBTREE", List.of()));
        ApiClient reviewer = login(data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()));
        anonymous = new ApiClient(port);
        power = new ItemSteps("power-items", editor, reviewer);
        service = new ItemSteps("service-items", editor, reviewer);
        catalogue = new ItemSteps("catalogue-items", editor, reviewer);
        negative = new ItemSteps("negative-items", editor, reviewer);

        titleHit = power.createAndPublish(power(rsj, "p1", "琥珀鲸许可", "受理申请材料"));
        bodyHit = power.createAndPublish(power(rsj, "p2", "普通事项甲", "对琥珀鲸相关申请进行审查"));
        phraseItem = power.createAndPublish(power(mzj, "p3", "普通事项乙", "办理翡翠松鼠登记手续"));
        scatteredItem = power.createAndPublish(power(mzj, "p4", "普通事项丙", "翡翠色的松柏旁有一只鼠，登门记录"));
        serviceItem = service.createAndPublish(service(mzj, "s1", "珊瑚灯塔补贴<b>发放</b>"));
        catalogueItem = catalogue.createAndPublish(catalogue(mzj, "c1", "珊瑚灯塔救助信息"));
        negativeItem = negative.createAndPublish(negative(county, "n1", "珊瑚灯塔涉密文件"));
        power.create(power(rsj, "d1", "草稿玛瑙狐许可", "玛瑙狐"));
        power.act(editor, power.create(power(rsj, "d2", "待审玛瑙狐许可", "玛瑙狐")), "submit", Map.of(), 200);
        awaitTotal("", 7);
    }

    ApiClient login(String username) {
        return new ApiClient(port).login(username, TestData.PASSWORD);
    }

    @Test
    void findsPublishedItemsOfEveryKindByTheWordsInThemWithNamesAndFacets() {
        JsonNode r = search("q=" + enc("珊瑚灯塔"));
        assertThat(ids(r)).containsExactlyInAnyOrder(serviceItem.get("id").asLong(), catalogueItem.get("id").asLong(),
                negativeItem.get("id").asLong());
        assertThat(r.get("tookMs").asLong()).isNotNegative();
        JsonNode cat = hit(r, catalogueItem);
        assertThat(cat.get("kind").asString()).isEqualTo("CATALOGUE");
        assertThat(cat.get("orgName").asString()).isEqualTo("检索县民政局");
        assertThat(cat.get("domainCode").asString()).isEqualTo("SOCIAL_ASSISTANCE");
        assertThat(cat.get("publishedAt").asString()).endsWith("Z");
        assertThat(facet(r, "kind", "CATALOGUE").get("count").asLong()).isEqualTo(1);
        assertThat(facet(r, "org", String.valueOf(mzj)).get("name").asString()).isEqualTo("检索县民政局");
        assertThat(facet(r, "org", String.valueOf(county)).get("count").asLong()).isEqualTo(1);
        assertThat(facet(r, "domain", "SOCIAL_ASSISTANCE").get("name").asString()).isNotBlank();
    }

    @Test
    void aRenamedOrgShowsItsNewNameAtOnceInHitsAndFacets() {
        ApiClient admin = login(data.user("renamer", county, List.of("SYS_ADMIN"), false));
        JsonNode org = admin.get("/api/v1/orgs/" + mzj).json();
        assertThat(hit(search("q=" + enc("珊瑚灯塔")), catalogueItem).get("orgName").asString()).isEqualTo("检索县民政局");
        try {
            assertThat(admin.put("/api/v1/orgs/" + mzj, orgBody(org, "检索县民政和养老局")).status()).isEqualTo(200);
            JsonNode r = search("q=" + enc("珊瑚灯塔"));
            assertThat(hit(r, catalogueItem).get("orgName").asString()).isEqualTo("检索县民政和养老局");
            assertThat(facet(r, "org", String.valueOf(mzj)).get("name").asString()).isEqualTo("检索县民政和养老局");
        } finally {
            admin.put("/api/v1/orgs/" + mzj, orgBody(org, "检索县民政局"));
        }
    }

    @Test
    void anOrgMovedUnderAnotherIsInThatOrgsFilterAtOnce() {
        ApiClient admin = login(data.user("mover", county, List.of("SYS_ADMIN"), false));
        JsonNode org = admin.get("/api/v1/orgs/" + mzj).json();
        assertThat(searchIn(rsj, "").get("total").asLong()).isEqualTo(2); // the subtree is cached from here on
        try {
            Map<String, Object> moved = orgBody(org, org.get("name").asString());
            moved.put("parentId", rsj);
            assertThat(admin.put("/api/v1/orgs/" + mzj, moved).status()).isEqualTo(200);
            assertThat(searchIn(rsj, "").get("total").asLong()).isEqualTo(6); // its own 2 and the moved org's 4
        } finally {
            admin.put("/api/v1/orgs/" + mzj, orgBody(org, org.get("name").asString()));
        }
        assertThat(searchIn(rsj, "").get("total").asLong()).isEqualTo(2);
    }

    private static Map<String, Object> orgBody(JsonNode org, String name) {
        return TestData.orgBody(org.get("code").asString(), name, org.get("parentId").asLong(),
                org.get("type").asString(), org.get("level").asInt());
    }

    @Test
    void highlightsMarkTheWordsWithEmAndEscapeEverythingElse() {
        JsonNode r = search("q=" + enc("珊瑚灯塔补贴"));
        JsonNode title = hit(r, serviceItem).get("highlights").get("title");
        assertThat(title.get(0).asString()).contains("<em>珊瑚灯塔补贴</em>").contains("&lt;b&gt;")
                .doesNotContain("<b>");
        JsonNode body = hit(search("q=" + enc("琥珀鲸")), bodyHit).get("highlights").get("body");
        assertThat(body.get(0).asString()).contains("<em>琥珀鲸</em>");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndScatteredCharactersAreNoMatch() {
        assertThat(ids(search("q=" + enc("琥珀鲸")))).containsExactly(titleHit.get("id").asLong(),
                bodyHit.get("id").asLong());
        JsonNode phrase = search("q=" + enc("翡翠松鼠登记"));
        assertThat(ids(phrase)).as("the scattered characters of 翡翠色的松柏旁有一只鼠，登门记录 do not hold the query")
                .containsExactly(phraseItem.get("id").asLong());
        assertThat(phrase.get("total").asLong()).isEqualTo(1);
        assertThat(phrase.get("related").size()).isZero();
    }

    @Test
    void kindOrgSubtreeDomainCategoryAndDateFiltersNarrowAndFacetsKeepTheOtherChoices() {
        assertThat(search("").get("total").asLong()).isEqualTo(7);
        assertThat(search("kind=POWER").get("total").asLong()).isEqualTo(4);
        JsonNode byPath = search("kind=service-items");
        assertThat(ids(byPath)).containsExactly(serviceItem.get("id").asLong());
        assertThat(facet(byPath, "kind", "POWER").get("count").asLong()).as("kind facet ignores the kind filter")
                .isEqualTo(4);
        assertThat(searchIn(rsj, "").get("total").asLong()).isEqualTo(2);
        assertThat(ids(search("domainCode=SOCIAL_ASSISTANCE"))).containsExactly(catalogueItem.get("id").asLong());
        assertThat(ids(search("category=STATE_SECRET"))).containsExactly(negativeItem.get("id").asLong());
        assertThat(search("category=LICENSING").get("total").asLong()).isEqualTo(4);
        String today = LocalDate.now(cn.gongkai.common.Clocks.ZONE).toString();
        assertThat(search("from=" + LocalDate.parse(today).minusDays(1) + "&to=" + LocalDate.parse(today).plusDays(1))
                .get("total").asLong()).isEqualTo(7);
        assertThat(search("to=2001-01-01").get("total").asLong()).isZero();
        assertThat(search("from=" + today.substring(0, 4) + "-01-01&kind=NEGATIVE").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void sortByDateShowsTheNewestFirstAndPagesAreBounded() {
        JsonNode r = search("sort=date&size=2&page=1");
        assertThat(ids(r)).containsExactly(negativeItem.get("id").asLong(), catalogueItem.get("id").asLong());
        assertThat(r.get("page").asInt()).isEqualTo(1);
        assertThat(ids(search("sort=date&size=2&page=4"))).containsExactly(titleHit.get("id").asLong());
        for (String bad : List.of("size=201", "page=0", "page=501&size=20", "sort=random", "kind=OTHER", "from=2026-13-01",
                "from=2026-02-01&to=2026-01-01", "orgId=abc")) {
            var resp = anonymous.get("/api/v1/public/search?" + bad);
            assertThat(resp.status()).as(bad).isEqualTo(400);
            assertThat(resp.isProblem()).isTrue();
            assertThat(resp.detail()).as(bad).isNotBlank();
        }
    }

    @Test
    void oddQueriesAreJustTextAndAnswer200() {
        List<String> odd = new ArrayList<>(List.of("a:(b", "\"", "\"琥珀鲸", "\\", "a\\\\b*?~", "OR AND NOT", "{\"x\":1}",
                "<script>alert(1)</script>", "/regex/", "[1 TO 2]", "   ", "%", "琥珀鲸 AND"));
        odd.add("琥珀鲸".repeat(700));
        for (String q : odd) {
            var resp = anonymous.get("/api/v1/public/search?q=" + enc(q) + "&orgId=" + county);
            assertThat(resp.status()).as(q).isEqualTo(200);
            assertThat(anonymous.get("/api/v1/public/suggest?q=" + enc(q)).status()).as(q).isEqualTo(200);
        }
        assertThat(ids(search("q=" + enc("\"琥珀鲸")))).contains(titleHit.get("id").asLong());
    }

    @Test
    void draftsPendingAndRejectedContentNeverAppearAndANewRevisionReplacesTheOldText() {
        assertThat(search("q=" + enc("玛瑙狐")).get("total").asLong()).isZero();
        assertThat(suggestTexts("草稿玛瑙")).isEmpty();

        JsonNode item = power.createAndPublish(power(rsj, "r1", "旧名称青金狸", "青金狸旧文"));
        awaitTotal("q=" + enc("青金狸"), 1);
        Map<String, Object> edit = power(rsj, "r1", "新名称青金狸", "紫晶蛙新文");
        edit.put("version", item.get("version").asInt());
        edit.put("changeReason", "名称调整");
        var draft = editor.put("/api/v1/power-items/" + item.get("id").asLong(), edit);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(search("q=" + enc("紫晶蛙")).get("total").asLong()).as("the draft revision is not searchable")
                .isZero();
        power.publish(draft.json());
        awaitTotal("q=" + enc("紫晶蛙"), 1);
        assertThat(search("q=" + enc("旧文")).get("items").findValues("id").stream().map(JsonNode::asLong)
                .toList()).doesNotContain(item.get("id").asLong());
        assertThat(hit(search("q=" + enc("紫晶蛙")), item).get("title").asString()).isEqualTo("新名称青金狸");

        JsonNode published = editor.get("/api/v1/power-items/" + item.get("id").asLong()).json();
        power.archive(published);
        awaitTotal("q=" + enc("紫晶蛙"), 0);
    }

    @Test
    void suggestionsOfferTitlesThatStartWithOrContainTheInput() {
        assertThat(suggestTexts("琥珀")).contains("琥珀鲸许可");
        assertThat(suggestTexts("灯塔救助")).containsExactly("珊瑚灯塔救助信息");
        var top = anonymous.get("/api/v1/public/suggest?q=" + enc("珊瑚灯塔")).json();
        assertThat(top.size()).isBetween(3, 10);
        assertThat(top.get(0).has("kind")).isTrue();
        assertThat(top.get(0).has("id")).isTrue();
        assertThat(anonymous.get("/api/v1/public/suggest").json().size()).isZero();
    }

    @Test
    void openDataHasEveryPublishedItemWithItsStableIdAndNoDraft() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var csv = http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/api/v1/public/open-data/power-items.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("gongkai-power-items.csv");
        // for Excel: Chinese headers and labels, the codes in columns of their own
        assertThat(csv.body()).startsWith("\uFEFF\"事项ID\",\"清单\",\"清单代码\",\"事项编码\"")
                .contains("\"" + titleHit.get("id").asLong() + "\",\"权责清单\",\"POWER\",\"" + data.prefix + "p1\"")
                .contains("\"行政许可\",\"LICENSING\"")
                .doesNotContain("玛瑙狐");
        var json = anonymous.get("/api/v1/public/open-data/service-items.json");
        assertThat(json.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode row : json.json()) {
            if (row.get("id").asLong() == serviceItem.get("id").asLong()) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("orgName").asString()).isEqualTo("检索县民政局");
        assertThat(mine.get("content").get("acceptingUnit").asString()).isEqualTo("救助股");
        assertThat(anonymous.get("/api/v1/public/open-data/nothing.json").status()).isEqualTo(404);
        JsonNode sets = anonymous.get("/api/v1/public/open-data").json();
        assertThat(sets.size()).isEqualTo(4);
        assertThat(sets.get(0).get("csv").asString()).isEqualTo("/api/v1/public/open-data/power-items.csv");
    }

    // helpers

    JsonNode search(String query) {
        return searchIn(county, query);
    }

    JsonNode searchIn(long org, String query) {
        var r = anonymous.get("/api/v1/public/search?orgId=" + org + (query.isEmpty() ? "" : "&" + query));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    void awaitTotal(String query, long total) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> search(query).get("total").asLong() == total);
    }

    List<String> suggestTexts(String q) {
        List<String> texts = new ArrayList<>();
        anonymous.get("/api/v1/public/suggest?q=" + enc(q)).json().forEach(s -> texts.add(s.get("text").asString()));
        return texts.stream().filter(t -> !t.isEmpty()).toList();
    }

    static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    static JsonNode hit(JsonNode result, JsonNode item) {
        for (JsonNode i : result.get("items")) {
            if (i.get("id").asLong() == item.get("id").asLong()) {
                return i;
            }
        }
        throw new AssertionError("no hit for item " + item.get("id") + " in " + result);
    }

    static JsonNode facet(JsonNode result, String facet, String key) {
        for (JsonNode b : result.get("facets").get(facet)) {
            if (b.get("key").asString().equals(key)) {
                return b;
            }
        }
        throw new AssertionError("no " + facet + " facet " + key + " in " + result.get("facets"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    Map<String, Object> power(long orgId, String code, String name, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of(text));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        return body;
    }

    Map<String, Object> service(long orgId, String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("acceptingUnit", "救助股");
        body.put("legalBasis", List.of(Map.of("title", "《社会救助暂行办法》", "article", "第四十七条")));
        body.put("materials", List.of(Map.of("name", "身份证明", "required", true)));
        return body;
    }

    Map<String, Object> catalogue(long orgId, String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("domainCode", "SOCIAL_ASSISTANCE");
        body.put("level1", "最低生活保障");
        body.put("content", "珊瑚灯塔救助对象名单");
        body.put("timeLimit", Map.of("text", "制定或获取信息之日起10个工作日内"));
        body.put("audiences", List.of("PUBLIC"));
        body.put("modes", List.of("PROACTIVE"));
        body.put("levels", List.of("COUNTY"));
        return body;
    }

    Map<String, Object> negative(long orgId, String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("part", "SPECIFIC");
        body.put("category", "STATE_SECRET");
        body.put("description", "依法确定为国家秘密的珊瑚灯塔文件");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第十四条")));
        return body;
    }
}
