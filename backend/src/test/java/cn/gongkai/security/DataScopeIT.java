package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The data scope the item features filter by, on a real org tree. */
@FullStackTest
class DataScopeIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DataScopes scopes;
    @Autowired
    UserDirectory users;

    TestData data;
    long county;
    long rsj;
    long rsjCentre;
    long mzj;
    long town;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "范围测试县", null);
        rsj = data.org("rsj", "人社局", county);
        rsjCentre = data.org("rsjzx", "人社局就业服务中心", rsj);
        mzj = data.org("mzj", "民政局", county);
        town = data.org("town", "某镇", county);
    }

    CurrentUser user(String suffix, long orgId, List<String> roles, String scope, List<Long> extra) {
        String name = data.user(suffix, orgId, roles, false, scope, extra);
        return users.findActive(data.userId(name)).orElseThrow();
    }

    @Test
    void anEditorWritesItsOwnOrgsOnlyUnlessGivenTheSubtree() {
        CurrentUser own = user("ed", rsj, List.of("EDITOR"), "OWN_ORGS", List.of(mzj));
        assertThat(scopes.writable(own).orgIds()).containsExactlyInAnyOrder(rsj, mzj);
        assertThat(scopes.reviewable(own).isEmpty()).isTrue();
        assertThat(scopes.supervised(own).isEmpty()).isTrue();
        assertThat(scopes.readable(own).orgIds()).containsExactlyInAnyOrder(rsj, mzj);

        CurrentUser subtree = user("eds", rsj, List.of("EDITOR"), "SUBTREE", List.of());
        assertThat(scopes.writable(subtree).orgIds()).containsExactlyInAnyOrder(rsj, rsjCentre);
    }

    @Test
    void aReviewerReviewsItsOrgsOrTheirSubtree() {
        CurrentUser countyReviewer = user("rv", county, List.of("REVIEWER"), "SUBTREE", List.of());
        assertThat(scopes.reviewable(countyReviewer).orgIds())
                .containsExactlyInAnyOrder(county, rsj, rsjCentre, mzj, town);
        assertThat(scopes.writable(countyReviewer).isEmpty()).isTrue();
        CurrentUser deptReviewer = user("rvd", rsj, List.of("REVIEWER", "EDITOR"), "OWN_ORGS", List.of());
        assertThat(scopes.reviewable(deptReviewer).orgIds()).containsExactly(rsj);
    }

    @Test
    void aSupervisorReadsTheWholeSubtreeWhateverItsMode() {
        CurrentUser sup = user("sup", rsj, List.of("SUPERVISOR"), "OWN_ORGS", List.of());
        assertThat(scopes.supervised(sup).orgIds()).containsExactlyInAnyOrder(rsj, rsjCentre);
        assertThat(scopes.readable(sup).covers(mzj)).isFalse();
    }

    @Test
    void administratorsSeeNoItems() {
        String sys = data.user("sys", null, List.of("SYS_ADMIN"), false);
        CurrentUser admin = users.findActive(data.userId(sys)).orElseThrow();
        assertThat(scopes.readable(admin).isEmpty()).isTrue();
        assertThat(scopes.writable(admin).isEmpty()).isTrue();
    }

    @Test
    void aMovedOrgChangesTheScopeAtOnce() {
        CurrentUser sup = user("mv", mzj, List.of("SUPERVISOR"), "SUBTREE", List.of());
        assertThat(scopes.supervised(sup).covers(town)).isFalse();
        jdbc.update("UPDATE org_unit SET parent_id = ?, path = CONCAT((SELECT p FROM (SELECT path AS p FROM org_unit WHERE id = ?) x), id, '/') WHERE id = ?",
                mzj, mzj, town);
        assertThat(scopes.supervised(sup).covers(town)).isTrue();
    }
}
