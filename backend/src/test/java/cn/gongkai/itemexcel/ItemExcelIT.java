package cn.gongkai.itemexcel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.embedded.EmbeddedMariaDb;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * docs/API.md "Excel import / export": templates, exports that re-import unchanged into another org, row errors named
 * by row and column, all-or-nothing writes, refused files, scope, and a 10,000-row import.
 */
@FullStackTest
class ItemExcelIT {

    static final List<String> POWER_HEADERS = List.of("编码", "名称", "权力类型", "主项编码", "设定依据", "法定办结时限",
            "是否收费", "收费依据", "运行流程", "有效期起");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long county;
    long deptA;
    long deptB;
    ApiClient editor;
    ApiClient outsider;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        county = data.org("gov", "导入测试县人民政府", null);
        deptA = data.org("a", "导入测试县甲局", county);
        deptB = data.org("b", "导入测试县乙局", county);
        editor = new ApiClient(port).login(data.user("ed", deptA, List.of("EDITOR"), false, "OWN_ORGS",
                List.of(deptB)), TestData.PASSWORD);
        outsider = new ApiClient(port).login(data.user("out", county, List.of("EDITOR"), false), TestData.PASSWORD);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void templatesHaveHeadersAnExampleRowHelpAndCodes() {
        for (String kind : List.of("power-items", "service-items", "catalogue-items", "negative-items")) {
            var r = editor.download("/api/v1/" + kind + "/import-template");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(ItemExcelController.XLSX);
            List<List<String>> rows = Workbooks.read(r.body(), "数据");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).startsWith("编码");
            assertThat(rows.get(1).get(0)).isEqualTo("示例-001");
            assertThat(Workbooks.read(r.body(), "说明").size()).isGreaterThan(rows.get(0).size());
            assertThat(Workbooks.read(r.body(), "代码").get(0)).isNotEmpty();
        }
        List<List<String>> codes = Workbooks.read(editor.download("/api/v1/catalogue-items/import-template").body(),
                "代码");
        assertThat(codes.get(0)).contains("领域", "时限起算");
        assertThat(codes.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList()).contains("城乡规划");
    }

    @Test
    void exportsOfEveryListReimportUnchangedIntoAnotherOrg() {
        JsonNode p1 = create("power-items", map("orgId", deptA, "code", "P1", "name", "建设工程规划许可",
                "category", "LICENSING",
                "legalBasis", List.of(Map.of("title", "《中华人民共和国城乡规划法》", "docNumber", "主席令第七十四号",
                        "article", "第四十条|第一款", "version", "2019"), Map.of("title", "《某条例》", "article", "第3条\n第2款")),
                "responsibilities", List.of("受理阶段责任：公示材料", "审查阶段责任：审查材料"),
                "statutoryLimit", Map.of("value", 20, "unit", "WORKING_DAY"),
                "promisedLimit", Map.of("value", 10, "unit", "WORKING_DAY", "note", "自受理之日起"),
                "fee", Map.of("charged", true, "basis", "财政部文件\\2019"),
                "processSteps", List.of(Map.of("seq", 1, "name", "受理"), Map.of("seq", 2, "name", "审查",
                        "description", "审查材料"), Map.of("seq", 3, "name", "决定")),
                "validFrom", "2025-01-01"));
        create("power-items", Map.of("orgId", deptA, "code", "P2", "name", "建设工程规划许可（变更）",
                "category", "LICENSING", "parentId", p1.get("id").asLong()));
        JsonNode s1 = create("service-items", map("orgId", deptA, "code", "S1", "name", "居民养老保险参保登记",
                "serviceObjects", List.of("NATURAL_PERSON", "OTHER"),
                "materials", List.of(Map.of("name", "居民身份证", "required", true, "originals", 1, "copies", 1),
                        Map.of("name", "户口簿", "required", false, "copies", 1, "note", "本人页")),
                "fee", Map.of("charged", false, "standard", "不收费"),
                "timeLimit", Map.of("value", 5, "unit", "NATURAL_DAY"), "handlingForms", List.of("WINDOW", "ONLINE_PC"),
                "hours", "工作日 9:00-17:00"));
        Map<String, Object> catalogue = new HashMap<>();
        catalogue.putAll(Map.of("orgId", deptA, "code", "C1", "name", "规划许可信息", "domainCode", "URBAN_RURAL_PLANNING",
                "level1", "规划许可", "level2", "建设工程规划许可", "content", "许可结果",
                "timeLimit", Map.of("text", "信息形成或变更之日起20个工作日内"),
                "displayPeriod", Map.of("value", 7, "unit", "WORKING_DAY"),
                "channels", List.of(Map.of("code", "GOV_WEBSITE", "required", true),
                        Map.of("code", "SERVICE_CENTER", "required", false))));
        catalogue.putAll(Map.of("audiences", List.of("PUBLIC"), "modes", List.of("PROACTIVE", "ON_REQUEST"),
                "levels", List.of("COUNTY"), "nested", true, "nestedSystem", "工程建设项目审批系统",
                "basis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第二十条")),
                "sources", List.of(Map.of("kind", "POWER", "itemId", p1.get("id").asLong(), "stepSeq", 2),
                        Map.of("kind", "SERVICE", "itemId", s1.get("id").asLong()))));
        create("catalogue-items", catalogue);
        create("negative-items", Map.of("orgId", deptA, "code", "N1", "name", "涉密文件", "part", "SPECIFIC",
                "category", "STATE_SECRET", "legalBasis", List.of(Map.of("title", "《中华人民共和国政府信息公开条例》",
                        "article", "第十四条")), "reviewIntervalMonths", 6));

        for (String kind : List.of("power-items", "service-items", "catalogue-items", "negative-items")) {
            byte[] fromA = export(kind, deptA);
            JsonNode job = importFile(kind, deptB, kind + ".xlsx", fromA);
            assertThat(job.get("status").asString()).as(kind + " " + job).isEqualTo("SUCCEEDED");
            List<List<String>> a = sortedRows(fromA);
            List<List<String>> b = sortedRows(export(kind, deptB));
            assertThat(b).as(kind).isEqualTo(a);
            assertThat(a.size()).isGreaterThan(1);
        }
        JsonNode imported = editor.get("/api/v1/power-items?orgId=" + deptB).json();
        assertThat(imported.get("total").asInt()).isEqualTo(2);
        imported.get("items").forEach(i -> assertThat(i.get("status").asString()).isEqualTo("DRAFT"));
        JsonNode sub = editor.get("/api/v1/power-items?orgId=" + deptB + "&q=P2").json().get("items").get(0);
        JsonNode main = editor.get("/api/v1/power-items?orgId=" + deptB + "&q=P1").json().get("items").get(0);
        assertThat(sub.get("parentId").asLong()).isEqualTo(main.get("id").asLong());
        JsonNode history = editor.get("/api/v1/power-items/" + main.get("id").asLong() + "/history").json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'ITEM_CREATE' AND target_id = ?",
                Integer.class, String.valueOf(main.get("id").asLong()))).isEqualTo(1);
        JsonNode c = editor.get("/api/v1/catalogue-items?orgId=" + deptB).json().get("items").get(0);
        assertThat(c.get("sources").get(0).get("itemId").asLong()).isEqualTo(main.get("id").asLong());
    }

    @Test
    void everyRowErrorIsNamedByRowAndColumnAndNothingIsWritten() {
        create("power-items", Map.of("orgId", deptA, "code", "DB-1", "name", "已有事项", "category", "PENALTY"));
        List<List<String>> rows = List.of(
                List.of("E-1", "正确的行", "行政许可", "", "《某法》||第一条", "20|工作日", "否", "", "1|受理", "2025-01-01"),
                List.of("E-1", "编码重复", "行政许可"),
                List.of("DB-1", "库中已有", "行政处罚"),
                List.of("", "没有编码", "行政许可"),
                List.of("E-5", "类型不对", "许可证"),
                List.of("E-6", "时限不是数", "行政许可", "", "", "二十|工作日"),
                List.of("E-7", "收费无依据", "行政许可", "", "", "", "是"),
                List.of("E-8", "步骤重复", "行政许可", "", "", "", "", "", "1|受理\n1|审查"),
                List.of("E-9", "主项不存在", "行政许可", "NOPE"),
                List.of("E-10", "日期不对", "行政许可", "", "", "", "", "", "", "2025-13-45"),
                List.of("E-11", "依据缺名称", "行政许可", "", "|国务院令"));
        JsonNode job = importFile("power-items", deptA, "errors.xlsx", Workbooks.write(POWER_HEADERS, rows));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("imported").asInt()).isZero();
        assertThat(job.get("total").asInt()).isEqualTo(11);
        Map<Integer, String> byRow = new HashMap<>();
        job.get("errors").forEach(e -> byRow.merge(e.get("row").asInt(),
                e.get("column").asString() + "：" + e.get("message").asString(), (x, y) -> x + "；" + y));
        assertThat(byRow).doesNotContainKey(2);
        assertThat(byRow.get(3)).contains("编码").contains("第2行重复");
        assertThat(byRow.get(4)).contains("编码").contains("已存在");
        assertThat(byRow.get(5)).contains("编码：请填写事项编码");
        assertThat(byRow.get(6)).contains("权力类型").contains("许可证");
        assertThat(byRow.get(7)).contains("法定办结时限").contains("不是整数");
        assertThat(byRow.get(8)).contains("收费依据：收费的须填写收费依据");
        assertThat(byRow.get(9)).contains("运行流程：第2条：步骤序号 1 重复");
        assertThat(byRow.get(10)).contains("主项编码").contains("NOPE");
        assertThat(byRow.get(11)).contains("有效期起").contains("不是日期");
        assertThat(byRow.get(12)).contains("设定依据：第1条：请填写法律法规名称");
        assertThat(editor.get("/api/v1/power-items?orgId=" + deptA).json().get("total").asInt()).isEqualTo(1);

        var report = editor.download("/api/v1/imports/" + job.get("id").asString() + "/errors.xlsx");
        assertThat(report.statusCode()).as(new String(report.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        List<List<String>> sheet = Workbooks.read(report.body(), "数据");
        assertThat(sheet).hasSize(12);
        int errorColumn = sheet.get(0).indexOf("错误信息");
        assertThat(errorColumn).isPositive();
        assertThat(sheet.get(1).size()).isLessThanOrEqualTo(errorColumn);
        assertThat(sheet.get(2).get(0)).isEqualTo("E-1");
        assertThat(sheet.get(2).get(errorColumn)).contains("第2行重复");

        // fixed and uploaded again (the error column is ignored): all rows imported
        List<List<String>> fixed = new ArrayList<>();
        for (int i = 1; i < sheet.size(); i++) {
            List<String> row = new ArrayList<>(sheet.get(i).subList(0, Math.min(sheet.get(i).size(), errorColumn)));
            row.set(0, "F-" + i);
            fixed.add(row);
        }
        List<String> headers = sheet.get(0).subList(0, errorColumn);
        fixed.set(4, List.of("F-5", "类型改对", "行政许可"));
        fixed.set(5, List.of("F-6", "时限改对", "行政许可", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));
        List<List<String>> simple = fixed.stream().map(r -> r.subList(0, Math.min(3, r.size()))).toList();
        JsonNode again = importFile("power-items", deptA, "fixed.xlsx", Workbooks.write(headers.subList(0, 3),
                simple));
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(again.get("imported").asInt()).isEqualTo(11);
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        String trigger = data.prefix + "boom";
        String code = "AON-0700";
        // a trigger is DDL: the app's own account may not make one
        JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(),
                database.accounts().owner().user(), database.accounts().owner().password()));
        owner.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON item FOR EACH ROW IF NEW.code = '" + code
                + "' AND NEW.org_id = " + deptA + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom'; END IF");
        try {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                rows.add(List.of(String.format("AON-%04d", i), "事项" + i, "行政检查"));
            }
            JsonNode job = importFile("power-items", deptA, "aon.xlsx",
                    Workbooks.write(POWER_HEADERS.subList(0, 3), rows));
            assertThat(job.get("status").asString()).isEqualTo("FAILED");
            assertThat(job.get("errors").get(0).get("message").asString()).contains("未导入任何事项");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE org_id = ?", Integer.class, deptA)).isZero();
        } finally {
            owner.execute("DROP TRIGGER " + trigger);
        }
    }

    @Test
    void corruptOversizedAndWrongFilesAreRefusedAtOnce() {
        String path = "/api/v1/power-items/import?orgId=" + deptA;
        var corrupt = editor.upload(path, "broken.xlsx", "not a workbook at all".getBytes(StandardCharsets.UTF_8));
        assertThat(corrupt.status()).isEqualTo(400);
        assertThat(corrupt.isProblem()).isTrue();
        assertThat(corrupt.detail()).contains("损坏");
        byte[] truncated = java.util.Arrays.copyOf(Workbooks.write(POWER_HEADERS, List.of()), 300);
        assertThat(editor.upload(path, "cut.xlsx", truncated).status()).isEqualTo(400);
        var xls = editor.upload(path, "old.xls", new byte[] {1, 2, 3});
        assertThat(xls.status()).isEqualTo(415);
        assertThat(xls.detail()).contains(".xlsx");
        assertThat(editor.upload(path, "list.csv", "编码,名称".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(editor.upload(path, "renamed.xlsx", ole2).status()).isEqualTo(415);
        var big = editor.upload(path, "big.xlsx", new byte[20 * 1024 * 1024 + 100_000]);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.isProblem()).isTrue();
        var headers = editor.upload(path, "other.xlsx", Workbooks.write(List.of("编码", "名称", "颜色"), List.of()));
        assertThat(headers.status()).isEqualTo(400);
        assertThat(headers.detail()).contains("颜色");
        var missing = editor.upload(path, "nocode.xlsx", Workbooks.write(List.of("名称"), List.of()));
        assertThat(missing.detail()).contains("编码");
        assertThat(editor.upload("/api/v1/power-items/import", "a.xlsx", Workbooks.write(POWER_HEADERS, List.of()))
                .status()).isEqualTo(400);
        JsonNode empty = importFile("power-items", deptA, "empty.xlsx", Workbooks.write(POWER_HEADERS, List.of()));
        assertThat(empty.get("status").asString()).isEqualTo("FAILED");
        assertThat(empty.get("errors").get(0).get("message").asString()).contains("没有数据行");
    }

    @Test
    void importsStayWithinScopeAndJobsWithTheirOwner() {
        byte[] file = Workbooks.write(POWER_HEADERS.subList(0, 3), List.of(List.of("S-1", "事项", "行政许可")));
        var refused = editor.upload("/api/v1/power-items/import?orgId=" + county, "s.xlsx", file);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        var r = editor.upload("/api/v1/power-items/import?orgId=" + deptA, "s.xlsx", file);
        assertThat(r.status()).isEqualTo(202);
        String id = r.json().get("jobId").asString();
        await(editor, id);
        assertThat(outsider.get("/api/v1/imports/" + id).status()).isEqualTo(404);
        assertThat(outsider.download("/api/v1/power-items/export?orgId=" + deptA).statusCode()).isEqualTo(200);
        assertThat(Workbooks.read(outsider.download("/api/v1/power-items/export?orgId=" + deptA).body(), "数据"))
                .hasSize(1);
        assertThat(new ApiClient(port).get("/api/v1/imports/" + id).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'ITEM_IMPORT' AND target_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aJobWhoseInstanceStoppedIsReportedFailed() {
        String id = java.util.UUID.randomUUID().toString();
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        jdbc.update("""
                INSERT INTO import_job (id, kind, org_id, status, phase, processed, imported, error_count, created_by,
                                        created_at, heartbeat_at)
                VALUES (?, 'POWER', ?, 'RUNNING', 'VALIDATING', 10, 0, 0, ?, ?, ?)""", id, deptA, data.prefix + "ed",
                old, old);
        JsonNode job = editor.get("/api/v1/imports/" + id).json();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").get(0).get("message").asString()).contains("重新上传");
    }

    @Test
    void tenThousandRowsImportInOneJob() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of(String.format("BULK-%05d", i), "批量事项" + i, "行政处罚", "",
                    "《中华人民共和国行政处罚法》|主席令第七十号|第" + (i % 80 + 1) + "条", "30|工作日", "否", "",
                    "1|立案\n2|调查\n3|决定", "2025-01-01"));
        }
        byte[] file = Workbooks.write(POWER_HEADERS, rows);
        long start = System.nanoTime();
        JsonNode job = importFile("power-items", deptB, "bulk.xlsx", file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("10,000-row import took " + millis + " ms");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("imported").asInt()).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE org_id = ?", Integer.class, deptB))
                .isEqualTo(10_000);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM item_transition t JOIN item i ON i.id = t.item_id WHERE i.org_id = ?""",
                Integer.class, deptB)).isEqualTo(10_000);
        byte[] exported = export("power-items", deptB);
        assertThat(Workbooks.read(exported, "数据")).hasSize(10_001);
    }

    // ---------------------------------------------------------------------------------------------------------

    static Map<String, Object> map(Object... keyThenValue) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            m.put((String) keyThenValue[i], keyThenValue[i + 1]);
        }
        return m;
    }

    JsonNode create(String kind, Map<String, Object> body) {
        var r = editor.post("/api/v1/" + kind, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    byte[] export(String kind, long orgId) {
        var r = editor.download("/api/v1/" + kind + "/export?orgId=" + orgId);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .contains(URLEncoder.encode("-", StandardCharsets.UTF_8));
        return r.body();
    }

    JsonNode importFile(String kind, long orgId, String name, byte[] file) {
        var r = editor.upload("/api/v1/" + kind + "/import?orgId=" + orgId, name, file);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        return await(editor, r.json().get("jobId").asString());
    }

    static JsonNode await(ApiClient client, String id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = client.get("/api/v1/imports/" + id).json();
            if (!job.get("status").asString().equals("RUNNING") || System.currentTimeMillis() > deadline) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    static List<List<String>> sortedRows(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>(Workbooks.read(xlsx, "数据"));
        List<String> header = rows.remove(0);
        rows.sort(Comparator.comparing(r -> r.get(0)));
        rows.add(0, header);
        return rows;
    }
}
