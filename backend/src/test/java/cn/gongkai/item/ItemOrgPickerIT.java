package cn.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The org pickers offer only the orgs in the caller's scope, as a tree with the caller's own org first: the
 * supervisor never sees another county, an editor of two orgs sees those two.
 */
@FullStackTest
class ItemOrgPickerIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    ApiClient login(String username) {
        return new ApiClient(port).login(username, TestData.PASSWORD);
    }

    static List<String> names(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            out.add(n.get("name").asString());
            out.addAll(names(n.get("children")));
        }
        return out;
    }

    @Test
    void pickersOfferTheCallersScopeAsATreeOwnOrgFirst() {
        TestData data = new TestData(jdbc, encoder);
        String p = data.prefix;
        long county = data.org("gov", p + "甲县人民政府", null);
        long office = data.org("office", p + "甲县政府办公室", county);
        long dept = data.org("dept", p + "甲县人社局", county);
        long town = data.org("town", p + "甲县青石镇", county);
        data.org("town-office", p + "青石镇党政办", town);
        long other = data.org("other", p + "乙县人民政府", null);
        data.org("other-dept", p + "乙县民政局", other);

        ApiClient supervisor = login(data.user("sv", county, List.of("SUPERVISOR"), false));
        JsonNode tree = supervisor.get("/api/v1/supervision/orgs").json();
        assertThat(tree.size()).isEqualTo(1);
        assertThat(tree.get(0).get("id").asLong()).isEqualTo(county);
        assertThat(names(tree)).contains(p + "甲县人社局", p + "青石镇党政办").noneMatch(n -> n.startsWith(p + "乙县"));
        assertThat(names(tree)).hasSize(5);

        ApiClient twoOrgs = login(data.user("ed", office, List.of("EDITOR"), false, "OWN_ORGS", List.of(county)));
        JsonNode writable = twoOrgs.get("/api/v1/items/orgs?for=WRITE").json();
        assertThat(writable.size()).isEqualTo(1);
        assertThat(writable.get(0).get("id").asLong()).isEqualTo(county);
        assertThat(names(writable)).containsExactly(p + "甲县人民政府", p + "甲县政府办公室");

        ApiClient deptEditor = login(data.user("ed2", dept, List.of("EDITOR"), false, "OWN_ORGS", List.of(town)));
        JsonNode two = deptEditor.get("/api/v1/items/orgs?for=WRITE").json();
        assertThat(two.get(0).get("id").asLong()).as("own org first").isEqualTo(dept);
        assertThat(names(two)).containsExactly(p + "甲县人社局", p + "甲县青石镇");
        assertThat(deptEditor.get("/api/v1/items/orgs?for=REVIEW").json().size()).isZero();
        assertThat(deptEditor.get("/api/v1/items/orgs?for=ANY").status()).isEqualTo(400);

        assertThat(twoOrgs.get("/api/v1/supervision/orgs").status()).isEqualTo(403);
    }
}
