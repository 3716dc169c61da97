package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
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
 * The portal's online application (no login) and lookup (receipt number + code; a wrong code is 404, repeated
 * failures 429), and the masking of the applicant's personal data in every output but the handling org's logged look.
 */
@FullStackTest
class PublicRequestIT {

    static final String ID = "110105199001011234";
    static final String PHONE = "13812345678";
    static final String EMAIL = "zhangsan@example.cn";
    static final String ADDRESS = "北京市朝阳区某某街道1号";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StatutoryClock statutoryClock;
    @Autowired
    PublicRateLimits limits;

    RequestFixture f;
    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        f = new RequestFixture(port, jdbc, encoder, statutoryClock);
        anonymous = new ApiClient(port);
        limits.clear();
    }

    @AfterEach
    void tearDown() {
        f.restoreClock();
        limits.clear();
    }

    JsonNode submit() {
        var r = anonymous.post("/api/v1/public/applications", RequestFixture.form(f.dept));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void anOnlineApplicationIsReceivedTodayAndLookedUpWithItsNumberAndCode() {
        f.today(LocalDate.parse("2025-09-26"));
        JsonNode receipt = submit();
        assertThat(receipt.get("receivedAt").asString()).isEqualTo("2025-09-26");
        assertThat(receipt.get("dueDate").asString()).isEqualTo("2025-10-30");
        String number = receipt.get("receiptNumber").asString();
        String code = receipt.get("lookupCode").asString();
        assertThat(code).hasSize(8);

        var status = anonymous.get("/api/v1/public/applications/" + number + "?code=" + code);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        JsonNode s = status.json();
        assertThat(s.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(s.get("receivedAt").asString()).isEqualTo("2025-09-26");
        assertThat(s.get("dueDate").asString()).isEqualTo("2025-10-30");
        assertThat(s.get("remainingWorkingDays").asInt()).isEqualTo(20);
        assertThat(s.get("outcome").isNull()).isTrue();
        assertThat(status.body()).doesNotContain(ID, PHONE, EMAIL, "张三", "朝阳");
        // the code is not case-sensitive; a wrong code, none, or an unknown number: 404 alike
        assertThat(anonymous.get("/api/v1/public/applications/" + number + "?code=" + code.toLowerCase()).status())
                .isEqualTo(200);
        var wrong = anonymous.get("/api/v1/public/applications/" + number + "?code=WRONG123");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(anonymous.get("/api/v1/public/applications/" + number).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/public/applications/YSQ0?code=" + code).status()).isEqualTo(404);

        // the handling org sees it in its register as received online, and answers it
        JsonNode row = f.editor.get("/api/v1/applications?orgId=" + f.dept).json().get("items").get(0);
        assertThat(row.get("receiptNumber").asString()).isEqualTo(number);
        assertThat(row.get("channel").asString()).isEqualTo("ONLINE");
        f.today(LocalDate.parse("2025-10-09"));
        f.step(f.editor, row, "answer", Map.of("outcome", "DISCLOSED", "text", "予以公开"), 200);
        JsonNode answered = anonymous.get("/api/v1/public/applications/" + number + "?code=" + code).json();
        assertThat(answered.get("outcome").asString()).isEqualTo("DISCLOSED");
        assertThat(answered.get("answeredOn").asString()).isEqualTo("2025-10-09");
    }

    @Test
    void badFormsAreRefusedWithTheFieldNamed() {
        Map<String, Object> legal = RequestFixture.form(f.dept);
        legal.put("applicantType", "LEGAL_PERSON");
        assertThat(fields(anonymous.post("/api/v1/public/applications", legal))).containsExactly("applicantSubtype");
        Map<String, Object> noContact = RequestFixture.form(f.dept);
        noContact.put("phone", "");
        noContact.put("email", null);
        noContact.put("address", " ");
        assertThat(fields(anonymous.post("/api/v1/public/applications", noContact))).containsExactly("phone");
        Map<String, Object> noDescription = RequestFixture.form(f.dept);
        noDescription.put("description", "");
        assertThat(fields(anonymous.post("/api/v1/public/applications", noDescription))).contains("description");
        Map<String, Object> unknownOrg = RequestFixture.form(999_999_999L);
        assertThat(fields(anonymous.post("/api/v1/public/applications", unknownOrg))).containsExactly("orgId");
        Map<String, Object> badEnum = RequestFixture.form(f.dept);
        badEnum.put("form", "CARRIER_PIGEON");
        assertThat(anonymous.post("/api/v1/public/applications", badEnum).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request WHERE org_id = ?", Long.class,
                f.dept)).isZero();
    }

    @Test
    void repeatedFailedLookupsAreRateLimited() {
        JsonNode receipt = submit();
        String number = receipt.get("receiptNumber").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(anonymous.get("/api/v1/public/applications/" + number + "?code=BAD" + i).status())
                    .isEqualTo(404);
        }
        var limited = anonymous.get("/api/v1/public/applications/" + number + "?code="
                + receipt.get("lookupCode").asString());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.detail()).contains("频繁");
    }

    @Test
    void personalDataIsMaskedInEveryOutputAndShownInFullOnlyToTheHandlingOrgWithAReason() {
        JsonNode receipt = submit();
        JsonNode row = f.editor.get("/api/v1/applications?orgId=" + f.dept).json().get("items").get(0);
        long id = row.get("id").asLong();
        assertThat(row.get("idNumber").asString()).isEqualTo("110***********1234");
        assertThat(row.get("phone").asString()).isEqualTo("138****5678");
        assertThat(row.get("email").asString()).isEqualTo("z***@example.cn");
        assertThat(row.get("address").asString()).isEqualTo("北京市朝阳区***");
        for (var r : List.of(f.editor.get("/api/v1/applications?orgId=" + f.dept),
                f.editor.get("/api/v1/applications/" + id), f.supervisor.get("/api/v1/applications/" + id),
                f.supervisor.get("/api/v1/applications?orgId=" + f.county), f.reviewer.get("/api/v1/applications/" + id),
                anonymous.get("/api/v1/public/applications/" + receipt.get("receiptNumber").asString() + "?code="
                        + receipt.get("lookupCode").asString()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(ID, PHONE, EMAIL, ADDRESS);
        }
        String path = "/api/v1/applications/" + id + "/personal-data";
        assertThat(f.supervisor.post(path, Map.of("reason", "监督检查")).status()).isEqualTo(403);
        assertThat(f.siblingEditor.post(path, Map.of("reason", "看看")).status()).isEqualTo(404);
        assertThat(f.editor.post(path, Map.of("reason", "")).status()).isEqualTo(400);
        var full = f.editor.post(path, Map.of("reason", "邮寄答复告知书"));
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        assertThat(full.json().get("idNumber").asString()).isEqualTo(ID);
        assertThat(full.json().get("phone").asString()).isEqualTo(PHONE);
        String detail = jdbc.queryForObject("""
                SELECT detail FROM audit_log WHERE action = 'APPLICATION_PERSONAL_DATA' AND target_id = ?
                ORDER BY id DESC LIMIT 1""", String.class, String.valueOf(id));
        assertThat(detail).contains("邮寄答复告知书");
        // the audit log never holds the personal data itself
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ? OR detail LIKE ?",
                Long.class, "%" + ID + "%", "%" + PHONE + "%")).isZero();
    }

    static List<String> fields(cn.gongkai.support.ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        return r.json().path("errors").findValuesAsString("field");
    }
}
