package cn.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import cn.gongkai.support.TestData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The supervision metrics on a constructed county where every expected number is known: a county with two
 * departments (one with an office below it); many-to-many catalogue links, a covered item that is archived, a
 * catalogue item whose links disappear with its archiving, drafts and pending items that never count, an incomplete
 * catalogue item, a COMMON negative item inherited by every department, a citation the registry rejects, an overdue
 * periodic review and submissions either side of the 5-working-day rule.
 */
@FullStackTest
class SupervisionIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Snapshots snapshots;
    @Autowired
    SupervisedItems supervisedItems;

    TestData data;
    long county;
    long deptA;
    long deptB;
    long office;
    long otherCounty;
    ApiClient supervisor;
    ApiClient deptSupervisor;
    ApiClient otherSupervisor;
    ApiClient editorA;
    Map<String, Long> ids = new HashMap<>();
    ItemSteps catalogue;
    Map<String, Object> c1Body;
    JsonNode c1;
    JsonNode p2;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "监督测试县人民政府", null);
        deptA = data.org("a", "监督测试县甲局", county);
        deptB = data.org("b", "监督测试县乙局", county);
        office = data.org("a1", "甲局某所", deptA);
        otherCounty = data.org("other", "另一县人民政府", null);
        ApiClient reviewer = new ApiClient(port).login(
                data.user("rv", county, List.of("REVIEWER"), false, "SUBTREE", List.of()), TestData.PASSWORD);
        ApiClient countyEditor = login("ced", county, "EDITOR");
        editorA = login("eda", deptA, "EDITOR");
        ApiClient officeEditor = login("edo", office, "EDITOR");
        supervisor = login("sv", county, "SUPERVISOR");
        deptSupervisor = login("sva", deptA, "SUPERVISOR");
        otherSupervisor = login("svo", otherCounty, "SUPERVISOR");

        ItemSteps power = new ItemSteps("power-items", editorA, reviewer);
        ItemSteps service = new ItemSteps("service-items", editorA, reviewer);
        catalogue = new ItemSteps("catalogue-items", editorA, reviewer);
        ItemSteps negative = new ItemSteps("negative-items", editorA, reviewer);

        JsonNode p1 = power.createAndPublish(powerItem(deptA, "p1", "甲局行政许可一"));
        p2 = power.createAndPublish(powerItem(deptA, "p2", "甲局行政处罚二"));
        power.create(powerItem(deptA, "p3", "甲局草稿事项"));
        JsonNode p4 = power.createAndPublish(powerItem(deptA, "p4", "甲局将归档事项"));
        JsonNode s1 = service.createAndPublish(serviceItem(deptA, "s1", "甲局公共服务一"));
        JsonNode s2 = service.createAndPublish(serviceItem(deptA, "s2", "甲局公共服务二"));
        ids.put("s1", s1.get("id").asLong());
        ids.put("s2", s2.get("id").asLong());
        JsonNode p5 = new ItemSteps("power-items", officeEditor, reviewer)
                .createAndPublish(powerItem(office, "p5", "某所行政检查"));
        ids.put("p1", p1.get("id").asLong());
        ids.put("p2", p2.get("id").asLong());
        ids.put("p4", p4.get("id").asLong());

        // C1 covers P1 (a step), S1 and P4 (many-to-many); complete and nested
        c1Body = catalogueItem(deptA, "c1", "SOCIAL_ASSISTANCE", true,
                List.of(source("POWER", p1, 1), source("SERVICE", s1, null), source("POWER", p4, null)));
        c1Body.put("nested", true);
        c1Body.put("nestedSystem", "社会救助管理系统");
        c1 = catalogue.createAndPublish(c1Body);
        // C2 (incomplete: no basis, no channels) and C3 both cover S2
        Map<String, Object> c2 = catalogueItem(deptA, "c2", "EMPLOYMENT", false, List.of(source("SERVICE", s2, null)));
        ids.put("c2", catalogue.createAndPublish(c2).get("id").asLong());
        catalogue.createAndPublish(catalogueItem(deptA, "c3", "EMPLOYMENT", true, List.of(source("SERVICE", s2, null))));
        // C4: the office covers its own item
        new ItemSteps("catalogue-items", officeEditor, reviewer).createAndPublish(
                catalogueItem(office, "c4", "ELDERLY_CARE", true, List.of(source("POWER", p5, null))));
        // C5 covered P2 until it was archived; C6 covers P2 but is only a draft
        catalogue.archive(catalogue.createAndPublish(
                catalogueItem(deptA, "c5", "HEALTH", true, List.of(source("POWER", p2, null)))));
        catalogue.create(catalogueItem(deptA, "c6", "HEALTH", true, List.of(source("POWER", p2, null))));
        // P4 is archived after being covered: it no longer counts at all
        power.archive(p4);

        // negative items: a valid COMMON one of the county, an invalid SPECIFIC one and an overdue one of dept A
        new ItemSteps("negative-items", countyEditor, reviewer).createAndPublish(
                negativeItem(county, "n1", "COMMON", "《中华人民共和国政府信息公开条例》"));
        ids.put("n2", negative.createAndPublish(negativeItem(deptA, "n2", "SPECIFIC", "《" + unknownLaw() + "》"))
                .get("id").asLong());
        long n3 = negative.createAndPublish(negativeItem(deptA, "n3", "SPECIFIC", "《中华人民共和国政府信息公开条例》"))
                .get("id").asLong();
        ids.put("n3", n3);
        jdbc.update("UPDATE negative_review SET next_review_at = ? WHERE item_id = ?", today().minusDays(1), n3);
        negative.create(negativeItem(deptA, "n4", "SPECIFIC", "《" + unknownLaw() + "》"));

        // pending items either side of the 5-working-day rule: P6 waits one day too long, P7 just within it
        LocalDate lastOverdueDay = lastOverdueSubmissionDay();
        long p6 = submit(power, powerItem(deptA, "p6", "甲局待审核逾期"));
        long p7 = submit(power, powerItem(deptA, "p7", "甲局待审核未逾期"));
        ids.put("p6", p6);
        setSubmitted(p6, lastOverdueDay.atTime(23, 0));
        setSubmitted(p7, lastOverdueDay.plusDays(1).atTime(LocalTime.of(0, 30)));
    }

    @Test
    void theReportCountsOnlyPublishedItemsPerRowAndOverTheWholeSubtree() {
        var r = supervisor.get("/api/v1/supervision/coverage?orgId=" + county);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("orgId").asLong()).isEqualTo(county);
        assertThat(report.get("asOf").asString()).isNotBlank();
        JsonNode rows = report.get("rows");
        assertThat(rows.findValuesAsString("orgId")).containsExactly(str(county), str(deptA), str(deptB));

        // the county's own items: only its COMMON negative item
        JsonNode self = rows.get(0);
        assertThat(self.get("self").asBoolean()).isTrue();
        assertThat(self.get("powerItems").asLong()).isZero();
        assertThat(self.get("coverage").isNull()).isTrue();
        assertThat(self.get("elementCompleteness").isNull()).isTrue();
        assertThat(self.get("nestingRate").isNull()).isTrue();
        assertThat(self.get("negativeItems").asLong()).isEqualTo(1);
        assertThat(self.get("basisQuality").asDouble()).isEqualTo(1.0);

        // dept A with its office: P1, P2, P5 and S1, S2 published (P3 draft, P4 archived, P6/P7 pending)
        JsonNode a = rows.get(1);
        assertThat(a.get("powerItems").asLong()).isEqualTo(3);
        assertThat(a.get("coveredPowerItems").asLong()).isEqualTo(2);
        assertThat(a.get("serviceItems").asLong()).isEqualTo(2);
        assertThat(a.get("coveredServiceItems").asLong()).isEqualTo(2);
        assertThat(a.get("coverage").asDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(a.get("powerCoverage").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(a.get("serviceCoverage").asDouble()).isEqualTo(1.0);
        assertThat(a.get("catalogueItems").asLong()).isEqualTo(4);
        assertThat(a.get("completeCatalogueItems").asLong()).isEqualTo(3);
        assertThat(a.get("elementCompleteness").asDouble()).isEqualTo(0.75);
        assertThat(a.get("nestedItems").asLong()).isEqualTo(1);
        assertThat(a.get("nestingRate").asDouble()).isEqualTo(0.25);
        // N2, N3 of its own and the county's COMMON N1
        assertThat(a.get("negativeItems").asLong()).isEqualTo(3);
        assertThat(a.get("negativeItemsWithValidBasis").asLong()).isEqualTo(2);
        assertThat(a.get("basisQuality").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(a.get("inheritedNegativeItems").asLong()).as("N1 comes from the county").isEqualTo(1);
        // N3's periodic review and P6's wait
        assertThat(a.get("overdueReviews").asLong()).isEqualTo(2);
        assertThat(a.get("overduePeriodicReviews").asLong()).isEqualTo(1);
        assertThat(a.get("pendingTooLong").asLong()).isEqualTo(1);

        // dept B has nothing of its own: null rates, but the county's COMMON item applies to it
        JsonNode b = rows.get(2);
        assertThat(b.get("powerItems").asLong()).isZero();
        assertThat(b.get("coverage").isNull()).isTrue();
        assertThat(b.get("elementCompleteness").isNull()).isTrue();
        assertThat(b.get("negativeItems").asLong()).isEqualTo(1);
        assertThat(b.get("basisQuality").asDouble()).isEqualTo(1.0);
        // …and the report says that this 100 % rests only on the county's item
        assertThat(b.get("inheritedNegativeItems").asLong()).isEqualTo(1);
        assertThat(self.get("inheritedNegativeItems").asLong()).as("the county's own COMMON item").isZero();

        JsonNode totals = report.get("totals");
        assertThat(totals.get("powerItems").asLong()).isEqualTo(3);
        assertThat(totals.get("serviceItems").asLong()).isEqualTo(2);
        assertThat(totals.get("coverage").asDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(totals.get("catalogueItems").asLong()).isEqualTo(4);
        assertThat(totals.get("negativeItems").asLong()).isEqualTo(3);
        assertThat(totals.get("negativeItemsWithValidBasis").asLong()).isEqualTo(2);
        assertThat(totals.get("inheritedNegativeItems").asLong()).isZero();
        assertThat(totals.get("overdueReviews").asLong()).isEqualTo(2);
    }

    @Test
    void aRevisedCatalogueItemMovesTheCoverageToItsNewSourcesWhenPublished() {
        Map<String, Object> revised = new HashMap<>(c1Body);
        revised.put("sources", List.of(source("POWER", p2, null)));
        revised.put("version", c1.get("version").asInt());
        revised.put("changeReason", "关联事项调整");
        var draft = editorA.put("/api/v1/catalogue-items/" + c1.get("id").asLong(), revised);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        // the new draft changes nothing yet: the published revision's links count
        JsonNode a = deptARow();
        assertThat(a.get("coveredPowerItems").asLong()).isEqualTo(2);
        assertThat(a.get("coveredServiceItems").asLong()).isEqualTo(2);

        catalogue.publish(draft.json());

        // P1 and S1 lost C1, P2 gained it; P5 (C4) and S2 (C2, C3) are as they were
        a = deptARow();
        assertThat(a.get("coveredPowerItems").asLong()).isEqualTo(2);
        assertThat(a.get("coveredServiceItems").asLong()).isEqualTo(1);
        JsonNode gaps = supervisor.get("/api/v1/supervision/coverage/" + deptA + "/gaps?size=200").json();
        assertThat(list(gaps.get("items"))).filteredOn(i -> i.get("type").asString().startsWith("UNCOVERED_"))
                .extracting(i -> i.get("itemId").asLong()).containsExactly(ids.get("p1"), ids.get("s1"));
    }

    JsonNode deptARow() {
        var r = supervisor.get("/api/v1/supervision/coverage?orgId=" + county);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("rows").get(1);
    }

    @Test
    void theResyncRebuildsTheFactsOfItemsWrittenStraightIntoTheDatabaseAndDropsThoseOfArchivedItems() {
        String facts = "SELECT item_id, kind, org_id, code, name, revision, domain_code, part, complete, missing_elements,"
                + " nested, basis_valid, covered, basis_problems FROM supervised_item WHERE org_id IN (?, ?, ?, ?)"
                + " ORDER BY item_id";
        Object[] orgs = {county, deptA, deptB, office};
        List<Map<String, Object>> before = jdbc.queryForList(facts, orgs);
        assertThat(before).hasSize(12); // P1 P2 P5 S1 S2, C1–C4, N1–N3
        jdbc.update("DELETE FROM supervised_item WHERE org_id IN (?, ?, ?, ?)", orgs);
        jdbc.update("INSERT INTO supervised_item (item_id, kind, org_id, code, name, revision, checked_at)"
                + " VALUES (?, 'POWER', ?, 'p4', '甲局将归档事项', 1, NOW(3))", ids.get("p4"), deptA);

        assertThat(supervisedItems.resync()).isGreaterThanOrEqualTo(before.size());

        assertThat(jdbc.queryForList(facts, orgs)).isEqualTo(before);

        // coverage flags that drifted from the published links (P2 uncovered, S2 covered) are corrected too
        jdbc.update("UPDATE supervised_item SET covered = NOT covered WHERE item_id IN (?, ?)", ids.get("p2"),
                ids.get("s2"));
        supervisedItems.resync();
        assertThat(jdbc.queryForList(facts, orgs)).isEqualTo(before);
    }

    @Test
    void aDepartmentsSupervisorSeesItsSubtreeWithTheInheritedCommonItem() {
        JsonNode report = deptSupervisor.get("/api/v1/supervision/coverage?orgId=" + deptA).json();
        JsonNode rows = report.get("rows");
        assertThat(rows.findValuesAsString("orgId")).containsExactly(str(deptA), str(office));
        assertThat(rows.get(0).get("powerItems").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("coveredPowerItems").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("negativeItems").asLong()).isEqualTo(3);
        assertThat(rows.get(1).get("powerItems").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(rows.get(1).get("negativeItems").asLong()).isEqualTo(1);
        assertThat(report.get("totals").get("negativeItems").asLong()).isEqualTo(3);
        // without orgId: the supervisor's own org
        assertThat(deptSupervisor.get("/api/v1/supervision/coverage").json().get("orgId").asLong()).isEqualTo(deptA);
    }

    @Test
    void everyFigureIsReproducedByItsDrillDownList() {
        JsonNode gaps = supervisor.get("/api/v1/supervision/coverage/" + county + "/gaps?size=200").json();
        JsonNode counts = gaps.get("counts");
        assertThat(counts.get("UNCOVERED_POWER").asLong()).isEqualTo(1);
        assertThat(counts.get("UNCOVERED_SERVICE").asLong()).isZero();
        assertThat(counts.get("INCOMPLETE_CATALOGUE").asLong()).isEqualTo(1);
        assertThat(counts.get("INVALID_BASIS").asLong()).isEqualTo(1);
        assertThat(counts.get("REVIEW_OVERDUE").asLong()).isEqualTo(1);
        assertThat(counts.get("PENDING_TOO_LONG").asLong()).isEqualTo(1);
        assertThat(gaps.get("total").asLong()).isEqualTo(5);
        List<JsonNode> items = list(gaps.get("items"));
        assertThat(items).extracting(i -> i.get("type").asString()).containsExactly("UNCOVERED_POWER",
                "INCOMPLETE_CATALOGUE", "INVALID_BASIS", "REVIEW_OVERDUE", "PENDING_TOO_LONG");
        assertThat(items).extracting(i -> i.get("itemId").asLong()).containsExactly(ids.get("p2"), ids.get("c2"),
                ids.get("n2"), ids.get("n3"), ids.get("p6"));
        assertThat(items.get(0).get("reason").asString()).contains("没有已发布的政务公开事项目录覆盖");
        assertThat(items.get(0).get("orgName").asString()).isEqualTo("监督测试县甲局");
        assertThat(list(items.get(1).get("details"))).extracting(JsonNode::asString)
                .containsExactly("公开依据", "公开渠道");
        assertThat(items.get(1).get("reason").asString()).isEqualTo("要素不完整，缺少：公开依据、公开渠道");
        assertThat(items.get(2).get("reason").asString()).contains(unknownLaw());
        assertThat(items.get(3).get("dueDate").asString()).isEqualTo(today().minusDays(1).toString());
        assertThat(items.get(4).get("reason").asString()).contains("待审核已超过5个工作日");

        // one type, paged
        JsonNode page = supervisor.get("/api/v1/supervision/coverage/" + county + "/gaps?type=INVALID_BASIS&size=1")
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("itemId").asLong()).isEqualTo(ids.get("n2"));
        // the county's own row (本级) has no gaps; dept B's subtree has none either
        assertThat(supervisor.get("/api/v1/supervision/coverage/" + county + "/gaps?ownOnly=true").json()
                .get("total").asLong()).isZero();
        assertThat(supervisor.get("/api/v1/supervision/coverage/" + deptB + "/gaps").json().get("total").asLong())
                .isZero();
        var bad = supervisor.get("/api/v1/supervision/coverage/" + county + "/gaps?type=NOPE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }

    @Test
    void registryEditsChangeTheBasisQuality() throws Exception {
        ApiClient admin = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false),
                TestData.PASSWORD);
        var created = admin.post("/api/v1/code-tables/statutes", Map.of("title", unknownLaw()));
        assertThat(created.status()).as(created.toString()).isBetween(200, 201);
        // the re-check runs after the registry write has committed
        double quality = 0;
        for (int i = 0; i < 100 && quality < 1.0; i++) {
            Thread.sleep(100);
            quality = supervisor.get("/api/v1/supervision/coverage?orgId=" + county).json().get("rows").get(1)
                    .get("basisQuality").asDouble();
        }
        assertThat(quality).isEqualTo(1.0);
        assertThat(supervisor.get("/api/v1/supervision/coverage/" + county + "/gaps?type=INVALID_BASIS").json()
                .get("total").asLong()).isZero();
    }

    String unknownLaw() {
        return data.prefix + "未入库管理办法";
    }

    @Test
    void domainsCountPublishedCatalogueItemsAndDeclarations() {
        var declared = supervisor.put("/api/v1/orgs/" + county + "/domains/HOUSING_EXPROPRIATION",
                Map.of("applicable", false, "reason", "本县未开展国有土地上房屋征收"));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        JsonNode d = supervisor.get("/api/v1/supervision/domains?orgId=" + county).json();
        int active = jdbc.queryForObject("SELECT COUNT(*) FROM code_entry WHERE code_table = 'DOMAINS' AND active "
                + "AND code <> 'OTHER'", Integer.class);
        assertThat(d.get("activeDomains").asInt()).isEqualTo(active);
        assertThat(d.get("coveredDomains").asInt()).isEqualTo(4);
        assertThat(d.get("domainCoverage").asDouble()).isCloseTo(4.0 / active, within(1e-9));
        Map<String, JsonNode> byCode = new HashMap<>();
        d.get("rows").forEach(row -> byCode.put(row.get("domainCode").asString(), row));
        assertThat(byCode.get("EMPLOYMENT").get("catalogueItems").asLong()).isEqualTo(2);
        assertThat(byCode.get("EMPLOYMENT").get("status").asString()).isEqualTo("COVERED");
        assertThat(byCode.get("HEALTH").get("status").asString()).isEqualTo("MISSING");
        assertThat(byCode.get("HOUSING_EXPROPRIATION").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(byCode.get("HOUSING_EXPROPRIATION").get("reason").asString()).isEqualTo("本县未开展国有土地上房屋征收");
        assertThat(byCode.get("OTHER").get("status").asString()).isEqualTo("NOT_COUNTED");
        // the report's totals agree
        assertThat(supervisor.get("/api/v1/supervision/coverage?orgId=" + county).json().get("totals")
                .get("coveredDomains").asInt()).isEqualTo(4);
    }

    @Test
    void onlySupervisorsOverTheOrgMaySee() {
        var editor = editorA.get("/api/v1/supervision/coverage?orgId=" + deptA);
        assertThat(editor.status()).isEqualTo(403);
        assertThat(editor.isProblem()).isTrue();
        assertThat(editor.json().get("detail").asString()).contains("监督");
        assertThat(deptSupervisor.get("/api/v1/supervision/coverage?orgId=" + county).status()).isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/supervision/coverage?orgId=" + county).status()).isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/supervision/coverage/" + deptA + "/gaps").status()).isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/supervision/domains?orgId=" + county).status()).isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/supervision/trend?orgId=" + county).status()).isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/supervision/coverage/export?orgId=" + county).status()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/v1/supervision/coverage?orgId=" + county).status()).isEqualTo(401);
        assertThat(supervisor.get("/api/v1/supervision/coverage?orgId=99999999").status()).isEqualTo(404);
    }

    @Test
    void monthlySnapshotsMakeTheTrend() {
        snapshots.takeAll();
        snapshots.takeAll(); // a second run (another instance) rewrites the same rows
        YearMonth month = YearMonth.from(today());
        JsonNode trend = supervisor.get("/api/v1/supervision/trend?orgId=" + county + "&from=" + month.minusMonths(2)
                + "&to=" + month).json();
        assertThat(trend.get("points")).hasSize(1);
        JsonNode point = trend.get("points").get(0);
        assertThat(point.get("period").asString()).isEqualTo(month.toString());
        assertThat(point.get("powerItems").asLong()).isEqualTo(3);
        assertThat(point.get("coverage").asDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(point.get("negativeItems").asLong()).isEqualTo(3);
        assertThat(point.get("overdueReviews").asLong()).isEqualTo(2);
        // the department's snapshot counts the county's COMMON item too
        JsonNode b = supervisor.get("/api/v1/supervision/trend?orgId=" + deptB).json().get("points").get(0);
        assertThat(b.get("negativeItems").asLong()).isEqualTo(1);
        assertThat(b.get("coverage").isNull()).isTrue();
        // quarter and year views show the last month inside each
        JsonNode quarter = supervisor.get("/api/v1/supervision/trend?orgId=" + county + "&period=QUARTER").json();
        assertThat(quarter.get("points").get(0).get("period").asString())
                .isEqualTo(month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1));
        JsonNode year = supervisor.get("/api/v1/supervision/trend?orgId=" + county + "&period=year").json();
        assertThat(year.get("points").get(0).get("period").asString()).isEqualTo(String.valueOf(month.getYear()));
        assertThat(supervisor.get("/api/v1/supervision/trend?orgId=" + county + "&from=2026-13").status())
                .isEqualTo(400);
        assertThat(supervisor.get("/api/v1/supervision/trend?orgId=" + county + "&period=WEEK").status())
                .isEqualTo(400);
    }

    @Test
    void theExportHoldsTheTableAndTheGaps() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/supervision/coverage/export?orgId=" + county))
                .header("Cookie", "SESSION=" + supervisor.cookie("SESSION")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(SupervisionController.XLSX);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("覆盖情况", "问题清单");
            List<Row> table = sheets.get(0).read();
            assertThat(table.get(1).getCellText(0)).isEqualTo("机构");
            assertThat(table.get(1).getCellText(5)).isEqualTo("覆盖率");
            assertThat(table.get(2).getCellText(0)).isEqualTo("监督测试县人民政府（本级）");
            assertThat(table.get(3).getCellText(0)).isEqualTo("监督测试县甲局");
            assertThat(table.get(3).getCellAsNumber(5).orElseThrow().doubleValue()).isCloseTo(0.8, within(1e-9));
            assertThat(table.get(5).getCellText(0)).startsWith("合计");
            // a null rate is an empty cell, not 0
            assertThat(table.get(4).getCellText(5)).isEmpty();
            List<Row> gaps = sheets.get(1).read();
            assertThat(gaps.get(1).getCellText(5)).isEqualTo("原因");
            assertThat(gaps.stream().skip(2).map(row -> row.getCellText(5)))
                    .contains("要素不完整，缺少：公开依据、公开渠道");
            assertThat(gaps).hasSize(2 + 5);
        }
    }

    // -------------------------------------------------------------------------------------------------------------

    ApiClient login(String suffix, long org, String role) {
        return new ApiClient(port).login(data.user(suffix, org, List.of(role), false), TestData.PASSWORD);
    }

    static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    /** the last submission day that has waited more than 5 working days by today (counted independently) */
    LocalDate lastOverdueSubmissionDay() {
        LocalDate d = today().minusDays(1);
        while (workingDays.workingDaysBetween(d, today().minusDays(1)) < 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    long submit(ItemSteps steps, Map<String, Object> body) {
        JsonNode item = steps.create(body);
        return steps.act(editorA, item, "submit", Map.of(), 200).get("id").asLong();
    }

    void setSubmitted(long id, java.time.LocalDateTime beijing) {
        jdbc.update("UPDATE item SET submitted_at = ? WHERE id = ?",
                Timestamp.from(beijing.atZone(BEIJING).toInstant()), id);
    }

    Map<String, Object> powerItem(long orgId, String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第十二条")));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理"), Map.of("seq", 2, "name", "决定")));
        return body;
    }

    Map<String, Object> serviceItem(long orgId, String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("serviceObjects", List.of("NATURAL_PERSON"));
        body.put("legalBasis", List.of(Map.of("title", "《社会救助暂行办法》", "article", "第九条")));
        return body;
    }

    Map<String, Object> catalogueItem(long orgId, String code, String domain, boolean complete,
            List<Map<String, Object>> sources) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", "目录事项" + code);
        body.put("domainCode", domain);
        body.put("level1", "一级事项" + code);
        body.put("content", "公开内容" + code);
        body.put("timeLimit", Map.of("text", "信息形成或变更之日起20个工作日内"));
        body.put("audiences", List.of("PUBLIC"));
        body.put("modes", List.of("PROACTIVE"));
        body.put("levels", List.of("COUNTY"));
        body.put("sources", sources);
        if (complete) {
            body.put("basis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第二十条")));
            body.put("channels", List.of(Map.of("code", "GOV_WEBSITE", "required", true)));
        }
        return body;
    }

    static Map<String, Object> source(String kind, JsonNode item, Integer step) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("itemId", item.get("id").asLong());
        s.put("stepSeq", step);
        return s;
    }

    Map<String, Object> negativeItem(long orgId, String code, String part, String lawTitle) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("code", data.prefix + code);
        body.put("name", "不予公开事项" + code);
        body.put("part", part);
        body.put("category", "STATE_SECRET");
        body.put("description", "依法确定为国家秘密的文件");
        body.put("legalBasis", List.of(Map.of("title", lawTitle, "article", "第十四条")));
        return body;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static String str(long id) {
        return String.valueOf(id);
    }

    static Stream<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asString);
    }
}
