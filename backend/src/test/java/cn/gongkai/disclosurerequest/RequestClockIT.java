package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.gongkai.support.FullStackTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The statutory clock (条例 arts 30–33) on the seeded 2024–2026 calendar: 20 working days from receipt, the 补正
 * restart, consultation pauses, extensions, holidays and 调休, year ends, and "overdue" on the exact working day.
 * Every expected date below was counted by hand over the official schedule.
 */
@FullStackTest
class RequestClockIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StatutoryClock statutoryClock;

    RequestFixture f;

    @BeforeEach
    void setUp() {
        f = new RequestFixture(port, jdbc, encoder, statutoryClock);
    }

    @AfterEach
    void tearDown() {
        f.restoreClock();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void dueTwentyWorkingDaysAfterReceiptOverNationalDayWithItsMakeUpWorkingDays() {
        // Fri 2025-09-26: Sun 9/28 is a 调休 working day, 10/1–10/8 are holidays, Sat 10/11 is a working day
        JsonNode app = f.register(d("2025-09-26"));
        assertThat(f.due(app)).isEqualTo("2025-10-30");
        assertThat(app.get("clock").get("remainingWorkingDays").asInt()).isEqualTo(20);
        assertThat(app.get("clock").get("provisional").asBoolean()).isFalse();
        assertThat(app.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(app.get("receiptNumber").asString()).startsWith("YSQ20250926");
        assertThat(app.get("steps").findValuesAsString("action")).containsExactly("REGISTER");
        // a receipt date in the future is refused
        var body = RequestFixture.form(f.dept);
        body.put("channel", "IN_PERSON");
        body.put("receivedOn", "2025-09-27");
        var refused = f.editor.post("/api/v1/applications", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("receivedOn");
    }

    @Test
    void correctionNoticeWithinSevenWorkingDaysStopsTheClockWhichRestartsAtReceiptOfTheCorrection() {
        JsonNode app = f.register(d("2025-03-03"));
        assertThat(app.get("clock").get("correctionNoticeBy").asString()).isEqualTo("2025-03-12");
        f.today(d("2025-03-13"));
        var late = f.step(f.editor, app, "correction-request",
                Map.of("date", "2025-03-13", "applicantDeadline", "2025-03-28", "comment", "请写明文件名称"), 400);
        assertThat(late.get("detail").asString()).contains("7个工作日");
        JsonNode waiting = f.step(f.editor, app, "correction-request",
                Map.of("date", "2025-03-12", "applicantDeadline", "2025-03-28", "comment", "请写明文件名称"), 200);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_FOR_APPLICANT");
        assertThat(waiting.get("clock").get("dueDate").isNull()).isTrue();
        assertThat(waiting.get("clock").get("stopped").asBoolean()).isTrue();
        f.step(f.editor, waiting, "correction-request",
                Map.of("date", "2025-03-12", "applicantDeadline", "2025-03-28", "comment", "again"), 409);

        f.today(d("2025-03-21"));
        JsonNode handling = f.step(f.editor, waiting, "correction-received", Map.of("date", "2025-03-20"), 200);
        assertThat(handling.get("status").asString()).isEqualTo("HANDLING");
        assertThat(handling.get("clock").get("clockStart").asString()).isEqualTo("2025-03-20");
        // 20 working days from 3/20, over 清明 (4/4–4/6)
        assertThat(f.due(handling)).isEqualTo("2025-04-18");
        assertThat(handling.get("steps").findValuesAsString("action"))
                .containsExactly("REGISTER", "CORRECTION_REQUEST", "CORRECTION_RECEIVED");
    }

    @Test
    void aThirdPartyConsultationPausesTheClockForItsWorkingDays() {
        JsonNode app = f.register(d("2025-04-01"));
        assertThat(f.due(app)).isEqualTo("2025-04-29");
        f.today(d("2025-04-03"));
        JsonNode accepted = f.step(f.editor, app, "accept", Map.of(), 200);
        JsonNode consulting = f.step(f.editor, accepted, "consultation-start",
                Map.of("kind", "THIRD_PARTY", "comment", "征求第三方意见"), 200);
        assertThat(consulting.get("clock").get("paused").asBoolean()).isTrue();
        assertThat(consulting.get("clock").get("thirdPartyReplyBy").asString()).isEqualTo("2025-04-25");
        // an answer while consulting is refused
        f.step(f.editor, consulting, "answer", Map.of("outcome", "DISCLOSED", "text", "予以公开"), 409);

        f.today(d("2025-04-10"));
        JsonNode back = f.step(f.editor, consulting, "consultation-end", Map.of("date", "2025-04-10"), 200);
        // paused: 4/7, 4/8, 4/9, 4/10 (4/4 is 清明, 4/5–6 the weekend) → 24 working days from 4/1, over 劳动节
        assertThat(back.get("clock").get("pausedDays").asInt()).isEqualTo(4);
        assertThat(f.due(back)).isEqualTo("2025-05-08");
    }

    @Test
    void anExtensionOfAtMostTwentyWorkingDaysNeedsAReviewerAndAReason() {
        JsonNode app = f.register(d("2025-05-06"));
        assertThat(f.due(app)).isEqualTo("2025-06-04");
        f.step(f.editor, app, "extension", Map.of("days", 10, "comment", "信息量大"), 403);
        f.step(f.reviewer, app, "extension", Map.of("days", 21, "comment", "信息量大"), 400);
        f.step(f.reviewer, app, "extension", Map.of("days", 10), 400);
        JsonNode extended = f.step(f.reviewer, app, "extension", Map.of("days", 10, "comment", "信息量大"), 200);
        assertThat(f.due(extended)).isEqualTo("2025-06-18");
        assertThat(extended.get("clock").get("extensionDays").asInt()).isEqualTo(10);
        var over = f.step(f.reviewer, extended, "extension", Map.of("days", 11, "comment", "再延"), 400);
        assertThat(over.get("detail").asString()).contains("1至10");
        // once the due date has passed, no extension
        f.today(d("2025-06-19"));
        f.step(f.reviewer, extended, "extension", Map.of("days", 5, "comment", "再延"), 409);
    }

    @Test
    void deadlinesRunAcrossYearEndsAndBeyondTheLoadedCalendarAreProvisional() {
        // 2024-12-20 + 20 working days over 元旦 2025 (1/1 only)
        JsonNode app = f.register(d("2024-12-20"));
        assertThat(f.due(app)).isEqualTo("2025-01-20");
        assertThat(app.get("clock").get("provisional").asBoolean()).isFalse();
        // the 2027 schedule is not loaded: counted on weekdays and flagged
        JsonNode late = f.register(d("2026-12-15"));
        assertThat(f.due(late)).isEqualTo("2027-01-12");
        assertThat(late.get("clock").get("provisional").asBoolean()).isTrue();
    }

    @Test
    void overdueFromTheWorkingDayAfterTheDueDateAndDueSoonWithinThreeWorkingDays() {
        JsonNode app = f.register(d("2025-06-03"));
        long id = app.get("id").asLong();
        assertThat(f.due(app)).isEqualTo("2025-07-01");
        String list = "/api/v1/applications?orgId=" + f.dept + "&due=";

        f.today(d("2025-06-25"));
        assertThat(f.get(app).get("clock").get("remainingWorkingDays").asInt()).isEqualTo(4);
        assertThat(ids(f.editor.get(list + "SOON").json())).doesNotContain(id);
        f.today(d("2025-06-26"));
        assertThat(f.get(app).get("clock").get("dueSoon").asBoolean()).isTrue();
        assertThat(ids(f.editor.get(list + "SOON").json())).contains(id);

        f.today(d("2025-07-01"));
        JsonNode onDueDay = f.get(app).get("clock");
        assertThat(onDueDay.get("remainingWorkingDays").asInt()).isZero();
        assertThat(onDueDay.get("overdue").asBoolean()).isFalse();
        assertThat(ids(f.editor.get(list + "OVERDUE").json())).doesNotContain(id);

        f.today(d("2025-07-02"));
        JsonNode after = f.get(app).get("clock");
        assertThat(after.get("overdue").asBoolean()).isTrue();
        assertThat(after.get("overdueWorkingDays").asInt()).isEqualTo(1);
        assertThat(after.get("remainingWorkingDays").isNull()).isTrue();
        assertThat(ids(f.editor.get(list + "OVERDUE").json())).contains(id);
        // the supervisor of the county sees it too; an editor of another department does not
        assertThat(ids(f.supervisor.get("/api/v1/applications?due=OVERDUE&orgId=" + f.county).json())).contains(id);
        assertThat(f.siblingEditor.get("/api/v1/applications/" + id).status()).isEqualTo(404);
        assertThat(f.siblingEditor.get("/api/v1/applications?orgId=" + f.dept).status()).isEqualTo(404);

        // answered late: the answer records that it was not in time
        JsonNode answered = f.step(f.editor, f.get(app), "answer", Map.of("outcome", "DISCLOSED", "text", "予以公开"), 200);
        assertThat(answered.get("clock").get("answeredInTime").asBoolean()).isFalse();
        assertThat(answered.get("article").asString()).isEqualTo("第三十六条第（一）（二）项");
    }

    @Test
    void aStaleVersionIsAConflictAndTwoHandlersAnsweringAtOnceGetOneConflict() throws Exception {
        JsonNode app = f.register(d("2025-06-03"));
        f.step(f.editor, app, "accept", Map.of(), 200);
        f.step(f.editor, app, "accept", Map.of(), 409);
        JsonNode current = f.get(app);
        var second = f.login("ed2", f.dept, "EDITOR");
        Map<String, Object> body = Map.of("version", current.get("version").asInt(), "outcome", "DISCLOSED",
                "text", "予以公开");
        String path = "/api/v1/applications/" + app.get("id").asLong() + "/answer";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> f.editor.post(path, body).status());
            var b = pool.submit(() -> second.post(path, body).status());
            assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode done = f.get(app);
        assertThat(done.get("steps").findValuesAsString("action")).containsOnlyOnce("ANSWER");
    }

    static java.util.List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
