package cn.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** The fields of 权责清单 and 公共服务清单 (docs/DOMAIN.md) and their validation, with field paths in errors[]. */
@FullStackTest
class ItemFieldsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long dept;
    long otherDept;
    ApiClient editor;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        long county = data.org("gov", "测试县人民政府", null);
        dept = data.org("zj", "测试县住建局", county);
        otherDept = data.org("jt", "测试县交通局", county);
        editor = new ApiClient(port).login(data.user("ed", dept, List.of("EDITOR"), false, "OWN_ORGS",
                List.of(otherDept)), TestData.PASSWORD);
    }

    Map<String, Object> power(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + code);
        body.put("name", "建筑工程施工许可");
        body.put("category", "LICENSING");
        return body;
    }

    List<String> errorFields(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        return r.json().get("errors").findValuesAsString("field");
    }

    @Test
    void everyPowerFieldIsStoredAndReturned() {
        Map<String, Object> body = power("all");
        body.put("legalBasis", List.of(Map.of("title", "《建筑工程施工许可管理办法》", "docNumber", "住房和城乡建设部令第18号",
                "article", "第二条", "version", "2021")));
        body.put("handlingUnit", "行政审批股");
        body.put("coImplementingOrgs", "县自然资源局");
        body.put("responsibilities", List.of("受理责任", "审查责任", "决定责任"));
        body.put("accountability", "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任");
        body.put("supervision", "县纪委监委派驻纪检组 0000-1234567");
        body.put("consultation", "0000-7654321");
        body.put("statutoryLimit", Map.of("value", 15, "unit", "NATURAL_DAY", "note", "自受理之日起"));
        body.put("promisedLimit", Map.of("value", 7, "unit", "NATURAL_DAY"));
        body.put("fee", Map.of("charged", false));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理", "description", "窗口受理")));
        body.put("integrityRisks", "违规受理");
        body.put("validFrom", "2026-01-01");
        body.put("validTo", "2028-12-31");
        var r = editor.post("/api/v1/power-items", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode item = editor.get("/api/v1/power-items/" + r.json().get("id").asLong()).json();
        assertThat(item.get("legalBasis").get(0).get("docNumber").asString()).isEqualTo("住房和城乡建设部令第18号");
        assertThat(item.get("statutoryLimit").get("unit").asString()).isEqualTo("NATURAL_DAY");
        assertThat(item.get("responsibilities").size()).isEqualTo(3);
        assertThat(item.get("validTo").asString()).isEqualTo("2028-12-31");
        assertThat(item.get("fee").get("charged").asBoolean()).isFalse();
    }

    @Test
    void badFieldsAreReportedWithTheirPaths() {
        Map<String, Object> body = power("bad");
        body.remove("category");
        body.put("legalBasis", List.of(Map.of("article", "第二条")));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理"), Map.of("seq", 0, "name", "")));
        body.put("statutoryLimit", Map.of("value", -1, "unit", "WORKING_DAY"));
        assertThat(errorFields(editor.post("/api/v1/power-items", body))).contains("category", "legalBasis[0].title",
                "processSteps[1].seq", "processSteps[1].name", "statutoryLimit.value");

        Map<String, Object> badEnum = power("enum");
        badEnum.put("category", "PERMIT");
        assertThat(errorFields(editor.post("/api/v1/power-items", badEnum))).containsExactly("category");

        Map<String, Object> badUnit = power("unit");
        badUnit.put("promisedLimit", Map.of("value", 3, "unit", "HOURS"));
        assertThat(errorFields(editor.post("/api/v1/power-items", badUnit))).containsExactly("promisedLimit.unit");

        Map<String, Object> unknown = power("unknown");
        unknown.put("colour", "red");
        assertThat(errorFields(editor.post("/api/v1/power-items", unknown))).containsExactly("colour");

        Map<String, Object> dupSteps = power("dup");
        dupSteps.put("processSteps", List.of(Map.of("seq", 1, "name", "受理"), Map.of("seq", 1, "name", "审查")));
        assertThat(errorFields(editor.post("/api/v1/power-items", dupSteps))).containsExactly("processSteps[1].seq");

        Map<String, Object> dates = power("dates");
        dates.put("validFrom", "2026-05-01");
        dates.put("validTo", "2026-04-30");
        assertThat(errorFields(editor.post("/api/v1/power-items", dates))).containsExactly("validTo");

        Map<String, Object> noName = power("noname");
        noName.put("name", " ");
        assertThat(errorFields(editor.post("/api/v1/power-items", noName))).containsExactly("name");
        Map<String, Object> noOrg = power("noorg");
        noOrg.remove("orgId");
        assertThat(errorFields(editor.post("/api/v1/power-items", noOrg))).containsExactly("orgId");
        assertThat(editor.post("/api/v1/power-items", "[1,2]").status()).isEqualTo(400);
        assertThat(editor.post("/api/v1/power-items", "{\"code\": ").status()).isEqualTo(400);
    }

    @Test
    void submittingNeedsALegalCitation() {
        var draft = editor.post("/api/v1/power-items", power("nobasis")).json();
        var r = editor.post("/api/v1/power-items/" + draft.get("id").asLong() + "/submit",
                Map.of("version", draft.get("version").asInt()));
        assertThat(errorFields(r)).containsExactly("legalBasis");
        assertThat(r.detail()).contains("法律依据");
        assertThat(editor.get("/api/v1/power-items/" + draft.get("id").asLong()).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void aSubItemNamesAMainItemOfTheSameOrg() {
        JsonNode main = editor.post("/api/v1/power-items", power("main")).json();
        Map<String, Object> sub = power("sub");
        sub.put("name", "建筑工程施工许可（变更）");
        sub.put("parentId", main.get("id").asLong());
        var created = editor.post("/api/v1/power-items", sub);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("parentId").asLong()).isEqualTo(main.get("id").asLong());

        Map<String, Object> subOfSub = power("subsub");
        subOfSub.put("parentId", created.json().get("id").asLong());
        assertThat(errorFields(editor.post("/api/v1/power-items", subOfSub))).containsExactly("parentId");

        Map<String, Object> elsewhere = power("elsewhere");
        elsewhere.put("orgId", otherDept);
        elsewhere.put("parentId", main.get("id").asLong());
        assertThat(errorFields(editor.post("/api/v1/power-items", elsewhere))).containsExactly("parentId");

        Map<String, Object> missing = power("missing");
        missing.put("parentId", 987_654_321L);
        assertThat(errorFields(editor.post("/api/v1/power-items", missing))).containsExactly("parentId");
    }

    @Test
    void everyServiceFieldIsStoredAndValidated() {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", dept);
        body.put("code", data.prefix + "svc");
        body.put("name", "住房公积金缴存证明开具");
        body.put("serviceObjects", List.of("NATURAL_PERSON", "ENTERPRISE"));
        body.put("legalBasis", List.of(Map.of("title", "《住房公积金管理条例》", "article", "第三十条")));
        body.put("acceptingUnit", "县政务服务中心住建窗口");
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "申请"), Map.of("seq", 2, "name", "出具证明")));
        body.put("materials", List.of(Map.of("name", "居民身份证", "required", true, "originals", 1, "copies", 0)));
        body.put("sampleText", "见窗口示范文本");
        body.put("fee", Map.of("charged", false));
        body.put("timeLimit", Map.of("value", 0, "unit", "WORKING_DAY", "note", "即办"));
        body.put("consultation", "0000-1111111");
        body.put("complaint", "12345");
        body.put("location", "县政务服务中心二楼");
        body.put("hours", "工作日 9:00-17:00");
        body.put("handlingForms", List.of("WINDOW", "ONLINE_PC"));
        var r = editor.post("/api/v1/service-items", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode item = r.json();
        assertThat(item.get("kind").asString()).isEqualTo("SERVICE");
        assertThat(item.get("materials").get(0).get("name").asString()).isEqualTo("居民身份证");
        assertThat(item.get("handlingForms").size()).isEqualTo(2);
        assertThat(item.get("timeLimit").get("note").asString()).isEqualTo("即办");

        body.put("code", data.prefix + "svc2");
        body.put("materials", List.of(Map.of("name", "", "required", true)));
        body.put("serviceObjects", List.of("ALIENS"));
        assertThat(errorFields(editor.post("/api/v1/service-items", body))).containsExactly("serviceObjects[0]");
        body.put("serviceObjects", List.of("ENTERPRISE"));
        assertThat(errorFields(editor.post("/api/v1/service-items", body))).containsExactly("materials[0].name");
        body.put("materials", List.of());
        body.put("fee", Map.of("charged", true));
        assertThat(errorFields(editor.post("/api/v1/service-items", body))).containsExactly("fee.basis");
    }

    @Test
    void listsThatDoNotExistYetAreNotFound() {
        assertThat(editor.get("/api/v1/no-such-items").status()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/v1/public/no-such-items").status()).isEqualTo(404);
    }
}
