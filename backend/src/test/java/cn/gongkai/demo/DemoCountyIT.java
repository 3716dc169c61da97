package cn.gongkai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gongkai.org.CreditCode;
import cn.gongkai.org.OrgRef;
import cn.gongkai.org.OrgType;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
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

    @Test
    void loadsACountyWithDepartmentsTownshipsAndOneUserPerBusinessRole() {
        Map<String, OrgRef> orgs = county.load();
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
}
