package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The calendar endpoints over the real database. The calendar is shared by the whole app, so the edits here go to
 * {@link #YEAR}, a year no other test uses, which is removed again after each test.
 */
@FullStackTest
class CalendarIT {

    static final int YEAR = 2033;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    WorkingDays workingDays;

    TestData data;
    ApiClient sys;
    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        sys = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        anonymous = new ApiClient(port);
        forgetTestYear();
    }

    @AfterEach
    void forgetTestYear() {
        jdbc.update("DELETE FROM calendar_day WHERE date BETWEEN ? AND ?", YEAR + "-01-01", YEAR + "-12-31");
        jdbc.update("DELETE FROM calendar_year WHERE year = ?", YEAR);
        workingDays.refresh();
    }

    JsonNode deadline(String from, int n) {
        var r = anonymous.get("/api/v1/public/calendar/deadline?from=" + from + "&workingDays=" + n);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static Map<String, String> day(String date, String kind) {
        return Map.of("date", date, "kind", kind);
    }

    static String source(String text) {
        return "?source=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode dayOf(JsonNode year, String date) {
        for (JsonNode d : year.get("days")) {
            if (d.get("date").asString().equals(date)) {
                return d;
            }
        }
        throw new AssertionError("no day " + date);
    }

    @Test
    void anybodyComputesADeadlineOverTheNationalDayHoliday() {
        JsonNode r = deadline("2026-09-30", 1);
        assertThat(r.get("deadline").asString()).isEqualTo("2026-10-08");
        assertThat(r.get("provisional").asBoolean()).isFalse();
        assertThat(r.get("skipped")).hasSize(7);
        assertThat(r.get("skipped").get(0).get("date").asString()).isEqualTo("2026-10-01");
        assertThat(r.get("skipped").get(0).get("kind").asString()).isEqualTo("HOLIDAY");

        JsonNode springFestival = deadline("2026-02-13", 1);
        assertThat(springFestival.get("deadline").asString()).isEqualTo("2026-02-14");
        assertThat(springFestival.get("skipped")).isEmpty();
    }

    @Test
    void aDeadlineBeyondTheLoadedYearsIsProvisional() {
        JsonNode r = deadline("2026-12-31", 1);
        assertThat(r.get("deadline").asString()).isEqualTo("2027-01-01");
        assertThat(r.get("provisional").asBoolean()).isTrue();
    }

    @Test
    void badOrMissingDeadlineParametersAre400InChinese() {
        Map<String, String> cases = Map.of(
                "workingDays=5", "from",
                "from=&workingDays=5", "from",
                "from=2026-13-01&workingDays=5", "from",
                "from=1999-12-31&workingDays=5", "from",
                "from=2026-03-02", "workingDays",
                "from=2026-03-02&workingDays=0", "workingDays",
                "from=2026-03-02&workingDays=1001", "workingDays",
                "from=2026-03-02&workingDays=abc", "workingDays",
                "from=2026-03-02&workingDays=2.5", "workingDays");
        cases.forEach((query, field) -> {
            var r = anonymous.get("/api/v1/public/calendar/deadline?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.isProblem()).as(query).isTrue();
            assertThat(r.json().get("errors").get(0).get("field").asString()).as(query).isEqualTo(field);
            assertThat(r.detail()).as(query).containsPattern("[\\u4e00-\\u9fff]");
        });
        assertThat(deadline("2026-03-02", 1000).get("provisional").asBoolean()).isTrue();
    }

    @Test
    void everyLoggedInUserReadsAWholeYearAndThePortalReadsItWithoutNames() {
        String editor = data.user("editor", data.org("o", "某局", null), List.of("EDITOR"), false);
        var r = new ApiClient(port).login(editor, TestData.PASSWORD).get("/api/v1/calendar/2026");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode year = r.json();
        assertThat(year.get("year").asInt()).isEqualTo(2026);
        assertThat(year.get("loaded").asBoolean()).isTrue();
        assertThat(year.get("source").asString()).contains("2026年部分节假日安排");
        assertThat(year.get("workingDays").asInt()).isEqualTo(248);
        assertThat(year.get("days")).hasSize(365);
        assertThat(dayOf(year, "2026-02-14").get("kind").asString()).isEqualTo("ADJUSTED_WORKDAY");
        assertThat(dayOf(year, "2026-02-16").get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(dayOf(year, "2026-03-02").get("kind").asString()).isEqualTo("WORKDAY");
        assertThat(dayOf(year, "2026-03-02").get("source").isNull()).isTrue();
        assertThat(dayOf(year, "2026-03-07").get("kind").asString()).isEqualTo("WEEKEND");

        JsonNode leap = anonymous.get("/api/v1/public/calendar/2024").json();
        assertThat(leap.get("days")).hasSize(366);
        assertThat(leap.get("source").asString()).isEqualTo("国办发明电〔2023〕7号");
        assertThat(leap.path("updatedBy").isMissingNode() || leap.get("updatedBy").isNull()).isTrue();

        JsonNode notLoaded = anonymous.get("/api/v1/public/calendar/2031").json();
        assertThat(notLoaded.get("loaded").asBoolean()).isFalse();
        assertThat(notLoaded.get("days")).hasSize(365);

        assertThat(anonymous.get("/api/v1/calendar/2026").status()).isEqualTo(401);
        assertThat(sys.get("/api/v1/calendar/1999").status()).isEqualTo(400);
        assertThat(sys.get("/api/v1/calendar/abc").status()).isEqualTo(400);
        assertThat(anonymous.get("/api/v1/public/calendar/2100").status()).isEqualTo(400);
    }

    @Test
    void onlyTheSystemAdministratorReplacesAYear() {
        List<Map<String, String>> body = List.of(day(YEAR + "-03-02", "HOLIDAY"));
        assertThat(anonymous.put("/api/v1/calendar/" + YEAR, body).status()).isEqualTo(401);
        long org = data.org("o", "某局", null);
        for (String role : List.of("EDITOR", "REVIEWER", "SUPERVISOR", "SECURITY_ADMIN", "AUDIT_ADMIN")) {
            ApiClient c = new ApiClient(port).login(data.user(role.toLowerCase(), role.endsWith("ADMIN") ? null : org,
                    List.of(role), false), TestData.PASSWORD);
            var r = c.put("/api/v1/calendar/" + YEAR, body);
            assertThat(r.status()).as(role).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(new ApiClient(port).login(data.prefix + "sys", TestData.PASSWORD).withoutCsrf()
                .put("/api/v1/calendar/" + YEAR, body).status()).isEqualTo(403);
        assertThat(sys.get("/api/v1/calendar/" + YEAR).json().get("loaded").asBoolean()).isFalse();
    }

    @Test
    void eachRuleOfTheBodyIsA400NamingTheEntry() {
        Map<List<Map<String, String>>, String> cases = Map.of(
                List.of(day("2034-01-02", "HOLIDAY")), "[0].date",
                List.of(day(YEAR + "-05-02", "HOLIDAY"), day(YEAR + "-05-02", "HOLIDAY")), "[1].date",
                List.of(day(YEAR + "-03-02", "ADJUSTED_WORKDAY")), "[0].kind",
                List.of(day(YEAR + "-03-02", "WEEKEND")), "[0].kind",
                List.of(day(YEAR + "-03-05", "WORKDAY")), "[0].kind",
                List.of(Map.of("date", YEAR + "-03-02")), "[0].kind",
                List.of(day(YEAR + "-03-02", "FESTIVAL")), "[0].kind",
                List.of(day(YEAR + "-02-30", "HOLIDAY")), "[0].date");
        cases.forEach((body, field) -> {
            var r = sys.put("/api/v1/calendar/" + YEAR, body);
            assertThat(r.status()).as(body.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().path("errors").findValuesAsString("field")).as(body + " " + r).contains(field);
        });
        assertThat(sys.put("/api/v1/calendar/2100", List.of()).status()).isEqualTo(400);
        assertThat(sys.put("/api/v1/calendar/" + YEAR, Map.of("date", "x")).status()).isEqualTo(400);
        assertThat(sys.put("/api/v1/calendar/" + YEAR + source("很长".repeat(101)), List.of()).status()).isEqualTo(400);
        assertThat(sys.get("/api/v1/calendar/" + YEAR).json().get("loaded").asBoolean()).isFalse();
    }

    @Test
    void aReplacedYearChangesTheNextDeadlineAndIsAudited() {
        String from = YEAR + "-03-01"; // a Tuesday
        JsonNode before = deadline(from, 1);
        assertThat(before.get("deadline").asString()).isEqualTo(YEAR + "-03-02");
        assertThat(before.get("provisional").asBoolean()).isTrue();

        var put = sys.put("/api/v1/calendar/" + YEAR + source("测试县关于调整假期的通知"),
                List.of(day(YEAR + "-03-02", "HOLIDAY"), day(YEAR + "-03-05", "ADJUSTED_WORKDAY")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().get("loaded").asBoolean()).isTrue();
        assertThat(put.json().get("updatedBy").asString()).isEqualTo(data.prefix + "sys");

        JsonNode after = deadline(from, 1);
        assertThat(after.get("deadline").asString()).isEqualTo(YEAR + "-03-03");
        assertThat(after.get("provisional").asBoolean()).isFalse();
        assertThat(after.get("skipped").get(0).get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(deadline(from, 3).get("deadline").asString()).isEqualTo(YEAR + "-03-05");

        // a second edit without a source: the unchanged day keeps the notice, the new one is marked as a manual edit
        sys.put("/api/v1/calendar/" + YEAR, List.of(day(YEAR + "-03-02", "HOLIDAY"), day(YEAR + "-03-04", "HOLIDAY")));
        JsonNode year = sys.get("/api/v1/calendar/" + YEAR).json();
        assertThat(year.get("source").asString()).isEqualTo("测试县关于调整假期的通知");
        assertThat(dayOf(year, YEAR + "-03-02").get("source").asString()).isEqualTo("测试县关于调整假期的通知");
        assertThat(dayOf(year, YEAR + "-03-04").get("source").asString()).isEqualTo(CalendarService.MANUAL_SOURCE);
        assertThat(dayOf(year, YEAR + "-03-05").get("kind").asString()).isEqualTo("WEEKEND");
        assertThat(deadline(from, 3).get("deadline").asString()).isEqualTo(YEAR + "-03-08");

        String detail = jdbc.queryForObject("""
                SELECT detail FROM audit_log WHERE action = 'CALENDAR_UPDATE' AND actor = ? AND target_type = 'CALENDAR'
                AND target_id = ? AND outcome = 'SUCCESS' ORDER BY id DESC LIMIT 1""", String.class,
                data.prefix + "sys", String.valueOf(YEAR));
        assertThat(detail).contains("\"before\"", "\"after\"", YEAR + "-03-04: WORKDAY → HOLIDAY",
                YEAR + "-03-05: ADJUSTED_WORKDAY → WEEKEND");
    }

    @Test
    void theWorkingDaysBeanSeesAnEditAtOnce() {
        assertThat(workingDays.isLoaded(YEAR)).isFalse();
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.of(YEAR, 3, 2))).isTrue();
        sys.put("/api/v1/calendar/" + YEAR, List.of(day(YEAR + "-03-02", "HOLIDAY")));
        assertThat(workingDays.isLoaded(YEAR)).isTrue();
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.of(YEAR, 3, 2))).isFalse();
        assertThat(workingDays.workingDaysBetween(java.time.LocalDate.of(YEAR, 2, 28),
                java.time.LocalDate.of(YEAR, 3, 4))).isEqualTo(3);
    }
}
