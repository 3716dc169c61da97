package cn.gongkai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.LegalCitation;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The statute registry ({@code /api/v1/code-tables/statutes}) and the citation check the console forms call
 * ({@code POST /api/v1/statutes/check}), against the seeded registry. Statutes this class adds carry its prefix
 * and are removed afterwards.
 */
@FullStackTest
class StatuteIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CitationChecks citationChecks;
    @Autowired
    StatuteRegistry registry;

    TestData data;
    String code;
    String sysName;
    ApiClient admin;
    ApiClient editor;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        code = data.prefix.toUpperCase();
        sysName = data.user("sys", null, List.of("SYS_ADMIN"), false);
        admin = new ApiClient(port).login(sysName, TestData.PASSWORD);
        long org = data.org("org", "法规库测试县", null);
        editor = new ApiClient(port).login(data.user("editor", org, List.of("EDITOR"), false), TestData.PASSWORD);
    }

    @AfterEach
    void removeOwnStatutes() {
        jdbc.update("DELETE FROM statute WHERE title LIKE CONCAT(?, '%') OR code LIKE CONCAT(?, '%')", data.prefix, code);
        registry.evictAfterCommit();
    }

    static Map<String, Object> citation(String title, String article, String version) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("article", article);
        m.put("version", version);
        return m;
    }

    Map<String, Object> statute(String suffix, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code + suffix);
        m.put("title", title);
        return m;
    }

    static Map<String, Object> change(String oldVersion, String oldArticle, String newArticle, List<String> keywords) {
        Map<String, Object> m = new HashMap<>();
        m.put("oldVersion", oldVersion);
        m.put("oldArticle", oldArticle);
        m.put("newArticle", newArticle);
        m.put("keywords", keywords);
        return m;
    }

    JsonNode find(JsonNode statutes, String statuteCode) {
        for (JsonNode s : statutes) {
            if (s.get("code").asString().equals(statuteCode)) {
                return s;
            }
        }
        return null;
    }

    JsonNode check(ApiClient client, List<Map<String, Object>> citations) {
        var r = client.post("/api/v1/statutes/check", citations);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void everyLoggedInUserReadsTheSeededRegistry() {
        JsonNode all = editor.get("/api/v1/code-tables/statutes").json();
        JsonNode regulation = find(all, "GOV_INFO_DISCLOSURE");
        assertThat(regulation.get("title").asString()).isEqualTo("中华人民共和国政府信息公开条例");
        assertThat(regulation.get("docNumber").asString()).isEqualTo("国务院令第711号");
        assertThat(regulation.get("currentVersion").asString()).isEqualTo("2019-05-15");
        assertThat(regulation.get("adoptedOn").asString()).isEqualTo("2019-04-03");
        assertThat(regulation.get("repealed").asBoolean()).isFalse();
        JsonNode moved = null;
        for (JsonNode c : regulation.get("articleChanges")) {
            if (c.get("oldArticle").asString().equals("第十四条第四款") && c.get("newArticle").asString().equals("第十五条")) {
                moved = c;
            }
        }
        assertThat(moved).isNotNull();
        assertThat(moved.get("oldVersion").asString()).isEqualTo("2008-05-01");
        assertThat(moved.get("keywords").valueStream().map(JsonNode::asString).toList()).contains("商业秘密", "个人隐私");

        JsonNode demolition = find(all, "URBAN_HOUSING_DEMOLITION_REGULATION");
        assertThat(demolition.get("repealed").asBoolean()).isTrue();
        assertThat(demolition.get("repealedOn").asString()).isEqualTo("2011-01-21");
        assertThat(demolition.get("replacedBy").asString()).isEqualTo("HOUSING_EXPROPRIATION_REGULATION");
        assertThat(demolition.get("replacedByTitle").asString()).isEqualTo("国有土地上房屋征收与补偿条例");
        assertThat(find(all, "STATE_SECRETS_LAW").get("aliases").valueStream().map(JsonNode::asString).toList())
                .contains("保密法");
        assertThat(all.findValuesAsString("code")).contains("PERSONAL_INFORMATION_PROTECTION_LAW", "ARCHIVES_LAW",
                "SOCIAL_ASSISTANCE_INTERIM_MEASURES", "ADMINISTRATIVE_LICENSING_LAW", "ADMINISTRATIVE_PENALTY_LAW",
                "ADMINISTRATIVE_COERCION_LAW", "DATA_SECURITY_LAW", "CYBERSECURITY_LAW", "HOUSING_EXPROPRIATION_REGULATION",
                "TAX_COLLECTION_LAW", "WORK_SAFETY_LAW", "FOOD_SAFETY_LAW", "ENVIRONMENTAL_PROTECTION_LAW",
                "URBAN_RURAL_PLANNING_LAW", "LAND_ADMINISTRATION_LAW", "COMPULSORY_EDUCATION_LAW",
                "EMPLOYMENT_PROMOTION_LAW", "SOCIAL_INSURANCE_LAW");

        JsonNode inForce = new ApiClient(port).get("/api/v1/public/code-tables/statutes").json();
        assertThat(find(inForce, "GOV_INFO_DISCLOSURE")).isNotNull();
        assertThat(find(inForce, "URBAN_HOUSING_DEMOLITION_REGULATION")).isNull();
        assertThat(new ApiClient(port).get("/api/v1/code-tables/statutes").status()).isEqualTo(401);
    }

    @Test
    void theCheckFlagsEachKindOfProblemAgainstTheSeeds() {
        JsonNode warnings = check(editor, List.of(
                citation("《中华人民共和国政府信息公开条例》", "第十五条", "2019"),
                citation("《中华人民共和国政府信息公开条例》", "第十四条 不得公开涉及国家秘密、商业秘密、个人隐私的政府信息", null),
                citation("《城市房屋拆迁管理条例》", "第二十二条", null),
                citation("《中华人民共和国政务公开法》", "第一条", null),
                citation("档案法", "第十九条", "2016"),
                citation("政府信息公开条例", "第二十三条", "2008"),
                citation("《中华人民共和国环境保护法》", "第五十三条", null),
                citation("网络安全法", "第二十一条 网络安全等级保护制度", null),
                citation("保密法", "第三十五条", "2024年修订"),
                citation("个保法", "第十三条", null)));
        assertThat(warnings.findValuesAsString("problem")).containsExactly("SUPERSEDED_ARTICLE", "REPEALED",
                "UNKNOWN_LAW", "SUPERSEDED_VERSION", "SUPERSEDED_ARTICLE", "REPEALED", "SUPERSEDED_ARTICLE");
        assertThat(warnings.findValues("index").stream().map(JsonNode::asInt).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(warnings.get(0).get("message").asString()).contains("第十五条").contains("2019年5月15日");
        assertThat(warnings.get(1).get("message").asString()).contains("国有土地上房屋征收与补偿条例");
        assertThat(warnings.get(4).get("message").asString()).contains("第三十二条");
        assertThat(warnings.get(5).get("message").asString()).contains("2026年8月15日").contains("生态环境法典");
        assertThat(warnings.get(6).get("message").asString()).contains("第二十三条");

        // the bean other features call answers the same
        assertThat(citationChecks.check(List.of(new LegalCitation("《城市房屋拆迁管理条例》", null, null, null))))
                .extracting(CitationWarning::problem).containsExactly(CitationWarning.Problem.REPEALED);
    }

    @Test
    void theCheckValidatesItsInputAndNeedsOnlyALogin() {
        var blank = editor.post("/api/v1/statutes/check", List.of(citation("政府信息公开条例", null, null),
                citation(" ", null, null)));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].title");
        var tooLong = editor.post("/api/v1/statutes/check", List.of(citation("政府信息公开条例", null, "9".repeat(51))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("[0].version");
        assertThat(editor.post("/api/v1/statutes/check", Map.of("title", "政府信息公开条例")).status()).isEqualTo(400);
        assertThat(editor.post("/api/v1/statutes/check", "[null]").status()).isEqualTo(400);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= StatuteService.MAX_CITATIONS; i++) {
            many.add(citation("政府信息公开条例", null, null));
        }
        assertThat(editor.post("/api/v1/statutes/check", many).detail()).contains("最多");
        assertThat(check(editor, List.of())).isEmpty();
        assertThat(new ApiClient(port).post("/api/v1/statutes/check", List.of(citation("保密法", null, null))).status())
                .isEqualTo(401);
        ApiClient auditor = new ApiClient(port).login(data.user("audit", null, List.of("AUDIT_ADMIN"), false),
                TestData.PASSWORD);
        assertThat(check(auditor, List.of(citation("保密法", null, null)))).isEmpty();
    }

    @Test
    void theAdministratorAddsAStatuteThatChecksKnowAtOnce() {
        List<Map<String, Object>> probe = List.of(citation("《" + data.prefix + "测试法》", "第九条 示例关键词", null),
                citation(data.prefix + "测简", "第一条", "2010"));
        assertThat(check(editor, probe).findValuesAsString("problem")).containsExactly("UNKNOWN_LAW", "UNKNOWN_LAW");

        Map<String, Object> body = statute("TEST_LAW", "《中华人民共和国" + data.prefix + "测试法》");
        body.put("aliases", List.of(data.prefix + "测简"));
        body.put("docNumber", "主席令第一号");
        body.put("currentVersion", "2024-01-01");
        body.put("adoptedOn", "2023-06-30");
        body.put("note", "测试用");
        body.put("articleChanges", List.of(change("2015-01-01", "第九条", "第十二条", List.of("示例关键词"))));
        var created = admin.post("/api/v1/code-tables/statutes", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode s = created.json();
        assertThat(s.get("title").asString()).isEqualTo("中华人民共和国" + data.prefix + "测试法");
        assertThat(s.get("id").asLong()).isPositive();
        assertThat(s.get("articleChanges").get(0).get("keywords").get(0).asString()).isEqualTo("示例关键词");

        JsonNode warnings = check(editor, probe);
        assertThat(warnings.findValuesAsString("problem")).containsExactly("SUPERSEDED_ARTICLE", "SUPERSEDED_VERSION");
        assertThat(warnings.get(0).get("message").asString()).contains("第十二条").contains("2015年版");
        assertThat(find(editor.get("/api/v1/code-tables/statutes").json(), code + "TEST_LAW")).isNotNull();

        Integer audited = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'STATUTE_CREATE' AND actor = ? AND target_id = ?
                AND outcome = 'SUCCESS'""", Integer.class, sysName, code + "TEST_LAW");
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aStatuteWithoutCodeGetsOne() {
        var created = admin.post("/api/v1/code-tables/statutes", Map.of("title", data.prefix + "无编码办法"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo("STATUTE_" + created.json().get("id").asLong());
        assertThat(created.json().get("aliases").isEmpty()).isTrue();
        assertThat(created.json().get("repealed").asBoolean()).isFalse();
    }

    @Test
    void repealingAStatuteNamesItsReplacementInChecks() {
        admin.post("/api/v1/code-tables/statutes", statute("NEW", data.prefix + "新办法"));
        admin.post("/api/v1/code-tables/statutes", statute("OLD", data.prefix + "旧办法"));
        Map<String, Object> repeal = statute("OLD", data.prefix + "旧办法");
        repeal.put("repealed", true);
        repeal.put("repealedOn", "2025-03-01");
        repeal.put("replacedBy", code + "NEW");
        var updated = admin.put("/api/v1/code-tables/statutes/" + code + "OLD", repeal);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("replacedByTitle").asString()).isEqualTo(data.prefix + "新办法");

        JsonNode warning = check(editor, List.of(citation(data.prefix + "旧办法", null, null))).get(0);
        assertThat(warning.get("problem").asString()).isEqualTo("REPEALED");
        assertThat(warning.get("message").asString()).isEqualTo("《" + data.prefix + "旧办法》已于2025年3月1日废止，现行规定为《"
                + data.prefix + "新办法》，请改为引用现行规定");
        assertThat(find(new ApiClient(port).get("/api/v1/public/code-tables/statutes").json(), code + "OLD")).isNull();

        // PUT on the table path with the code in the body reinstates it
        var reinstated = admin.put("/api/v1/code-tables/statutes", statute("OLD", data.prefix + "旧办法"));
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        assertThat(reinstated.json().get("repealed").asBoolean()).isFalse();
        assertThat(check(editor, List.of(citation(data.prefix + "旧办法", null, null)))).isEmpty();
    }

    @Test
    void titlesAndShortNamesMustStayUnambiguous() {
        admin.post("/api/v1/code-tables/statutes", statute("ONE", data.prefix + "甲法"));
        var sameCode = admin.post("/api/v1/code-tables/statutes", statute("ONE", data.prefix + "乙法"));
        assertThat(sameCode.status()).isEqualTo(409);
        var sameTitle = admin.post("/api/v1/code-tables/statutes", statute("TWO", "《中华人民共和国" + data.prefix + "甲法》"));
        assertThat(sameTitle.status()).isEqualTo(409);
        assertThat(sameTitle.detail()).contains(data.prefix + "甲法");
        Map<String, Object> takenAlias = statute("THREE", data.prefix + "丙法");
        takenAlias.put("aliases", List.of("保密法"));
        var alias = admin.post("/api/v1/code-tables/statutes", takenAlias);
        assertThat(alias.status()).isEqualTo(409);
        assertThat(alias.detail()).contains("中华人民共和国保守国家秘密法");
        Map<String, Object> ownDuplicate = statute("FOUR", data.prefix + "丁法");
        ownDuplicate.put("aliases", List.of("《" + data.prefix + "丁法》"));
        var own = admin.post("/api/v1/code-tables/statutes", ownDuplicate);
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("errors").get(0).get("field").asString()).isEqualTo("aliases[0]");
    }

    @Test
    void invalidStatutesAre400NamingTheField() {
        Map<String, Object> body = statute("BAD", data.prefix + "错误法");
        body.put("articleChanges", List.of(change(null, "十四条", "第十五条", List.of("a|b"))));
        body.put("repealedOn", "2020-01-01");
        body.put("currentVersion", "2020-01-01");
        body.put("adoptedOn", "2021-01-01");
        var r = admin.post("/api/v1/code-tables/statutes", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("adoptedOn",
                "repealedOn", "articleChanges[0].oldArticle", "articleChanges[0].keywords");

        Map<String, Object> missing = statute("BAD2", " ");
        missing.put("articleChanges", List.of(change(null, "", "第一条", List.of())));
        var blank = admin.post("/api/v1/code-tables/statutes", missing);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsString("field")).contains("title", "articleChanges[0].oldArticle");

        Map<String, Object> replacement = statute("BAD3", data.prefix + "错误法三");
        replacement.put("repealed", true);
        replacement.put("replacedBy", code + "NOWHERE");
        assertThat(admin.post("/api/v1/code-tables/statutes", replacement).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("replacedBy");
        Map<String, Object> badDate = statute("BAD4", data.prefix + "错误法四");
        badDate.put("currentVersion", "2019/05/15");
        var date = admin.post("/api/v1/code-tables/statutes", badDate);
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.isProblem()).isTrue();
        assertThat(admin.post("/api/v1/code-tables/statutes", statute("bad", data.prefix + "错误法五")).status())
                .isEqualTo(400);

        var unknown = admin.put("/api/v1/code-tables/statutes/" + code + "NOPE", statute("NOPE", data.prefix + "无"));
        assertThat(unknown.status()).isEqualTo(404);
        admin.post("/api/v1/code-tables/statutes", statute("FIXED", data.prefix + "定法"));
        var recode = admin.put("/api/v1/code-tables/statutes/" + code + "FIXED", statute("OTHER", data.prefix + "定法"));
        assertThat(recode.status()).isEqualTo(400);
        assertThat(recode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void onlyTheSystemAdministratorEditsTheRegistry() {
        admin.post("/api/v1/code-tables/statutes", statute("MINE", data.prefix + "权限法"));
        for (String role : List.of("SECURITY_ADMIN", "AUDIT_ADMIN", "EDITOR", "REVIEWER", "SUPERVISOR")) {
            ApiClient c = new ApiClient(port).login(data.user("u" + role.toLowerCase(), null, List.of(role), false),
                    TestData.PASSWORD);
            assertThat(c.get("/api/v1/code-tables/statutes").status()).as(role).isEqualTo(200);
            assertThat(c.post("/api/v1/code-tables/statutes", statute("X", data.prefix + "越权法")).status()).as(role)
                    .isEqualTo(403);
            assertThat(c.put("/api/v1/code-tables/statutes/" + code + "MINE", statute("MINE", "越权")).status()).as(role)
                    .isEqualTo(403);
        }
        assertThat(new ApiClient(port).post("/api/v1/code-tables/statutes", statute("Y", "匿名")).status())
                .isEqualTo(401);
    }
}
