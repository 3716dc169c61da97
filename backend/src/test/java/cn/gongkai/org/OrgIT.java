package cn.gongkai.org;

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

@FullStackTest
class OrgIT {

    /** 11 (机关) + 990101 + MB1000001 + check character */
    static final String VALID_CREDIT_CODE = "11990101MB1000001" + CreditCode.checkCharacter("11990101MB1000001");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    OrgApi orgApi;

    TestData data;
    ApiClient admin;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        admin = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
    }

    Map<String, Object> org(String code, String name, Long parentId, String type, int level) {
        return TestData.orgBody(data.prefix + code, name, parentId, type, level);
    }

    long create(Map<String, Object> body) {
        var r = admin.post("/api/v1/orgs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    JsonNode find(JsonNode nodes, long id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asLong() == id) {
                return n;
            }
            JsonNode inChild = find(n.get("children"), id);
            if (inChild != null) {
                return inChild;
            }
        }
        return null;
    }

    @Test
    void createsATreeThatEveryLoggedInUserCanRead() {
        Map<String, Object> county = org("gov", "测试县人民政府", null, "GOVERNMENT", 4);
        county.put("creditCode", VALID_CREDIT_CODE.toLowerCase());
        county.put("regionCode", "990101");
        long countyId = create(county);
        long dept = create(org("rsj", "测试县人力资源和社会保障局", countyId, "DEPARTMENT", 4));

        String editor = data.user("editor", dept, List.of("EDITOR"), false);
        JsonNode tree = new ApiClient(port).login(editor, TestData.PASSWORD).get("/api/v1/orgs").json();
        JsonNode countyNode = find(tree, countyId);
        assertThat(countyNode.get("creditCode").asString()).isEqualTo(VALID_CREDIT_CODE);
        assertThat(countyNode.get("regionCode").asString()).isEqualTo("990101");
        assertThat(countyNode.get("children").get(0).get("id").asLong()).isEqualTo(dept);
        assertThat(countyNode.get("children").get(0).get("parentId").asLong()).isEqualTo(countyId);
        assertThat(orgApi.subtreeIds(countyId)).containsExactlyInAnyOrder(countyId, dept);
    }

    @Test
    void aBadCheckCharacterIs400NamingTheField() {
        Map<String, Object> body = org("bad", "校验位错误的机构", null, "GOVERNMENT", 4);
        char wrong = VALID_CREDIT_CODE.charAt(17) == '0' ? '1' : '0';
        body.put("creditCode", VALID_CREDIT_CODE.substring(0, 17) + wrong);
        var r = admin.post("/api/v1/orgs", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("校验位错误");
    }

    @Test
    void missingFieldsAndBadEnumsAre400() {
        var missing = admin.post("/api/v1/orgs", Map.of("code", data.prefix + "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("name", "type", "level");
        var badType = admin.post("/api/v1/orgs", Map.of("code", data.prefix + "y", "name", "n", "type", "CASTLE", "level", 4));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.detail()).contains("type");
    }

    @Test
    void aDuplicateCodeIs409() {
        create(org("dup", "第一个", null, "GOVERNMENT", 4));
        var r = admin.post("/api/v1/orgs", org("dup", "第二个", null, "GOVERNMENT", 4));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.detail()).contains("已存在");
    }

    @Test
    void anOrgWithChildrenOrUsersCannotBeDeletedButCanBeDisabled() {
        long county = create(org("gov2", "删除测试县", null, "GOVERNMENT", 4));
        long dept = create(org("dept2", "删除测试局", county, "DEPARTMENT", 4));
        var withChildren = admin.delete("/api/v1/orgs/" + county);
        assertThat(withChildren.status()).isEqualTo(409);
        assertThat(withChildren.detail()).contains("下级机构");

        data.user("member", dept, List.of("EDITOR"), false);
        var withUsers = admin.delete("/api/v1/orgs/" + dept);
        assertThat(withUsers.status()).isEqualTo(409);
        assertThat(withUsers.detail()).contains("用户");

        Map<String, Object> disabled = org("dept2", "删除测试局", county, "DEPARTMENT", 4);
        disabled.put("enabled", false);
        assertThat(admin.put("/api/v1/orgs/" + dept, disabled).json().get("enabled").asBoolean()).isFalse();
        // the public tree shows enabled orgs only, and needs no login
        JsonNode publicTree = new ApiClient(port).get("/api/v1/public/orgs").json();
        assertThat(find(publicTree, county)).isNotNull();
        assertThat(find(publicTree, dept)).isNull();

        long empty = create(org("empty", "空机构", county, "DEPARTMENT", 4));
        assertThat(admin.delete("/api/v1/orgs/" + empty).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/orgs/" + empty).status()).isEqualTo(404);
    }

    @Test
    void movingAnOrgMovesItsSubtreeAndCyclesAreRefused() {
        long a = create(org("a", "甲县", null, "GOVERNMENT", 4));
        long b = create(org("b", "乙县", null, "GOVERNMENT", 4));
        long dept = create(org("d", "甲县某局", a, "DEPARTMENT", 4));
        long office = create(org("o", "甲县某局某所", dept, "INSTITUTION", 4));

        assertThat(admin.put("/api/v1/orgs/" + dept, org("d", "甲县某局", b, "DEPARTMENT", 4)).status()).isEqualTo(200);
        assertThat(orgApi.subtreeIds(b)).containsExactlyInAnyOrder(b, dept, office);
        assertThat(orgApi.subtreeIds(a)).containsExactly(a);

        var cycle = admin.put("/api/v1/orgs/" + dept, org("d", "甲县某局", office, "DEPARTMENT", 4));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    }

    @Test
    void aChildCannotRankAboveItsParentAndAMissingParentIs400() {
        long township = create(org("tw", "某镇", null, "TOWNSHIP", 5));
        var higher = admin.post("/api/v1/orgs", org("hi", "某局", township, "DEPARTMENT", 4));
        assertThat(higher.status()).isEqualTo(400);
        assertThat(higher.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        var orphan = admin.post("/api/v1/orgs", org("or", "孤儿", 999_999_999L, "DEPARTMENT", 4));
        assertThat(orphan.status()).isEqualTo(400);
    }

    @Test
    void onlyTheSystemAdministratorWritesOrgs() {
        long county = create(org("gov3", "权限测试县", null, "GOVERNMENT", 4));
        for (String role : List.of("SECURITY_ADMIN", "AUDIT_ADMIN", "EDITOR", "SUPERVISOR")) {
            ApiClient c = new ApiClient(port).login(data.user(role.toLowerCase(), county, List.of(role), false),
                    TestData.PASSWORD);
            assertThat(c.post("/api/v1/orgs", org("x" + role, "不该建成", county, "DEPARTMENT", 4)).status()).as(role)
                    .isEqualTo(403);
            assertThat(c.delete("/api/v1/orgs/" + county).status()).as(role).isEqualTo(403);
        }
        assertThat(new ApiClient(port).post("/api/v1/orgs", org("anon", "匿名", null, "GOVERNMENT", 4)).status())
                .isEqualTo(401);
        assertThat(new ApiClient(port).get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void unknownOrgIs404Problem() {
        var r = admin.get("/api/v1/orgs/987654321");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("机构不存在");
    }
}
