package cn.gongkai.codetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * {@code /api/v1/code-tables/{table}} for domains, channels and levels. The tables are shared by the whole test
 * JVM, so this class only adds entries with its own code prefix and removes them again afterwards.
 */
@FullStackTest
class CodeTableIT {

    static final List<String> DOMAIN_CODES = List.of("URBAN_RURAL_PLANNING", "MAJOR_PROJECTS", "PUBLIC_RESOURCE_TRADING",
            "BUDGET_FINAL_ACCOUNTS", "WORK_SAFETY", "TAX_ADMINISTRATION", "LAND_ACQUISITION", "HOUSING_EXPROPRIATION",
            "RURAL_HOUSING_RENOVATION", "ENVIRONMENTAL_PROTECTION", "PUBLIC_CULTURE", "PUBLIC_LEGAL_SERVICES",
            "POVERTY_ALLEVIATION", "DISASTER_RELIEF", "SOCIAL_ASSISTANCE", "ELDERLY_CARE", "HOUSEHOLD_REGISTRATION",
            "AGRICULTURAL_SUBSIDIES", "COMPULSORY_EDUCATION", "HEALTH", "FOOD_DRUG_SUPERVISION", "URBAN_LAW_ENFORCEMENT",
            "EMPLOYMENT", "SOCIAL_INSURANCE", "SUBSIDIZED_HOUSING", "MUNICIPAL_SERVICES", "OTHER");
    static final List<String> CHANNEL_CODES = List.of("GOV_WEBSITE", "GAZETTE", "NEW_MEDIA", "PRESS_HEARING", "BROADCAST",
            "PRINT", "READING_POINT", "SERVICE_CENTER", "SERVICE_STATION", "ON_SITE", "NOTICE_BOARD", "TARGETED_PUSH",
            "HOTLINE", "OTHER");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CodeTables codeTables;
    @Autowired
    CachedCodeTables cache;

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
        long org = data.org("org", "代码表测试县", null);
        editor = new ApiClient(port).login(data.user("editor", org, List.of("EDITOR"), false), TestData.PASSWORD);
    }

    @AfterEach
    void removeOwnEntries() {
        jdbc.update("DELETE FROM code_entry WHERE code LIKE CONCAT(?, '%')", code);
        for (CodeTable t : CodeTable.values()) {
            cache.evict(t);
        }
    }

    Map<String, Object> entry(String suffix, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code + suffix);
        m.put("name", name);
        return m;
    }

    JsonNode find(JsonNode entries, String entryCode) {
        for (JsonNode e : entries) {
            if (e.get("code").asString().equals(entryCode)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void everyLoggedInUserReadsTheSeededTablesInSortOrder() {
        JsonNode domains = editor.get("/api/v1/code-tables/domains").json();
        assertThat(domains.findValuesAsString("code")).containsSubsequence(DOMAIN_CODES);
        assertThat(find(domains, "POVERTY_ALLEVIATION").get("name").asString()).isEqualTo("扶贫");
        assertThat(find(domains, "HOUSING_EXPROPRIATION").get("name").asString()).isEqualTo("国有土地上房屋征收与补偿");
        assertThat(find(domains, "OTHER").get("active").asBoolean()).isTrue();
        assertThat(find(domains, "OTHER").get("sortOrder").asInt()).isEqualTo(990);

        JsonNode channels = editor.get("/api/v1/code-tables/channels").json();
        assertThat(channels.findValuesAsString("code")).containsSubsequence(CHANNEL_CODES);
        assertThat(find(channels, "NOTICE_BOARD").get("name").asString()).isEqualTo("社区/企事业单位/村公示栏(电子屏)");
        assertThat(find(channels, "HOTLINE").get("name").asString()).isEqualTo("12345热线");

        JsonNode levels = editor.get("/api/v1/code-tables/levels").json();
        assertThat(levels.findValuesAsString("code")).containsSubsequence("COUNTY", "TOWNSHIP");
        assertThat(find(levels, "COUNTY").get("name").asString()).isEqualTo("县级");
        assertThat(find(levels, "TOWNSHIP").get("name").asString()).isEqualTo("乡级");

        assertThat(codeTables.find(CodeTable.DOMAINS, "HEALTH")).map(CodeEntry::name).contains("卫生健康");
        assertThat(codeTables.isActive(CodeTable.CHANNELS, "GOV_WEBSITE")).isTrue();
    }

    @Test
    void anUnknownTableIs404AndReadingNeedsALogin() {
        var unknown = editor.get("/api/v1/code-tables/colours");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.detail()).contains("代码表不存在");
        assertThat(new ApiClient(port).get("/api/v1/public/code-tables/colours").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/code-tables/colours", entry("X", "某")).status()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/v1/code-tables/domains").status()).isEqualTo(401);
    }

    @Test
    void theAdministratorAddsAnEntryThatEveryoneSeesAtOnce() {
        List<CodeEntry> before = codeTables.entries(CodeTable.LEVELS); // the bean has the table in memory now
        Map<String, Object> village = entry("VILLAGE", data.prefix + "村级");
        village.put("note", "行政村（社区）");
        var created = admin.post("/api/v1/code-tables/levels", village);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("active").asBoolean()).isTrue();
        int lastSort = before.stream().mapToInt(CodeEntry::sortOrder).max().orElse(0);
        assertThat(created.json().get("sortOrder").asInt()).isEqualTo(lastSort + 10);

        JsonNode listed = find(editor.get("/api/v1/code-tables/levels").json(), code + "VILLAGE");
        assertThat(listed.get("name").asString()).isEqualTo(data.prefix + "村级");
        assertThat(listed.get("note").asString()).isEqualTo("行政村（社区）");
        assertThat(codeTables.isActive(CodeTable.LEVELS, code + "VILLAGE")).isTrue();
        assertThat(find(new ApiClient(port).get("/api/v1/public/code-tables/levels").json(), code + "VILLAGE")).isNotNull();

        Integer audited = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'CODE_ENTRY_CREATE' AND actor = ? AND target_type = 'CODE_ENTRY'
                AND target_id = ? AND outcome = 'SUCCESS'""", Integer.class, sysName, "LEVELS:" + code + "VILLAGE");
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void renamingAndDeactivatingChangeNameAndFlagButNeverTheCode() {
        admin.post("/api/v1/code-tables/domains", entry("POVERTY", data.prefix + "扶贫"));
        Map<String, Object> renamed = new HashMap<>(Map.of("name", data.prefix + "乡村振兴", "sortOrder", 135));
        var r = admin.put("/api/v1/code-tables/domains/" + code + "POVERTY", renamed);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("code").asString()).isEqualTo(code + "POVERTY");
        assertThat(r.json().get("name").asString()).isEqualTo(data.prefix + "乡村振兴");
        assertThat(r.json().get("sortOrder").asInt()).isEqualTo(135);
        assertThat(codeTables.find(CodeTable.DOMAINS, code + "POVERTY")).map(CodeEntry::name).contains(data.prefix + "乡村振兴");

        // PUT on the table path names the code in the body (docs/API.md); unset sortOrder keeps the old one
        Map<String, Object> off = entry("POVERTY", data.prefix + "乡村振兴");
        off.put("active", false);
        var deactivated = admin.put("/api/v1/code-tables/domains", off);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("sortOrder").asInt()).isEqualTo(135);

        JsonNode all = editor.get("/api/v1/code-tables/domains").json();
        assertThat(find(all, code + "POVERTY").get("active").asBoolean()).isFalse();
        assertThat(find(new ApiClient(port).get("/api/v1/public/code-tables/domains").json(), code + "POVERTY")).isNull();
        assertThat(codeTables.isActive(CodeTable.DOMAINS, code + "POVERTY")).isFalse();
        assertThat(codeTables.find(CodeTable.DOMAINS, code + "POVERTY")).isPresent();

        var newCode = admin.put("/api/v1/code-tables/domains/" + code + "POVERTY", entry("RURAL", "乡村振兴2"));
        assertThat(newCode.status()).isEqualTo(400);
        assertThat(newCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        var unknown = admin.put("/api/v1/code-tables/domains/" + code + "NOPE", Map.of("name", "无"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).contains(code + "NOPE");
        assertThat(admin.put("/api/v1/code-tables/domains", Map.of("name", "无编码")).status()).isEqualTo(400);
    }

    @Test
    void duplicateCodesAndNamesAre409() {
        admin.post("/api/v1/code-tables/channels", entry("PLATFORM", data.prefix + "平台"));
        var sameCode = admin.post("/api/v1/code-tables/channels", entry("PLATFORM", data.prefix + "另一个平台"));
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.detail()).contains("已存在编码");
        var sameName = admin.post("/api/v1/code-tables/channels", entry("PLATFORM2", data.prefix + "平台"));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.detail()).contains("已有名称");
        var seededName = admin.post("/api/v1/code-tables/channels", entry("WEB", "政府网站"));
        assertThat(seededName.status()).isEqualTo(409);
        // the same code may exist in another table
        assertThat(admin.post("/api/v1/code-tables/levels", entry("PLATFORM", data.prefix + "平台级")).status())
                .isEqualTo(201);
        admin.post("/api/v1/code-tables/channels", entry("PLATFORM3", data.prefix + "平台3"));
        var renameOnto = admin.put("/api/v1/code-tables/channels/" + code + "PLATFORM3", Map.of("name", data.prefix + "平台"));
        assertThat(renameOnto.status()).isEqualTo(409);
    }

    @Test
    void invalidEntriesAre400NamingTheField() {
        for (String bad : List.of("lower_case", "1ABC", "A", "WITH-DASH", "A".repeat(65))) {
            var r = admin.post("/api/v1/code-tables/levels", Map.of("code", bad, "name", "某级"));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("errors").findValuesAsString("field")).as(bad).contains("code");
            assertThat(r.detail()).contains("大写字母");
        }
        var noName = admin.post("/api/v1/code-tables/levels", Map.of("code", code + "X"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").findValuesAsString("field")).contains("name");
        var noCode = admin.post("/api/v1/code-tables/levels", Map.of("name", "某级"));
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.json().get("errors").findValuesAsString("field")).contains("code");
        var badType = admin.post("/api/v1/code-tables/levels", Map.of("code", code + "X", "name", "某级", "sortOrder", "first"));
        assertThat(badType.status()).isEqualTo(400);
    }

    @Test
    void onlyTheSystemAdministratorWrites() {
        admin.post("/api/v1/code-tables/levels", entry("CITY", data.prefix + "市级"));
        for (String role : List.of("SECURITY_ADMIN", "AUDIT_ADMIN", "EDITOR", "REVIEWER", "SUPERVISOR")) {
            ApiClient c = new ApiClient(port).login(data.user("u" + role.toLowerCase(), null, List.of(role), false),
                    TestData.PASSWORD);
            assertThat(c.get("/api/v1/code-tables/levels").status()).as(role).isEqualTo(200);
            assertThat(c.post("/api/v1/code-tables/levels", entry("X" + role, "越权")).status()).as(role).isEqualTo(403);
            assertThat(c.put("/api/v1/code-tables/levels/" + code + "CITY", Map.of("name", "越权")).status()).as(role)
                    .isEqualTo(403);
            assertThat(c.put("/api/v1/code-tables/levels", entry("CITY", "越权")).status()).as(role).isEqualTo(403);
        }
        assertThat(new ApiClient(port).post("/api/v1/code-tables/levels", entry("ANON", "匿名")).status()).isEqualTo(401);
        assertThat(find(editor.get("/api/v1/code-tables/levels").json(), code + "CITY").get("name").asString())
                .isEqualTo(data.prefix + "市级");
    }

    @Test
    void theCacheServesReadsAndALocalWriteRefreshesItAtOnce() {
        admin.post("/api/v1/code-tables/channels", entry("A", data.prefix + "甲"));
        admin.post("/api/v1/code-tables/channels", entry("B", data.prefix + "乙"));
        assertThat(codeTables.find(CodeTable.CHANNELS, code + "A")).map(CodeEntry::name).contains(data.prefix + "甲");

        // a write that bypasses this instance (as another app instance's would) is not seen before the TTL runs out …
        jdbc.update("UPDATE code_entry SET name = ? WHERE code_table = 'CHANNELS' AND code = ?", data.prefix + "甲改",
                code + "A");
        assertThat(codeTables.find(CodeTable.CHANNELS, code + "A")).map(CodeEntry::name).contains(data.prefix + "甲");
        assertThat(find(editor.get("/api/v1/code-tables/channels").json(), code + "A").get("name").asString())
                .isEqualTo(data.prefix + "甲");

        // … but a write through this instance reloads the whole table
        admin.put("/api/v1/code-tables/channels/" + code + "B", Map.of("name", data.prefix + "乙改"));
        assertThat(codeTables.find(CodeTable.CHANNELS, code + "A")).map(CodeEntry::name).contains(data.prefix + "甲改");
        assertThat(find(editor.get("/api/v1/code-tables/channels").json(), code + "B").get("name").asString())
                .isEqualTo(data.prefix + "乙改");
    }
}
