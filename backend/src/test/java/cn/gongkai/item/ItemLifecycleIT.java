package cn.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;

/** The shared item lifecycle through 权责清单 (docs/API.md "The four lists"): every transition and every refusal. */
@FullStackTest
class ItemLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    long dept;
    long otherDept;
    ApiClient editor;
    ApiClient reviewer;
    ApiClient editorReviewer;
    ApiClient outsider;
    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "测试县人民政府", null);
        dept = data.org("rsj", "测试县人社局", county);
        otherDept = data.org("mzj", "测试县民政局", county);
        editor = login(data.user("ed", dept, List.of("EDITOR"), false));
        reviewer = login(data.user("rv", dept, List.of("REVIEWER"), false));
        editorReviewer = login(data.user("edrv", dept, List.of("EDITOR", "REVIEWER"), false));
        outsider = login(data.user("out", otherDept, List.of("EDITOR", "REVIEWER"), false));
        anonymous = new ApiClient(port);
    }

    ApiClient login(String username) {
        return new ApiClient(port).login(username, TestData.PASSWORD);
    }

    static Map<String, Object> power(long orgId, String code, String name) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", code);
        body.put("name", name);
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国就业促进法》", "article", "第四十条")));
        body.put("handlingUnit", "就业股");
        body.put("responsibilities", List.of("受理责任：公示应当提交的材料", "审查责任：对申请材料进行审查"));
        body.put("statutoryLimit", Map.of("value", 20, "unit", "WORKING_DAY"));
        body.put("promisedLimit", Map.of("value", 10, "unit", "WORKING_DAY"));
        body.put("fee", Map.of("charged", false));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理"), Map.of("seq", 2, "name", "审查"),
                Map.of("seq", 3, "name", "决定")));
        return body;
    }

    JsonNode create(String code) {
        var r = editor.post("/api/v1/power-items", power(dept, data.prefix + code, "职业介绍机构设立许可"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode act(ApiClient who, JsonNode item, String action, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("version", item.get("version").asInt());
        var r = who.post("/api/v1/power-items/" + item.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(expected);
        return r.json();
    }

    JsonNode publish(JsonNode item) {
        JsonNode submitted = act(editor, item, "submit", Map.of(), 200);
        return act(reviewer, submitted, "approve", Map.of("confidentialityChecked", true), 200);
    }

    @Test
    void anItemGoesFromDraftThroughReviewToPublishedAndTheHistoryShowsEveryStep() {
        JsonNode draft = create("a");
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("kind").asString()).isEqualTo("POWER");
        assertThat(draft.get("orgName").asString()).isEqualTo("测试县人社局");
        assertThat(draft.get("revision").isNull()).isTrue();
        assertThat(draft.get("category").asString()).isEqualTo("LICENSING");
        assertThat(draft.get("processSteps").size()).isEqualTo(3);
        assertThat(draft.get("createdBy").asString()).isEqualTo(data.prefix + "ed");

        JsonNode pending = act(editor, draft, "submit", Map.of(), 200);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(pending.get("submittedBy").asString()).isEqualTo(data.prefix + "ed");
        JsonNode published = act(reviewer, pending, "approve", Map.of("confidentialityChecked", true, "comment", "同意"), 200);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("revision").asInt()).isEqualTo(1);
        assertThat(published.get("publishedAt").isNull()).isFalse();

        var history = editor.get("/api/v1/power-items/" + draft.get("id").asLong() + "/history").json();
        assertThat(history.findValuesAsString("action")).containsExactly("CREATE", "SUBMIT", "APPROVE");
        assertThat(history.get(2).get("actor").asString()).isEqualTo(data.prefix + "rv");
        assertThat(history.get(2).get("comment").asString()).isEqualTo("同意");
        assertThat(history.get(2).get("fromStatus").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(history.get(2).get("toStatus").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void rejectNeedsACommentAndARejectedItemIsEditedAndResubmitted() {
        JsonNode pending = act(editor, create("b"), "submit", Map.of(), 200);
        var noComment = reviewer.post("/api/v1/power-items/" + pending.get("id").asLong() + "/reject",
                Map.of("version", pending.get("version").asInt(), "comment", "  "));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("errors").get(0).get("field").asString()).isEqualTo("comment");

        JsonNode rejected = act(reviewer, pending, "reject", Map.of("comment", "依据条款不准确"), 200);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        Map<String, Object> edit = power(dept, data.prefix + "b", "职业介绍机构设立许可（修改）");
        edit.put("version", rejected.get("version").asInt());
        var edited = editor.put("/api/v1/power-items/" + rejected.get("id").asLong(), edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(act(editor, edited.json(), "submit", Map.of(), 200).get("status").asString())
                .isEqualTo("PENDING_REVIEW");
    }

    @Test
    void withdrawPullsAPendingSubmissionBackAndOnlyDraftsCanBeSubmitted() {
        JsonNode pending = act(editor, create("c"), "submit", Map.of(), 200);
        var again = act(editor, pending, "submit", Map.of(), 409);
        assertThat(again.get("detail").asString()).contains("待审核");
        JsonNode draft = act(editor, pending, "withdraw", Map.of(), 200);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        act(editor, draft, "withdraw", Map.of(), 409);
        act(reviewer, draft, "approve", Map.of("confidentialityChecked", true), 409);
    }

    @Test
    void approvalNeedsTheAttestationAnotherPersonThanTheSubmitterAndAReviewerOfTheOrg() {
        JsonNode created = editorReviewer.post("/api/v1/power-items", power(dept, data.prefix + "d", "事项")).json();
        JsonNode pending = act(editorReviewer, created, "submit", Map.of(), 200);

        var noAttestation = act(reviewer, pending, "approve", Map.of(), 400);
        assertThat(noAttestation.get("errors").get(0).get("field").asString()).isEqualTo("confidentialityChecked");
        act(reviewer, pending, "approve", Map.of("confidentialityChecked", false), 400);

        var self = act(editorReviewer, pending, "approve", Map.of("confidentialityChecked", true), 403);
        assertThat(self.get("detail").asString()).contains("自己提交");
        // a reviewer of another department does not even see the item
        act(outsider, pending, "approve", Map.of("confidentialityChecked", true), 404);
        // an editor without the reviewer role may not approve
        act(editor, pending, "approve", Map.of("confidentialityChecked", true), 403);

        assertThat(act(reviewer, pending, "approve", Map.of("confidentialityChecked", true), 200)
                .get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode draft = create("e");
        Map<String, Object> edit = power(dept, data.prefix + "e", "第一次修改");
        edit.put("version", draft.get("version").asInt());
        assertThat(editor.put("/api/v1/power-items/" + draft.get("id").asLong(), edit).status()).isEqualTo(200);

        Map<String, Object> stale = power(dept, data.prefix + "e", "基于旧版本的修改");
        stale.put("version", draft.get("version").asInt());
        var conflict = editor.put("/api/v1/power-items/" + draft.get("id").asLong(), stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(editor.get("/api/v1/power-items/" + draft.get("id").asLong()).json().get("name").asString())
                .isEqualTo("第一次修改");
        act(editor, draft, "submit", Map.of(), 409);

        Map<String, Object> noVersion = power(dept, data.prefix + "e", "没有版本号");
        assertThat(editor.put("/api/v1/power-items/" + draft.get("id").asLong(), noVersion).status()).isEqualTo(400);
    }

    @Test
    void editingAPublishedItemMakesADraftRevisionWhileThePublicKeepsThePublishedOne() {
        JsonNode published = publish(create("f"));
        long id = published.get("id").asLong();

        Map<String, Object> edit = power(dept, data.prefix + "f", "职业介绍机构设立许可（2026修订）");
        edit.put("version", published.get("version").asInt());
        var noReason = editor.put("/api/v1/power-items/" + id, edit);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("changeReason");

        edit.put("changeReason", "依据《人力资源市场暂行条例》调整");
        edit.put("promisedLimit", Map.of("value", 5, "unit", "WORKING_DAY"));
        JsonNode revised = editor.put("/api/v1/power-items/" + id, edit).json();
        assertThat(revised.get("status").asString()).isEqualTo("DRAFT");
        assertThat(revised.get("revision").asInt()).isEqualTo(1);
        assertThat(revised.get("changeReason").asString()).contains("暂行条例");

        var publicView = anonymous.get("/api/v1/public/power-items/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json().get("name").asString()).isEqualTo("职业介绍机构设立许可");
        assertThat(publicView.json().get("promisedLimit").get("value").asInt()).isEqualTo(10);

        var draftDiff = editor.get("/api/v1/power-items/" + id + "/diff?from=1&to=draft").json();
        assertThat(draftDiff.findValuesAsString("field")).containsExactlyInAnyOrder("name", "promisedLimit");

        JsonNode second = publish(revised);
        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(anonymous.get("/api/v1/public/power-items/" + id).json().get("name").asString())
                .isEqualTo("职业介绍机构设立许可（2026修订）");

        var revisions = editor.get("/api/v1/power-items/" + id + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(1).get("changeReason").asString()).contains("暂行条例");
        assertThat(revisions.get(1).get("changedFields").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("name", "promisedLimit");
        var diff = editor.get("/api/v1/power-items/" + id + "/diff?from=1&to=2").json();
        JsonNode promised = diff.valueStream().filter(c -> c.get("field").asString().equals("promisedLimit"))
                .findFirst().orElseThrow();
        assertThat(promised.get("before").get("value").asInt()).isEqualTo(10);
        assertThat(promised.get("after").get("value").asInt()).isEqualTo(5);
        assertThat(editor.get("/api/v1/power-items/" + id + "/revisions/1").json().get("name").asString())
                .isEqualTo("职业介绍机构设立许可");
        assertThat(editor.get("/api/v1/power-items/" + id + "/revisions/9").status()).isEqualTo(404);
        assertThat(editor.get("/api/v1/power-items/" + id + "/diff?from=1&to=x").status()).isEqualTo(400);

        var publicRevisions = anonymous.get("/api/v1/public/power-items/" + id + "/revisions").json();
        assertThat(publicRevisions.size()).isEqualTo(2);
        assertThat(publicRevisions.get(1).get("publishedBy").isNull()).isTrue();
    }

    @Test
    void archivingNeedsAReasonAndHidesTheItemFromThePublicButKeepsItsCodeFree() {
        JsonNode published = publish(create("g"));
        long id = published.get("id").asLong();
        act(editor, published, "archive", Map.of(), 400);
        JsonNode archived = act(editor, published, "archive", Map.of("changeReason", "职能划转"), 200);
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("archiveReason").asString()).isEqualTo("职能划转");
        assertThat(anonymous.get("/api/v1/public/power-items/" + id).status()).isEqualTo(404);
        act(editor, archived, "submit", Map.of(), 409);
        Map<String, Object> edit = power(dept, data.prefix + "g", "改");
        edit.put("version", archived.get("version").asInt());
        edit.put("changeReason", "x");
        assertThat(editor.put("/api/v1/power-items/" + id, edit).status()).isEqualTo(409);
        // the code of an archived item may be used again
        create("g");
    }

    @Test
    void codesAreUniquePerOrgAndListAmongLiveItems() {
        create("h");
        var dup = editor.post("/api/v1/power-items", power(dept, data.prefix + "h", "重复编码"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.detail()).contains(data.prefix + "h");
        // the same code in another org or another list is fine
        var other = outsider.post("/api/v1/power-items", power(otherDept, data.prefix + "h", "民政局的事项"));
        assertThat(other.status()).isEqualTo(201);
        var service = editor.post("/api/v1/service-items", Map.of("orgId", dept, "code", data.prefix + "h",
                "name", "同编码的公共服务"));
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
    }

    @Test
    void onlyNeverPublishedDraftsAreDeleted() {
        JsonNode draft = create("i");
        assertThat(editor.delete("/api/v1/power-items/" + draft.get("id").asLong()).status()).isEqualTo(204);
        assertThat(editor.get("/api/v1/power-items/" + draft.get("id").asLong()).status()).isEqualTo(404);

        JsonNode published = publish(create("j"));
        var refused = editor.delete("/api/v1/power-items/" + published.get("id").asLong());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("归档");
        JsonNode pending = act(editor, create("k"), "submit", Map.of(), 200);
        assertThat(editor.delete("/api/v1/power-items/" + pending.get("id").asLong()).status()).isEqualTo(409);
    }

    @Test
    void theDataScopeDecidesWhoSeesAndWhoWrites() {
        JsonNode draft = create("l");
        long id = draft.get("id").asLong();
        // another department's editor neither sees nor changes it
        assertThat(outsider.get("/api/v1/power-items/" + id).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/power-items?orgId=" + dept).json().get("total").asLong()).isZero();
        assertThat(outsider.post("/api/v1/power-items", power(dept, data.prefix + "x", "越权")).status()).isEqualTo(403);
        assertThat(outsider.delete("/api/v1/power-items/" + id).status()).isEqualTo(404);
        // a reviewer reads but does not edit
        assertThat(reviewer.get("/api/v1/power-items/" + id).status()).isEqualTo(200);
        Map<String, Object> edit = power(dept, data.prefix + "l", "审核人改");
        edit.put("version", draft.get("version").asInt());
        assertThat(reviewer.put("/api/v1/power-items/" + id, edit).status()).isEqualTo(403);
        // a county supervisor reads the whole subtree
        ApiClient supervisor = login(data.user("sup", county, List.of("SUPERVISOR"), false));
        assertThat(supervisor.get("/api/v1/power-items/" + id).status()).isEqualTo(200);
        assertThat(supervisor.post("/api/v1/power-items", power(dept, data.prefix + "y", "监督不编辑")).status())
                .isEqualTo(403);
        // the administrators see no items; nobody anonymous does
        ApiClient sys = login(data.user("sys", null, List.of("SYS_ADMIN"), false));
        assertThat(sys.get("/api/v1/power-items/" + id).status()).isEqualTo(404);
        assertThat(sys.get("/api/v1/power-items").json().get("total").asLong()).isZero();
        assertThat(anonymous.get("/api/v1/power-items/" + id).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/public/power-items/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsFilterByOrgStatusCategoryAndKeywordAndTheReviewQueueLeavesOutOwnSubmissions() {
        JsonNode a = create("m1");
        act(editor, create("m2"), "submit", Map.of(), 200);
        Map<String, Object> penalty = power(dept, data.prefix + "m3", "对违反劳动保障法律的处罚");
        penalty.put("category", "PENALTY");
        editor.post("/api/v1/power-items", penalty);
        String base = "/api/v1/power-items?orgId=" + dept;
        assertThat(editor.get(base).json().get("total").asLong()).isEqualTo(3);
        assertThat(editor.get(base + "&status=PENDING_REVIEW").json().get("total").asLong()).isEqualTo(1);
        assertThat(editor.get(base + "&category=PENALTY").json().get("total").asLong()).isEqualTo(1);
        assertThat(editor.get(base + "&q=" + java.net.URLEncoder.encode("劳动保障", java.nio.charset.StandardCharsets.UTF_8))
                .json().get("total").asLong()).isEqualTo(1);
        assertThat(editor.get(base + "&q=" + data.prefix + "m1").json().get("items").get(0).get("id").asLong())
                .isEqualTo(a.get("id").asLong());
        assertThat(editor.get(base + "&q=100%25").json().get("total").asLong()).isZero();
        assertThat(editor.get(base + "&status=BOGUS").status()).isEqualTo(400);
        assertThat(editor.get(base + "&size=500").status()).isEqualTo(400);

        assertThat(reviewer.get(base + "&reviewable=true").json().get("total").asLong()).isEqualTo(1);
        assertThat(editor.get(base + "&reviewable=true").json().get("total").asLong()).isZero();
        var dashboard = reviewer.get("/api/v1/items/dashboard").json();
        assertThat(dashboard.get("toReview").asLong()).isEqualTo(1);
        var mine = editor.get("/api/v1/items/dashboard").json();
        assertThat(mine.get("myDrafts").asLong()).isEqualTo(2);
        assertThat(mine.get("myPending").asLong()).isEqualTo(1);
    }

    @Test
    void bulkActionsReportEachIdAndNeverFailTheRequest() {
        JsonNode one = create("n1");
        JsonNode two = create("n2");
        var results = editor.post("/api/v1/power-items/bulk/submit", Map.of("ids",
                List.of(one.get("id").asLong(), two.get("id").asLong(), 999_999_999L))).json();
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(0).get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(results.get(2).get("ok").asBoolean()).isFalse();
        assertThat(results.get(2).get("error").asString()).contains("不存在");

        var noAttestation = reviewer.post("/api/v1/power-items/bulk/approve",
                Map.of("ids", List.of(one.get("id").asLong()))).json();
        assertThat(noAttestation.get(0).get("ok").asBoolean()).isFalse();
        assertThat(noAttestation.get(0).get("status").asString()).isEqualTo("PENDING_REVIEW");
        var approved = reviewer.post("/api/v1/power-items/bulk/approve", Map.of("ids",
                List.of(one.get("id").asLong(), two.get("id").asLong()), "confidentialityChecked", true)).json();
        assertThat(approved.findValuesAsString("status")).containsExactly("PUBLISHED", "PUBLISHED");
        var archived = editor.post("/api/v1/power-items/bulk/archive", Map.of("ids", List.of(one.get("id").asLong()),
                "changeReason", "清理")).json();
        assertThat(archived.get(0).get("status").asString()).isEqualTo("ARCHIVED");

        assertThat(editor.post("/api/v1/power-items/bulk/explode", Map.of("ids", List.of(1))).status()).isEqualTo(404);
        assertThat(editor.post("/api/v1/power-items/bulk/submit", Map.of("ids", List.of())).status()).isEqualTo(400);
    }

    @Test
    void everyWriteIsAudited() {
        JsonNode draft = create("o");
        ApiClient auditor = login(data.user("aud", null, List.of("AUDIT_ADMIN"), false));
        var entries = auditor.get("/api/v1/audit-log?actor=" + data.prefix + "ed&action=ITEM_CREATE").json().get("items");
        assertThat(entries.get(0).get("targetType").asString()).isEqualTo("POWER");
        assertThat(entries.get(0).get("targetId").asString()).isEqualTo(draft.get("id").asString());
        assertThat(entries.get(0).get("detail").get("after").get("name").asString()).isEqualTo("职业介绍机构设立许可");
    }
}
