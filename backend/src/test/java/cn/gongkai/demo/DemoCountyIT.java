package cn.gongkai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gongkai.org.CreditCode;
import cn.gongkai.org.OrgRef;
import cn.gongkai.org.OrgType;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo county the embedded default loads (tests turn the loader off and call it here). */
@FullStackTest
class DemoCountyIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoCounty county;
    @Autowired
    JdbcTemplate jdbc;

    /** the county can be loaded once per database: the first test to run loads it */
    static Map<String, OrgRef> loaded;

    @BeforeEach
    void load() {
        if (loaded == null) {
            loaded = county.load();
        }
    }

    @Test
    void loadsACountyWithDepartmentsTownshipsAndOneUserPerBusinessRole() {
        Map<String, OrgRef> orgs = loaded;
        assertThat(orgs.values()).filteredOn(o -> o.type() == OrgType.DEPARTMENT).hasSizeGreaterThanOrEqualTo(10);
        assertThat(orgs.values()).filteredOn(o -> o.type() == OrgType.TOWNSHIP).hasSize(2);
        List<String> creditCodes = jdbc.queryForList("SELECT credit_code FROM org_unit WHERE code LIKE 'YX-%'", String.class);
        assertThat(creditCodes).hasSize(orgs.size()).allMatch(CreditCode::isValid);

        for (String user : List.of("editor_rsj", "reviewer_rsj", "editor_mzj", "reviewer_county", "supervisor_county")) {
            var me = new ApiClient(port).post("/api/v1/auth/login", Map.of("username", user, "password", DemoCounty.PASSWORD));
            assertThat(me.status()).as(user).isEqualTo(200);
            assertThat(me.json().get("passwordChangeRequired").asBoolean()).as(user).isFalse();
        }
        var zrzy = new ApiClient(port).login("editor_zrzy", DemoCounty.PASSWORD).get("/api/v1/auth/me").json();
        assertThat(zrzy.get("extraOrgIds").get(0).asLong()).isEqualTo(orgs.get("YX-ZJJ").id());
    }

    @Test
    void theDemoListsShowEveryStateOfTheLifecycle() {
        long rsj = loaded.get("YX-RSJ").id();
        ApiClient editor = new ApiClient(port).login("editor_rsj", DemoCounty.PASSWORD);
        var powers = editor.get("/api/v1/power-items?orgId=" + rsj + "&size=100").json().get("items");
        assertThat(powers.findValuesAsString("status")).contains("PUBLISHED", "PENDING_REVIEW", "REJECTED", "DRAFT");
        var revision = powers.valueStream().filter(i -> i.get("code").asString().equals("RSJ-CF-001")).findFirst()
                .orElseThrow();
        assertThat(revision.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(revision.get("revision").asInt()).isEqualTo(1);
        assertThat(editor.get("/api/v1/service-items?orgId=" + rsj).json().get("total").asLong()).isEqualTo(3);

        var reviewer = new ApiClient(port).login("reviewer_rsj", DemoCounty.PASSWORD);
        assertThat(reviewer.get("/api/v1/items/dashboard").json().get("toReview").asLong()).isEqualTo(3);
        var publicPowers = new ApiClient(port).get("/api/v1/public/power-items?size=100").json();
        assertThat(publicPowers.get("items").findValuesAsString("code")).contains("RSJ-XK-001", "RSJ-CF-001",
                "ZJJ-XK-001").doesNotContain("RSJ-JC-001", "RSJ-QR-001", "RSJ-GF-001");
    }

    @Test
    void theDemoCatalogueAndNegativeListAreLinkedInheritedAndChecked() {
        long mzj = loaded.get("YX-MZJ").id();
        ApiClient public_ = new ApiClient(port);
        var table = public_.get("/api/v1/public/orgs/" + mzj + "/catalogue").json();
        assertThat(table.get("domains").findValuesAsString("domainCode")).contains("SOCIAL_ASSISTANCE",
                "HOUSING_EXPROPRIATION");
        long minimum = jdbc.queryForObject("SELECT id FROM item WHERE kind = 'POWER' AND code = 'MZJ-GF-001'", Long.class);
        assertThat(public_.get("/api/v1/public/power-items/" + minimum).json().get("catalogueItems")
                .findValuesAsString("code")).containsOnly("MZJ-ML-001", "MZJ-ML-002"); // one row per linked step

        var negatives = public_.get("/api/v1/public/orgs/" + mzj + "/negative-list").json();
        assertThat(negatives.get("common").findValuesAsString("code")).containsExactly("GOV-FM-001", "GOV-FM-002",
                "GOV-FM-003", "GOV-FM-004");
        assertThat(negatives.get("specific").findValuesAsString("code")).containsExactly("MZJ-FM-001");
        ApiClient editor = new ApiClient(port).login("editor_mzj", DemoCounty.PASSWORD);
        long outdated = negatives.get("specific").get(0).get("id").asLong();
        assertThat(editor.get("/api/v1/negative-items/" + outdated).json().get("warnings").size()).isPositive();
    }
}
