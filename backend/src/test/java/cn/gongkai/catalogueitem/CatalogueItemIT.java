package cn.gongkai.catalogueitem;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 政务公开事项目录 (docs/DOMAIN.md "Catalogue items"): fields, code-table validation, links to power/service items and
 * their steps (both sides, console and public), publication rules and the org's standard-catalogue table.
 */
@FullStackTest
class CatalogueItemIT {

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
    ApiClient public_;
    ItemSteps catalogue;
    ItemSteps powers;
    ItemSteps services;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "测试县人民政府", null);
        dept = data.org("mz", "测试县民政局", county);
        otherDept = data.org("jt", "测试县交通局", county);
        editor = new ApiClient(port).login(data.user("ed", dept, List.of("EDITOR"), false), TestData.PASSWORD);
        reviewer = new ApiClient(port).login(data.user("rv", dept, List.of("REVIEWER"), false), TestData.PASSWORD);
        public_ = new ApiClient(port);
        catalogue = new ItemSteps("catalogue-items", editor, reviewer);
        powers = new ItemSteps("power-items", editor, reviewer);
        services = new ItemSteps("service-items", editor, reviewer);
    }

    Map<String, Object> power(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + code);
        body.put("name", "最低生活保障对象认定");
        body.put("category", "CONFIRMATION");
        body.put("legalBasis", List.of(Map.of("title", "《社会救助暂行办法》", "article", "第十一条")));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "申请受理"), Map.of("seq", 2, "name", "审核确认")));
        return body;
    }

    Map<String, Object> service(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + code);
        body.put("name", "临时救助申请");
        body.put("legalBasis", List.of(Map.of("title", "《社会救助暂行办法》", "article", "第四十七条")));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        return body;
    }

    Map<String, Object> entry(String code, List<Map<String, Object>> sources) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + code);
        body.put("name", "最低生活保障审核信息");
        body.put("domainCode", "SOCIAL_ASSISTANCE");
        body.put("level1", "最低生活保障");
        body.put("level2", "审核信息");
        body.put("content", "初审对象名单及相关信息");
        body.put("basis", List.of(Map.of("title", "《社会救助暂行办法》", "article", "第十一条")));
        body.put("timeLimit", Map.of("text", "制定或获取信息之日起10个工作日内"));
        body.put("displayPeriod", Map.of("value", 7, "unit", "WORKING_DAY"));
        body.put("channels", List.of(Map.of("code", "NOTICE_BOARD", "required", true),
                Map.of("code", "GOV_WEBSITE", "required", false)));
        body.put("otherChannels", "民政一体化平台");
        body.put("audiences", List.of("SPECIFIC", "PUBLIC"));
        body.put("modes", List.of("PROACTIVE"));
        body.put("levels", List.of("COUNTY", "TOWNSHIP"));
        body.put("sources", sources);
        body.put("nested", true);
        body.put("nestedSystem", "民政一体化平台");
        return body;
    }

    static Map<String, Object> source(String kind, JsonNode item, Integer step) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("itemId", item.get("id").asLong());
        s.put("stepSeq", step);
        return s;
    }

    List<String> errorFields(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        return r.json().get("errors").findValuesAsString("field");
    }

    @Test
    void everyFieldIsStoredAndTheTimeLimitRuleIsReadFromItsText() {
        JsonNode power = powers.create(power("p1"));
        JsonNode item = catalogue.create(entry("c1", List.of(source("POWER", power, 2))));
        JsonNode read = editor.get("/api/v1/catalogue-items/" + item.get("id").asLong()).json();
        assertThat(read.get("kind").asString()).isEqualTo("CATALOGUE");
        assertThat(read.get("domainCode").asString()).isEqualTo("SOCIAL_ASSISTANCE");
        assertThat(read.get("timeLimit").get("anchor").asString()).isEqualTo("OBTAINED");
        assertThat(read.get("timeLimit").get("value").asInt()).isEqualTo(10);
        assertThat(read.get("timeLimit").get("unit").asString()).isEqualTo("WORKING_DAY");
        assertThat(read.get("channels").get(1).get("required").asBoolean()).isFalse();
        assertThat(read.get("levels").size()).isEqualTo(2);
        assertThat(read.get("nested").asBoolean()).isTrue();
        // the console shows both ends of the link, with the step's name
        JsonNode src = read.get("sourceItems").get(0);
        assertThat(src.get("name").asString()).isEqualTo("最低生活保障对象认定");
        assertThat(src.get("stepName").asString()).isEqualTo("审核确认");
        assertThat(src.get("status").asString()).isEqualTo("DRAFT");
        JsonNode covered = editor.get("/api/v1/power-items/" + power.get("id").asLong()).json();
        assertThat(covered.get("catalogueItems").findValuesAsString("code")).containsExactly(data.prefix + "c1");
        // a view sent back as a body is accepted: computed fields are ignored
        Map<String, Object> back = new HashMap<>(entry("c1", List.of(source("POWER", power, 2))));
        back.put("version", read.get("version").asInt());
        back.put("sourceItems", List.of(Map.of("x", 1)));
        back.put("warnings", List.of());
        assertThat(editor.put("/api/v1/catalogue-items/" + read.get("id").asLong(), back).status()).isEqualTo(200);
    }

    @Test
    void codesMustComeFromTheCodeTables() {
        Map<String, Object> body = entry("codes", List.of());
        body.put("domainCode", "NO_SUCH_DOMAIN");
        body.put("channels", List.of(Map.of("code", "CARRIER_PIGEON")));
        body.put("levels", List.of("GALAXY"));
        assertThat(errorFields(editor.post("/api/v1/catalogue-items", body)))
                .containsExactlyInAnyOrder("domainCode", "channels[0].code", "levels[0]");

        Map<String, Object> dup = entry("dup", List.of());
        dup.put("channels", List.of(Map.of("code", "GOV_WEBSITE"), Map.of("code", "GOV_WEBSITE")));
        dup.put("modes", List.of("PROACTIVE", "PROACTIVE"));
        assertThat(errorFields(editor.post("/api/v1/catalogue-items", dup))).containsExactlyInAnyOrder("channels[1]",
                "modes[1]");

        Map<String, Object> badEnum = entry("enum", List.of());
        badEnum.put("audiences", List.of("EVERYONE"));
        assertThat(errorFields(editor.post("/api/v1/catalogue-items", badEnum))).containsExactly("audiences[0]");

        Map<String, Object> badLimit = entry("limit", List.of());
        badLimit.put("timeLimit", Map.of("text", "实时公开", "anchor", "REAL_TIME", "value", 3, "unit", "WORKING_DAY"));
        assertThat(errorFields(editor.post("/api/v1/catalogue-items", badLimit))).containsExactly("timeLimit.value");
    }

    @Test
    void sourcesMustBeReadablePowerOrServiceItemsThatAreNotArchivedWithExistingSteps() {
        JsonNode power = powers.create(power("p2"));
        // an item of another department, outside the editor's scope
        ApiClient otherEditor = new ApiClient(port).login(data.user("ed2", otherDept, List.of("EDITOR"), false),
                TestData.PASSWORD);
        Map<String, Object> foreign = power("p3");
        foreign.put("orgId", otherDept);
        var f = otherEditor.post("/api/v1/power-items", foreign);
        assertThat(f.status()).isEqualTo(201);

        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s1", List.of(source("POWER", f.json(), null)))))).containsExactly("sources[0].itemId");
        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s2", List.of(source("POWER", power, 9)))))).containsExactly("sources[0].stepSeq");
        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s3", List.of(source("SERVICE", power, null)))))).containsExactly("sources[0].itemId");
        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s4", List.of(source("NEGATIVE", power, null)))))).containsExactly("sources[0].kind");
        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s5", List.of(source("POWER", power, 1), source("POWER", power, 1))))))
                .containsExactly("sources[1]");

        JsonNode archived = powers.archive(powers.publish(powers.create(power("p4"))));
        assertThat(errorFields(editor.post("/api/v1/catalogue-items",
                entry("s6", List.of(source("POWER", archived, null)))))).containsExactly("sources[0].itemId");
        // the whole item, and one step of it, may both be linked; a service item too
        JsonNode service = services.create(service("sv1"));
        catalogue.create(entry("s7", List.of(source("POWER", power, null), source("POWER", power, 1),
                source("SERVICE", service, 1))));
    }

    @Test
    void submittingNeedsWhatThePublicationRulesRequire() {
        Map<String, Object> thin = new HashMap<>();
        thin.put("orgId", dept);
        thin.put("code", data.prefix + "thin");
        thin.put("name", "草稿");
        thin.put("domainCode", "SOCIAL_ASSISTANCE");
        thin.put("level1", "最低生活保障");
        JsonNode draft = catalogue.create(thin);
        var r = editor.post("/api/v1/catalogue-items/" + draft.get("id").asLong() + "/submit",
                Map.of("version", draft.get("version").asInt()));
        assertThat(errorFields(r)).containsExactlyInAnyOrder("content", "timeLimit.text", "audiences", "modes",
                "levels");
        assertThat(errorFields(editor.post("/api/v1/catalogue-items", Map.of("orgId", dept, "code",
                data.prefix + "none", "name", "无领域")))).contains("domainCode", "level1");
    }

    @Test
    void thePublicSeesBothSidesOfALinkOnlyBetweenPublishedRevisions() {
        JsonNode power = powers.createAndPublish(power("p5"));
        long powerId = power.get("id").asLong();
        JsonNode entry = catalogue.create(entry("c5", List.of(source("POWER", power, 1))));
        long entryId = entry.get("id").asLong();
        // a draft catalogue item covers nothing publicly
        assertThat(public_.get("/api/v1/public/power-items/" + powerId).json().get("catalogueItems").size()).isZero();
        catalogue.publish(entry);
        JsonNode publicPower = public_.get("/api/v1/public/power-items/" + powerId).json();
        assertThat(publicPower.get("catalogueItems").findValuesAsString("id")).containsExactly(String.valueOf(entryId));
        JsonNode publicEntry = public_.get("/api/v1/public/catalogue-items/" + entryId).json();
        assertThat(publicEntry.get("sourceItems").get(0).get("stepName").asString()).isEqualTo("申请受理");
        assertThat(publicEntry.has("warnings")).isFalse();

        // a new draft revision dropping the link leaves the public link alone until it is approved
        JsonNode current = editor.get("/api/v1/catalogue-items/" + entryId).json();
        Map<String, Object> edit = entry("c5", List.of());
        edit.put("version", current.get("version").asInt());
        edit.put("changeReason", "调整来源");
        JsonNode edited = editor.put("/api/v1/catalogue-items/" + entryId, edit).json();
        assertThat(public_.get("/api/v1/public/power-items/" + powerId).json().get("catalogueItems").size())
                .isEqualTo(1);
        assertThat(editor.get("/api/v1/power-items/" + powerId).json().get("catalogueItems").size()).isZero();
        JsonNode republished = catalogue.publish(edited);
        assertThat(public_.get("/api/v1/public/power-items/" + powerId).json().get("catalogueItems").size()).isZero();

        // archiving removes the links
        Map<String, Object> relink = entry("c5", List.of(source("POWER", power, null)));
        relink.put("version", republished.get("version").asInt());
        relink.put("changeReason", "恢复来源");
        JsonNode linked = catalogue.publish(editor.put("/api/v1/catalogue-items/" + entryId, relink).json());
        assertThat(public_.get("/api/v1/public/power-items/" + powerId).json().get("catalogueItems").size())
                .isEqualTo(1);
        catalogue.archive(linked);
        assertThat(public_.get("/api/v1/public/power-items/" + powerId).json().get("catalogueItems").size()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_source WHERE catalogue_id = ?", Integer.class,
                entryId)).isZero();
    }

    @Test
    void anOrgDeclaresADomainNotApplicableWithAReason() {
        String path = "/api/v1/orgs/" + dept + "/domains/HOUSING_EXPROPRIATION";
        assertThat(errorFields(editor.put(path, Map.of("applicable", false)))).containsExactly("reason");
        var declared = editor.put(path, Map.of("applicable", false, "reason", "本单位不承担房屋征收职责"));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(declared.json().get("applicable").asBoolean()).isFalse();
        JsonNode list = editor.get("/api/v1/orgs/" + dept + "/domains").json();
        JsonNode row = null;
        for (JsonNode d : list) {
            if (d.get("domainCode").asString().equals("HOUSING_EXPROPRIATION")) {
                row = d;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("reason").asString()).isEqualTo("本单位不承担房屋征收职责");
        assertThat(list.size()).isGreaterThanOrEqualTo(26);
        // the public table states it
        JsonNode table = public_.get("/api/v1/public/orgs/" + dept + "/catalogue").json();
        assertThat(table.get("domains").findValuesAsString("domainCode")).contains("HOUSING_EXPROPRIATION");

        assertThat(editor.put("/api/v1/orgs/" + dept + "/domains/NO_SUCH", Map.of("applicable", false, "reason", "x"))
                .status()).isEqualTo(404);
        ApiClient outsider = new ApiClient(port).login(data.user("ed3", otherDept, List.of("EDITOR"), false),
                TestData.PASSWORD);
        assertThat(outsider.put(path, Map.of("applicable", true)).status()).isEqualTo(404);
        assertThat(reviewer.put(path, Map.of("applicable", true)).status()).isEqualTo(403);
        ApiClient supervisor = new ApiClient(port).login(data.user("sup", county, List.of("SUPERVISOR"), false),
                TestData.PASSWORD);
        var withdrawn = supervisor.put(path, Map.of("applicable", true));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("applicable").asBoolean()).isTrue();

        // not applicable while published items exist in the domain: refused
        catalogue.createAndPublish(entry("dom", List.of()));
        var refused = editor.put("/api/v1/orgs/" + dept + "/domains/SOCIAL_ASSISTANCE",
                Map.of("applicable", false, "reason", "不涉及"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    }

    @Test
    void theStandardCatalogueTableGroupsPublishedItemsByDomainAndLevel() {
        catalogue.createAndPublish(entry("t2", List.of()));
        Map<String, Object> first = entry("t1", List.of());
        first.put("level1", "临时救助");
        catalogue.createAndPublish(first);
        Map<String, Object> draft = entry("t3", List.of());
        draft.put("domainCode", "ELDERLY_CARE");
        catalogue.create(draft);
        JsonNode table = public_.get("/api/v1/public/orgs/" + dept + "/catalogue").json();
        assertThat(table.get("orgName").asString()).isEqualTo("测试县民政局");
        assertThat(table.get("channels").findValuesAsString("code")).contains("GOV_WEBSITE", "NOTICE_BOARD");
        assertThat(table.get("domains").findValuesAsString("domainCode")).containsExactly("SOCIAL_ASSISTANCE");
        JsonNode rows = table.get("domains").get(0).get("items");
        assertThat(rows.findValuesAsString("level1")).containsExactly("临时救助", "最低生活保障");
        assertThat(rows.get(0).get("subject").asString()).isEqualTo("测试县民政局");
        assertThat(public_.get("/api/v1/public/orgs/999999999/catalogue").status()).isEqualTo(404);
    }

    @Test
    void citationsAreCheckedAgainstTheStatuteRegistryAsWarnings() {
        Map<String, Object> body = entry("w1", List.of());
        body.put("basis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第十九条"),
                Map.of("title", "《某某县自定规矩》", "article", "第一条")));
        JsonNode item = catalogue.create(body);
        assertThat(item.get("warnings").findValuesAsString("field")).containsExactly("basis[1]");
        // warnings never block: the item can be submitted
        catalogue.act(editor, item, "submit", Map.of(), 200);
    }
}
