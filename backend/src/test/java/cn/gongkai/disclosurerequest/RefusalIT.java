package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Answers: a refusal (不予公开, 部分公开) cites at least one published negative-list item that applies to the org on
 * request, whose category decides the row; it is filed (报备) with the supervisors, who give an opinion; the item
 * shows how often it was cited; and the annual report's applications table is read from the register.
 */
@FullStackTest
class RefusalIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StatutoryClock statutoryClock;
    @Autowired
    DisclosureRequestApi api;

    RequestFixture f;
    long commonSecret;
    long ownThirdParty;
    long proactiveOnly;
    long siblingItem;
    long draftItem;

    @BeforeEach
    void setUp() {
        f = new RequestFixture(port, jdbc, encoder, statutoryClock);
        ApiClient countyEditor = f.login("ced", f.county, "EDITOR");
        ApiClient countyReviewer = f.login("crv", f.county, "REVIEWER");
        ItemSteps countyList = new ItemSteps("negative-items", countyEditor, countyReviewer);
        ItemSteps deptList = new ItemSteps("negative-items", f.editor, f.reviewer);
        ItemSteps siblingList = new ItemSteps("negative-items", f.siblingEditor, f.login("srv", f.sibling, "REVIEWER"));
        commonSecret = countyList.createAndPublish(negative(f.county, "c1", "COMMON", "STATE_SECRET", "BOTH"))
                .get("id").asLong();
        ownThirdParty = deptList.createAndPublish(negative(f.dept, "s1", "SPECIFIC", "THIRD_PARTY_RIGHTS",
                "ON_REQUEST")).get("id").asLong();
        proactiveOnly = deptList.createAndPublish(negative(f.dept, "s2", "SPECIFIC", "PROCESS_INFO", "PROACTIVE"))
                .get("id").asLong();
        siblingItem = siblingList.createAndPublish(negative(f.sibling, "x1", "SPECIFIC", "STATE_SECRET", "BOTH"))
                .get("id").asLong();
        draftItem = deptList.create(negative(f.dept, "d1", "SPECIFIC", "STATE_SECRET", "BOTH")).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        f.restoreClock();
    }

    Map<String, Object> negative(long orgId, String code, String part, String category, String appliesTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", f.data.prefix + code);
        body.put("name", "负面清单事项" + code);
        body.put("part", part);
        body.put("category", category);
        body.put("appliesTo", appliesTo);
        body.put("description", "示例");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第十四条")));
        return body;
    }

    Map<String, Object> answer(String outcome, List<Long> items) {
        Map<String, Object> m = new HashMap<>();
        m.put("outcome", outcome);
        m.put("text", "经审查，决定如下");
        m.put("negativeItemIds", items);
        return m;
    }

    @Test
    void aRefusalMustCiteAnApplicableNegativeItemOfItsCategory() {
        JsonNode app = f.register(LocalDate.parse("2025-06-03"));
        var applicable = f.editor.get("/api/v1/applications/" + app.get("id").asLong() + "/applicable-negative-items");
        assertThat(applicable.json().findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrder(commonSecret, ownThirdParty);

        JsonNode none = f.step(f.editor, app, "answer", answer("STATE_SECRET", List.of()), 400);
        assertThat(none.get("errors").findValuesAsString("field")).containsExactly("negativeItemIds");
        assertThat(none.get("detail").asString()).contains("负面清单");
        f.step(f.editor, app, "answer", answer("PARTIAL", null), 400);
        for (long notApplicable : List.of(siblingItem, proactiveOnly, draftItem, 999_999_999L)) {
            JsonNode r = f.step(f.editor, app, "answer", answer("STATE_SECRET", List.of(notApplicable)), 400);
            assertThat(r.get("detail").asString()).contains("不适用");
        }
        // the category decides the row: a 国家秘密 answer cannot rest on a third-party item only
        JsonNode mismatch = f.step(f.editor, app, "answer", answer("STATE_SECRET", List.of(ownThirdParty)), 400);
        assertThat(mismatch.get("detail").asString()).contains("属于国家秘密");
        f.step(f.editor, app, "answer", answer("DISCLOSED", List.of(commonSecret)), 400);
        // nothing was written by the refused answers
        JsonNode unchanged = f.get(app);
        assertThat(unchanged.get("version").asInt()).isEqualTo(app.get("version").asInt());
        assertThat(unchanged.get("status").asString()).isEqualTo("REGISTERED");

        JsonNode answered = f.step(f.editor, app, "answer", answer("STATE_SECRET", List.of(commonSecret, ownThirdParty)),
                200);
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("outcomeRow").asString()).isEqualTo("（三）不予公开 1.属于国家秘密");
        assertThat(answered.get("article").asString()).isEqualTo("第十四条");
        assertThat(answered.get("citations").findValues("negativeItemId").stream().map(JsonNode::asLong).toList())
                .containsExactly(commonSecret, ownThirdParty);
        // the answer letter (告知书): the outcome, its article and the cited categories; the ID number masked
        String letterPath = "/api/v1/applications/" + app.get("id").asLong() + "/letter";
        var letter = f.editor.page(letterPath);
        assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
        assertThat(letter.contentType()).startsWith("text/html");
        assertThat(letter.body()).contains("政府信息公开申请答复告知书", "属于国家秘密", "第十四条", "保护第三方合法权益",
                "第十五条", "110***********1234", "张三").doesNotContain("110105199001011234");
        assertThat(f.supervisor.page(letterPath).status()).isEqualTo(403);
        assertThat(f.siblingEditor.page(letterPath).status()).isEqualTo(404);
        JsonNode archived = f.step(f.editor, answered, "archive", Map.of(), 200);
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void refusalsAreFiledWithTheSupervisorsWhoGiveAnOpinionAndTheItemCountsItsCitations() {
        JsonNode refused = f.step(f.editor, f.register(LocalDate.parse("2025-06-03")), "answer",
                answer("STATE_SECRET", List.of(commonSecret)), 200);
        JsonNode partial = f.step(f.editor, f.register(LocalDate.parse("2025-06-04")), "answer",
                answer("PARTIAL", List.of(commonSecret, ownThirdParty)), 200);
        f.step(f.editor, f.register(LocalDate.parse("2025-06-05")), "answer", answer("DISCLOSED", List.of()), 200);

        var list = f.supervisor.get("/api/v1/supervision/refusals?orgId=" + f.county + "&year=2025");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(list.json().get("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrder(refused.get("id").asLong(), partial.get("id").asLong());
        assertThat(list.body()).doesNotContain("110105199001011234", "13812345678", "zhangsan@", "张三");
        assertThat(f.supervisor.get("/api/v1/supervision/refusals?orgId=" + f.county + "&year=2024").json()
                .get("total").asInt()).isZero();
        // wrong role → 403; an org outside the supervisor's subtree → 404
        assertThat(f.editor.get("/api/v1/supervision/refusals?orgId=" + f.dept).status()).isEqualTo(403);
        ApiClient siblingSupervisor = new ApiClient(port).login(f.data.user("ssv", f.sibling, List.of("SUPERVISOR"),
                false, "SUBTREE", List.of()), cn.gongkai.support.TestData.PASSWORD);
        assertThat(siblingSupervisor.get("/api/v1/supervision/refusals?orgId=" + f.dept).status()).isEqualTo(404);
        String opinion = "/api/v1/supervision/refusals/" + refused.get("id").asLong() + "/opinion";
        assertThat(siblingSupervisor.post(opinion, Map.of("opinion", "AGREE")).status()).isEqualTo(404);

        assertThat(f.supervisor.post(opinion, Map.of("opinion", "OBJECTION")).status()).isEqualTo(400);
        var objected = f.supervisor.post(opinion, Map.of("opinion", "OBJECTION", "comment", "依据不足，请复核"));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
        assertThat(objected.json().get("opinion").get("opinion").asString()).isEqualTo("OBJECTION");
        JsonNode again = f.supervisor.get("/api/v1/supervision/refusals?orgId=" + f.dept).json();
        assertThat(again.get("items").findValuesAsString("comment")).contains("依据不足，请复核");

        JsonNode stats = f.editor.get("/api/v1/negative-items/" + commonSecret + "/citations").json();
        assertThat(stats.get("total").asInt()).isEqualTo(2);
        assertThat(stats.get("byYear").get(0).get("year").asInt()).isEqualTo(2025);
        assertThat(f.editor.get("/api/v1/negative-items/" + proactiveOnly + "/citations").json().get("total").asInt())
                .isZero();
    }

    @Test
    void theAnnualReportsApplicationsTableIsReadFromTheRegister() {
        record Case(String received, String type, String subtype, String outcome, String answered) {
        }
        List<Case> cases = List.of(
                new Case("2024-12-20", "NATURAL_PERSON", null, "DISCLOSED", "2025-01-06"),
                new Case("2024-12-23", "LEGAL_PERSON", "COMMERCIAL", null, null),
                new Case("2025-02-10", "NATURAL_PERSON", null, "NOT_HELD", "2025-02-20"),
                new Case("2025-03-10", "LEGAL_PERSON", "LEGAL_SERVICE", "STATE_SECRET", "2025-03-20"),
                new Case("2025-03-11", "LEGAL_PERSON", "RESEARCH", "DUPLICATE", "2025-03-21"),
                new Case("2025-05-12", "NATURAL_PERSON", null, "DISCLOSED", "2025-05-20"),
                new Case("2025-12-30", "LEGAL_PERSON", "PUBLIC_INTEREST", null, null),
                new Case("2025-12-29", "NATURAL_PERSON", null, "DISCLOSED", "2026-01-05"));
        for (Case c : cases) {
            f.today(LocalDate.parse(c.received()));
            Map<String, Object> body = RequestFixture.form(f.dept);
            body.put("channel", "IN_PERSON");
            body.put("receivedOn", c.received());
            body.put("applicantType", c.type());
            body.put("applicantSubtype", c.subtype());
            var r = f.editor.post("/api/v1/applications", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            if (c.outcome() != null) {
                f.today(LocalDate.parse(c.answered()));
                f.step(f.editor, r.json(), "answer", answer(c.outcome(),
                        c.outcome().equals("STATE_SECRET") ? List.of(commonSecret) : List.of()), 200);
            }
        }
        var table = api.applicationsTable(f.dept, 2025);
        // the independent count, straight from the cases above
        Map<String, Long> received = new HashMap<>();
        Map<String, Long> carriedOver = new HashMap<>();
        Map<String, Long> carriedForward = new HashMap<>();
        Map<String, Map<String, Long>> results = new HashMap<>();
        for (Case c : cases) {
            String col = c.type().equals("NATURAL_PERSON") ? "NATURAL_PERSON" : c.subtype();
            boolean answeredBefore = c.answered() != null && c.answered().compareTo("2025-01-01") < 0;
            boolean answeredIn = c.answered() != null && c.answered().startsWith("2025");
            if (c.received().startsWith("2025")) {
                received.merge(col, 1L, Long::sum);
            }
            if (c.received().startsWith("2024") && !answeredBefore) {
                carriedOver.merge(col, 1L, Long::sum);
            }
            if (answeredIn) {
                results.computeIfAbsent(c.outcome(), k -> new HashMap<>()).merge(col, 1L, Long::sum);
            }
            if (c.received().compareTo("2026") < 0 && (c.answered() == null || c.answered().startsWith("2026"))) {
                carriedForward.merge(col, 1L, Long::sum);
            }
        }
        for (String col : List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "PUBLIC_INTEREST", "LEGAL_SERVICE",
                "OTHER")) {
            assertThat(table.newlyReceived().get(col)).as("一 " + col).isEqualTo(received.getOrDefault(col, 0L));
            assertThat(table.carriedOver().get(col)).as("二 " + col).isEqualTo(carriedOver.getOrDefault(col, 0L));
            assertThat(table.carriedForward().get(col)).as("四 " + col)
                    .isEqualTo(carriedForward.getOrDefault(col, 0L));
            for (Outcome o : Outcome.values()) {
                assertThat(table.results().get(o).get(col)).as(o + " " + col)
                        .isEqualTo(results.getOrDefault(o.name(), Map.of()).getOrDefault(col, 0L));
            }
        }
        // the printed rule of 表三: 一 + 二 = 三（七）总计 + 四, for every column
        List<String> broken = new ArrayList<>();
        for (String col : DisclosureRequestApi.COLUMNS) {
            if (table.newlyReceived().get(col) + table.carriedOver().get(col)
                    != table.resultsTotal().get(col) + table.carriedForward().get(col)) {
                broken.add(col);
            }
        }
        assertThat(broken).isEmpty();
        assertThat(table.newlyReceived().get("TOTAL")).isEqualTo(6);
        assertThat(table.carriedOver().get("TOTAL")).isEqualTo(2);
        assertThat(table.resultsTotal().get("TOTAL")).isEqualTo(5);
        assertThat(table.carriedForward().get("TOTAL")).isEqualTo(3);
    }
}
