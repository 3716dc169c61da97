package cn.gongkai.negativeitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * 负面清单 (docs/DOMAIN.md "Negative items"): fields and defaults, the citation rule, periodic review (条例 art 18) and the
 * list that applies to an org (COMMON inherited down the tree, SPECIFIC of the org itself).
 */
@FullStackTest
class NegativeItemIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    long dept;
    long sibling;
    long office;
    ApiClient countyEditor;
    ApiClient editor;
    ApiClient siblingEditor;
    ApiClient reviewer;
    ApiClient public_;
    ItemSteps countyList;
    ItemSteps deptList;
    ItemSteps siblingList;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "测试县人民政府", null);
        dept = data.org("sj", "测试县审计局", county);
        sibling = data.org("jt", "测试县交通局", county);
        office = data.org("gs", "测试县审计局某股室", dept);
        countyEditor = login("ced", county, "EDITOR");
        editor = login("ed", dept, "EDITOR");
        siblingEditor = login("sed", sibling, "EDITOR");
        // one reviewer whose scope is the whole county
        reviewer = new ApiClient(port).login(data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()),
                TestData.PASSWORD);
        public_ = new ApiClient(port);
        countyList = new ItemSteps("negative-items", countyEditor, reviewer);
        deptList = new ItemSteps("negative-items", editor, reviewer);
        siblingList = new ItemSteps("negative-items", siblingEditor, reviewer);
    }

    ApiClient login(String suffix, long org, String role) {
        return new ApiClient(port).login(data.user(suffix, org, List.of(role), false), TestData.PASSWORD);
    }

    Map<String, Object> negative(long orgId, String code, String part, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("part", part);
        body.put("category", "STATE_SECRET");
        body.put("description", "依法确定为国家秘密的文件、资料");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第十四条"),
                Map.of("title", "《中华人民共和国保守国家秘密法》", "article", "第二条")));
        return body;
    }

    LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    @Test
    void fieldsHaveDefaultsAndSubmittingNeedsALegalBasis() {
        Map<String, Object> body = negative(dept, "n1", "SPECIFIC", "涉密审计资料");
        body.remove("legalBasis");
        JsonNode item = deptList.create(body);
        assertThat(item.get("appliesTo").asString()).isEqualTo("BOTH");
        assertThat(item.get("reviewIntervalMonths").asInt()).isEqualTo(12);
        assertThat(item.get("part").asString()).isEqualTo("SPECIFIC");
        var r = editor.post("/api/v1/negative-items/" + item.get("id").asLong() + "/submit",
                Map.of("version", item.get("version").asInt()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("legalBasis");

        Map<String, Object> bad = negative(dept, "n2", "GENERAL", "x");
        bad.put("category", "TOP_SECRET");
        bad.put("reviewIntervalMonths", 0);
        var refused = editor.post("/api/v1/negative-items", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("part");

        // filters of the shared list API
        deptList.create(negative(dept, "n3", "SPECIFIC", "内部人事信息"));
        JsonNode page = editor.get("/api/v1/negative-items?orgId=" + dept + "&part=SPECIFIC&category=STATE_SECRET")
                .json();
        assertThat(page.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void publicationSchedulesThePeriodicReviewAndAReviewIsRecordedWithoutANewRevision() {
        Map<String, Object> body = negative(dept, "r1", "SPECIFIC", "审计工作底稿");
        body.put("reviewIntervalMonths", 6);
        JsonNode published = deptList.createAndPublish(body);
        long id = published.get("id").asLong();
        assertThat(published.get("nextReviewAt").asString()).isEqualTo(today().plusMonths(6).toString());
        assertThat(published.get("reviewOverdue").asBoolean()).isFalse();
        // list rows carry the review date too (one query for the page)
        JsonNode row = editor.get("/api/v1/negative-items?orgId=" + dept).json().get("items").get(0);
        assertThat(row.get("nextReviewAt").asString()).isEqualTo(today().plusMonths(6).toString());

        // a year passes without review: the item is overdue and listed as due
        jdbc.update("UPDATE negative_review SET next_review_at = ? WHERE item_id = ?", today().minusDays(3), id);
        JsonNode due = editor.get("/api/v1/negative-items/reviews-due?orgId=" + dept).json();
        assertThat(due.get("items").findValuesAsString("id")).containsExactly(String.valueOf(id));
        assertThat(due.get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(siblingEditor.get("/api/v1/negative-items/reviews-due").json().get("total").asInt()).isZero();

        var review = editor.post("/api/v1/negative-items/" + id + "/review", Map.of("comment", "经审查，仍属国家秘密"));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        assertThat(review.json().get("nextReviewAt").asString()).isEqualTo(today().plusMonths(6).toString());
        assertThat(review.json().get("lastReviewedBy").asString()).isEqualTo(data.prefix + "ed");
        JsonNode after = editor.get("/api/v1/negative-items/" + id).json();
        assertThat(after.get("version").asInt()).isEqualTo(published.get("version").asInt());
        assertThat(after.get("revision").asInt()).isEqualTo(1);
        assertThat(after.get("lastReviewComment").asString()).isEqualTo("经审查，仍属国家秘密");
        JsonNode history = editor.get("/api/v1/negative-items/" + id + "/history").json();
        assertThat(history.findValuesAsString("action")).contains("REVIEW");
        assertThat(editor.get("/api/v1/negative-items/reviews-due?orgId=" + dept).json().get("total").asInt())
                .isZero();
        assertThat(editor.get("/api/v1/negative-items/reviews-due?withinDays=366").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(editor.get("/api/v1/negative-items/reviews-due?withinDays=-1").status()).isEqualTo(400);
    }

    @Test
    void onlyPublishedItemsInScopeCanBeReviewed() {
        JsonNode draft = deptList.create(negative(dept, "r2", "SPECIFIC", "草稿"));
        long draftId = draft.get("id").asLong();
        assertThat(editor.post("/api/v1/negative-items/" + draftId + "/review", Map.of()).status()).isEqualTo(409);
        long published = deptList.createAndPublish(negative(dept, "r3", "SPECIFIC", "已发布")).get("id").asLong();
        assertThat(siblingEditor.post("/api/v1/negative-items/" + published + "/review", Map.of()).status())
                .isEqualTo(404);
        ApiClient supervisor = login("sup", county, "SUPERVISOR");
        assertThat(supervisor.post("/api/v1/negative-items/" + published + "/review", Map.of()).status())
                .isEqualTo(403);
        assertThat(reviewer.post("/api/v1/negative-items/" + published + "/review", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void anOrgsNegativeListIsTheCommonItemsAboveItAndItsOwnSpecificItems() {
        countyList.createAndPublish(negative(county, "c1", "COMMON", "县级共性：国家秘密"));
        deptList.createAndPublish(negative(dept, "c2", "COMMON", "审计局共性：审计内部事务"));
        deptList.createAndPublish(negative(dept, "s1", "SPECIFIC", "审计局特性：涉密审计资料"));
        siblingList.createAndPublish(negative(sibling, "s2", "SPECIFIC", "交通局特性"));
        deptList.create(negative(dept, "s3", "SPECIFIC", "审计局草稿"));

        JsonNode deptList = public_.get("/api/v1/public/orgs/" + dept + "/negative-list").json();
        assertThat(deptList.get("common").findValuesAsString("name")).containsExactly("审计局共性：审计内部事务",
                "县级共性：国家秘密");
        assertThat(deptList.get("common").get(1).get("orgName").asString()).isEqualTo("测试县人民政府");
        assertThat(deptList.get("specific").findValuesAsString("name")).containsExactly("审计局特性：涉密审计资料");
        assertThat(deptList.get("specific").get(0).get("article").asString()).isEqualTo("第十四条");

        JsonNode officeList = public_.get("/api/v1/public/orgs/" + office + "/negative-list").json();
        assertThat(officeList.get("common").size()).isEqualTo(2);
        assertThat(officeList.get("specific").size()).isZero();
        JsonNode siblingView = public_.get("/api/v1/public/orgs/" + sibling + "/negative-list").json();
        assertThat(siblingView.get("common").findValuesAsString("name")).containsExactly("县级共性：国家秘密");
        assertThat(siblingView.get("specific").findValuesAsString("name")).containsExactly("交通局特性");
        assertThat(public_.get("/api/v1/public/negative-categories").json().size()).isEqualTo(8);
    }

    @Test
    void aCitationOfASupersededArticleIsFlagged() {
        Map<String, Object> body = negative(dept, "w1", "SPECIFIC", "商业秘密");
        body.put("category", "THIRD_PARTY_RIGHTS");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》",
                "article", "第十四条（商业秘密、个人隐私）", "version", "2008")));
        JsonNode item = deptList.create(body);
        assertThat(item.get("warnings").findValuesAsString("field")).isNotEmpty().containsOnly("legalBasis[0]");
        assertThat(item.get("warnings").findValuesAsString("message")).anyMatch(m -> m.contains("第十五条"));
    }
}
