package cn.gongkai.itemexcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip checks of {@link WorkbookLimits} on their own, with small limits; and its row counter. */
class WorkbookLimitsTest {

    static final long MB = 1024 * 1024;
    static final String[] HEADER = {"编码", "名称"};

    @TempDir
    Path dir;

    @Test
    void aNormalWorkbookPasses() throws IOException {
        new WorkbookLimits(10 * MB, 20 * MB, 0.01, 100 * 1024, 10).check(file(
                Workbooks.write(List.of(HEADER), List.of(List.of("A-1", "事项")))).toFile());
    }

    @Test
    void aCentralDirectoryThatUnderstatesThePartIsCaughtWhileInflating() throws IOException {
        byte[] bomb = Bombs.replace(Workbooks.write(List.of(HEADER), List.of()), Map.of(Bombs.SHEET,
                Bombs.sheet(HEADER, new String[] {"X", "同一行"}, 200_000, null)));
        lie(bomb, Bombs.SHEET, 50_000);
        WorkbookLimits limits = new WorkbookLimits(10 * MB, 20 * MB, 0.01, 100 * 1024, 1_000_000);
        assertThatThrownBy(() -> limits.check(file(bomb).toFile())).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).getBody().getDetail()).contains(Bombs.SHEET));
    }

    @Test
    void limitsOfPartTotalAndRows() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(List.of("C-" + i, "名称" + Integer.toHexString(i * 7919)));
        }
        Path ok = file(Workbooks.write(List.of(HEADER), rows));
        new WorkbookLimits(10 * MB, 20 * MB, 0.01, 100 * 1024, 2_000).check(ok.toFile());
        assertThatThrownBy(() -> new WorkbookLimits(10 * 1024, 20 * MB, 0.0, 0, 2_000).check(ok.toFile()))
                .satisfies(e -> assertThat(((ApiException) e).getStatusCode().value()).isEqualTo(413));
        assertThatThrownBy(() -> new WorkbookLimits(10 * MB, 30 * 1024, 0.0, 0, 2_000).check(ok.toFile()))
                .satisfies(e -> assertThat(((ApiException) e).getBody().getDetail()).contains("总大小"));
        assertThatThrownBy(() -> new WorkbookLimits(10 * MB, 20 * MB, 0.0, 0, 1_999).check(ok.toFile()))
                .satisfies(e -> assertThat(((ApiException) e).getBody().getDetail()).contains("1999 行"));
    }

    @Test
    void rowsAreCountedAcrossPiecesAndPrefixes() {
        WorkbookLimits.RowCounter counter = new WorkbookLimits.RowCounter();
        byte[] a = "<sheetData><row r=\"1\"><c/></row><x:ro".getBytes(StandardCharsets.UTF_8);
        byte[] b = "w r=\"2\"/><rowBreaks/><row>".getBytes(StandardCharsets.UTF_8);
        counter.count(a, a.length);
        assertThat(counter.count(b, b.length)).isEqualTo(3);
    }

    private Path file(byte[] content) throws IOException {
        Path f = Files.createTempFile(dir, "w", ".xlsx");
        Files.write(f, content);
        return f;
    }

    /** sets the uncompressed size of {@code name} in the central directory to {@code size} */
    static void lie(byte[] zip, String name, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buf.getInt(i) == 0x02014b50 && buf.getShort(i + 28) == n.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                buf.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }
}
