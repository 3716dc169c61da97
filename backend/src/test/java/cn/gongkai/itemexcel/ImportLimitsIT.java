package cn.gongkai.itemexcel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.PeakMemory;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Hostile uploads (issue #17, finding 5): zip bombs, oversized parts, too many rows are refused at upload, before the
 * sheet is parsed; overlong cells and floods of errors end the job FAILED with the errors capped. Nothing is written.
 */
@FullStackTest
class ImportLimitsIT {

    private static final Logger log = LoggerFactory.getLogger(ImportLimitsIT.class);
    static final String[] HEADER = {"编码", "名称", "权力类型"};
    static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    long org;
    ApiClient editor;
    String path;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(jdbc, encoder);
        org = data.org("lim", "限额测试局", null);
        editor = new ApiClient(port).login(data.user("limed", org, List.of("EDITOR"), false), TestData.PASSWORD);
        path = "/api/v1/power-items/import?orgId=" + org;
    }

    static byte[] base() {
        return Workbooks.write(List.of(HEADER), List.of(List.of("B-1", "基础事项", "行政许可")));
    }

    @Test
    void aRatioBombIsRefusedAtUpload() {
        // 60 MB of one row repeated: a few hundred KB compressed, a ratio far below 1 %
        byte[] bomb = Bombs.replace(base(), Map.of(Bombs.SHEET,
                Bombs.sheet(HEADER, new String[] {"X", "同一行", "行政许可"}, 600_000, null)));
        assertThat(bomb.length).isLessThan(2 * (int) MB);
        var r = editor.upload(path, "bomb.xlsx", bomb);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("压缩比").contains("xl/worksheets/sheet1.xml");
        assertNothingImported();
    }

    @Test
    void aWhitespaceBombIsRefusedAtUpload() {
        // one good row, then 200 MB of spaces between the rows (used to import "successfully")
        byte[] bomb = Bombs.replace(base(), Map.of(Bombs.SHEET,
                Bombs.sheet(HEADER, new String[] {"W-1", "空白炸弹", "行政许可"}, 1, Bombs.whitespace(200 * MB))));
        var r = editor.upload(path, "spaces.xlsx", bomb);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.detail()).contains("压缩比");
        assertNothingImported();
    }

    @Test
    void aHugeSharedStringsPartIsRefusedAtUpload() {
        // ~4 MB random text + 250 MB padding: compresses to just above 1 % (no ratio bomb), but far too big unpacked
        byte[] bomb = Bombs.replace(base(), Map.of(Bombs.SHARED_STRINGS,
                Bombs.sharedStrings(new String[] {"编码", "名称", "权力类型", "B-1", "基础事项", "行政许可"},
                        4 * (int) MB, 250 * MB)));
        assertThat(bomb.length).isLessThan(20 * (int) MB);
        var r = editor.upload(path, "strings.xlsx", bomb);
        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("解压后").contains("xl/sharedStrings.xml").contains("200 MB");
        assertNothingImported();
    }

    @Test
    void moreRowsThanTheLimitAreRefusedAtUpload() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= 100_000; i++) {
            rows.add(List.of("R-" + i, "事项" + i, "行政许可"));
        }
        byte[] file = Workbooks.write(List.of(HEADER), rows);
        var r = editor.upload(path, "rows.xlsx", file);
        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.detail()).contains("100000").contains("分成多个文件");
        assertNothingImported();
    }

    @Test
    void overlongCellsAndFloodsOfErrorsFailTheJobWithTheErrorsCapped() {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder longName = new StringBuilder();
        java.util.Random rnd = new java.util.Random(5);
        while (longName.length() < 40_000) {
            longName.append((char) (0x4E00 + rnd.nextInt(0x5000)));
        }
        rows.add(List.of("L-1", longName.toString(), "行政许可"));
        for (int i = 0; i < 1_500; i++) {
            rows.add(List.of("E-" + i, "类型不对" + i, "许可证" + "错".repeat(5_000)));
        }
        var r = editor.upload(path, "errors.xlsx", Workbooks.write(List.of(HEADER), rows));
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        JsonNode job = ItemExcelIT.await(editor, r.json().get("jobId").asString());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errorCount").asInt()).isEqualTo(1_501);
        JsonNode errors = job.get("errors");
        assertThat(errors.size()).isEqualTo(1_001);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("名称");
        assertThat(errors.get(0).get("message").asString()).contains("32767");
        assertThat(errors.get(1).get("message").asString().length()).isLessThanOrEqualTo(300);
        assertThat(errors.get(1_000).get("row").isNull()).isTrue();
        assertThat(errors.get(1_000).get("message").asString()).contains("另有 501 处错误");
        assertThat(jdbc.queryForObject("SELECT LENGTH(errors) FROM import_job WHERE id = ?", Integer.class,
                job.get("id").asString())).isLessThan(1_000_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE org_id = ?", Integer.class, org)).isZero();
    }

    /**
     * The memory the app spends on a bomb (the upload is refused before the sheet is parsed) against a normal import
     * of 10,000 rows; the figures go to the log ({@code Import memory}) and bench/RESULTS.md.
     */
    @Test
    void bombsCostNoMoreMemoryThanTheirUpload() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of(String.format("MEM-%05d", i), "内存测试事项" + i, "行政处罚"));
        }
        byte[] normal = Workbooks.write(List.of(HEADER), rows);
        PeakMemory.Peak normalPeak = PeakMemory.measure(() -> {
            var r = editor.upload(path, "normal.xlsx", normal);
            assertThat(r.status()).as(r.toString()).isEqualTo(202);
            JsonNode job = ItemExcelIT.await(editor, r.json().get("jobId").asString());
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        });
        // the shape: a sheet of ~210 MB in well under a megabyte
        byte[] ratio = Bombs.replace(base(), Map.of(Bombs.SHEET,
                Bombs.sheet(HEADER, new String[] {"X", "同一个事项的名称", "行政许可"}, 1_500_000, null)));
        byte[] spaces = Bombs.replace(base(), Map.of(Bombs.SHEET,
                Bombs.sheet(HEADER, new String[] {"W-1", "空白炸弹", "行政许可"}, 1, Bombs.whitespace(200 * MB))));
        Map<String, PeakMemory.Peak> bombs = new java.util.LinkedHashMap<>();
        for (var bomb : Map.of("ratio bomb " + ratio.length / 1024 + " KB", ratio,
                "whitespace bomb " + spaces.length / 1024 + " KB", spaces).entrySet()) {
            bombs.put(bomb.getKey(), PeakMemory.measure(() -> {
                var r = editor.upload(path, "bomb.xlsx", bomb.getValue());
                assertThat(r.status()).as(r.toString()).isEqualTo(400);
            }));
        }
        log.info("Import memory: normal 10,000 rows ({} KB): {}; {}", normal.length / 1024, normalPeak, bombs);
        bombs.values().forEach(p -> assertThat(p.heapGrowthMib()).isLessThan(200));
    }

    void assertNothingImported() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE org_id = ?", Integer.class, org)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE org_id = ?", Integer.class, org)).isZero();
    }
}
