package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.FullStackTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The daily marks (due soon, overdue, lapsed 补正) and the register's Excel export (personal data masked). */
@FullStackTest
class RegisterJobsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StatutoryClock statutoryClock;
    @Autowired
    DueMarks marks;

    RequestFixture f;

    @BeforeEach
    void setUp() {
        f = new RequestFixture(port, jdbc, encoder, statutoryClock);
    }

    @AfterEach
    void tearDown() {
        f.restoreClock();
    }

    String flag(JsonNode app) {
        return jdbc.queryForObject("SELECT due_flag FROM disclosure_request WHERE id = ?", String.class,
                app.get("id").asLong());
    }

    @Test
    void theDailyJobMarksDueSoonOverdueAndLapsedApplications() {
        JsonNode soon = f.register(LocalDate.parse("2025-06-03"));
        JsonNode overdue = f.register(LocalDate.parse("2025-05-06"));
        JsonNode waiting = f.register(LocalDate.parse("2025-06-03"));
        f.today(LocalDate.parse("2025-06-05"));
        f.step(f.editor, waiting, "correction-request",
                Map.of("applicantDeadline", "2025-06-20", "comment", "请补充文件名称"), 200);
        JsonNode fresh = f.register(LocalDate.parse("2025-06-25"));

        f.today(LocalDate.parse("2025-06-26"));
        marks.markAll();
        assertThat(flag(soon)).isEqualTo("SOON");
        assertThat(flag(overdue)).isEqualTo("OVERDUE");
        assertThat(flag(waiting)).isEqualTo("LAPSED");
        assertThat(flag(fresh)).isNull();
        // an answer clears the mark
        f.step(f.editor, f.get(overdue), "answer", Map.of("outcome", "DISCLOSED", "text", "予以公开"), 200);
        assertThat(flag(overdue)).isNull();
        // the lapsed 补正 may now be answered 逾期不补正 (其他处理 1)
        JsonNode lapsed = f.step(f.editor, f.get(waiting), "answer", Map.of("outcome", "NO_CORRECTION", "text", "视为放弃"),
                200);
        assertThat(lapsed.get("outcomeRow").asString()).startsWith("（六）其他处理 1.");
    }

    @Test
    void theRegisterExportsToExcelWithPersonalDataMasked() throws Exception {
        JsonNode app = f.register(LocalDate.parse("2025-06-03"));
        f.restoreClock();
        var r = f.editor.download("/api/v1/applications/export?orgId=" + f.dept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            rows = wb.getFirstSheet().read();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getCell(0).getRawValue()).isEqualTo("申请编号");
        assertThat(rows.get(1).getCell(0).getRawValue()).isEqualTo(app.get("receiptNumber").asString());
        assertThat(rows.get(1).getCell(4).getRawValue()).isEqualTo("110***********1234");
        String all = rows.toString();
        assertThat(all).doesNotContain("110105199001011234", "13812345678");
        assertThat(f.siblingEditor.download("/api/v1/applications/export?orgId=" + f.dept).statusCode()).isEqualTo(404);
    }
}
