package cn.gongkai.itemexcel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;

import cn.gongkai.common.ApiException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.springframework.http.HttpStatus;

/**
 * The limits an uploaded workbook must keep before its sheet is parsed (an .xlsx is a zip of XML parts; a few hundred
 * KB can unpack to gigabytes). Two passes over the zip, neither holding more than a buffer: the central directory's
 * declared sizes (refuses most bombs without inflating a byte), then every part inflated into nothing while its
 * bytes are counted, because declared sizes can lie. Checked per part: the unpacked size, the ratio of compressed
 * to unpacked bytes (as Apache POI's ZipSecureFile: below {@code minInflateRatio} once past {@code graceBytes} is a
 * bomb), and in total; in the worksheets, the number of rows. A breach is a 400 (bomb) or 413 (too big) with a
 * Chinese message naming the part.
 */
final class WorkbookLimits {

    private static final int MAX_ENTRIES = 1_000;

    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final double minInflateRatio;
    private final long graceBytes;
    private final int maxRows;

    WorkbookLimits(long maxEntryBytes, long maxTotalBytes, double minInflateRatio, long graceBytes, int maxRows) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.minInflateRatio = minInflateRatio;
        this.graceBytes = graceBytes;
        this.maxRows = maxRows;
    }

    static WorkbookLimits of(ImportProperties p) {
        return new WorkbookLimits(p.maxEntrySize().toBytes(), p.maxUnzippedSize().toBytes(), p.minInflateRatio(),
                p.inflateRatioGrace().toBytes(), p.maxRows());
    }

    /** refuses the file (400 / 413) if it breaks a limit; a file that is not a readable zip is left to the reader */
    void check(File file) {
        try (ZipFile zip = ZipFile.builder().setFile(file).get()) {
            long declared = 0;
            int entries = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb("文件包含的部件超过 " + MAX_ENTRIES + " 个，不是正常的 Excel 工作簿");
                }
                if (e.getSize() >= 0) {
                    declared += e.getSize();
                    sizes(e.getName(), e.getSize(), e.getCompressedSize(), declared);
                }
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                total = inflate(zip, e, buffer, total);
            }
        } catch (IOException e) {
            // not a zip, or a broken one: the workbook reader says so (400 "文件已损坏")
        }
    }

    private long inflate(ZipFile zip, ZipArchiveEntry e, byte[] buffer, long totalBefore) throws IOException {
        boolean worksheet = e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml");
        RowCounter rows = worksheet ? new RowCounter() : null;
        long read = 0;
        try (InputStream in = zip.getInputStream(e)) {
            InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                long compressed = stats == null ? e.getCompressedSize() : stats.getCompressedCount();
                sizes(e.getName(), read, compressed, totalBefore + read);
                if (rows != null && rows.count(buffer, n) > maxRows + 1L) {
                    throw tooBig(rowsMessage());
                }
            }
        }
        return totalBefore + read;
    }

    int maxRows() {
        return maxRows;
    }

    String rowsMessage() {
        return "工作表的数据超过 " + maxRows + " 行（每次导入的上限），请分成多个文件导入";
    }

    /** the checks of one part: its (declared or so far inflated) ratio and size, and the total so far */
    private void sizes(String name, long size, long compressed, long total) {
        if (size > graceBytes && compressed >= 0 && (double) compressed / size < minInflateRatio) {
            throw bomb("文件的部件“" + name + "”压缩比异常（压缩后不到解压后的 " + percent(minInflateRatio)
                    + "），疑似压缩炸弹，已拒绝；请用 Excel 重新保存后上传");
        }
        if (size > maxEntryBytes) {
            throw tooBig("文件解压后过大：部件“" + name + "”解压后超过 " + mb(maxEntryBytes)
                    + "（上限），请删除无用的内容或分成多个文件导入");
        }
        if (total > maxTotalBytes) {
            throw tooBig("文件解压后过大：解压后总大小超过 " + mb(maxTotalBytes) + "（上限），请分成多个文件导入");
        }
    }

    private static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    private static String percent(double ratio) {
        return java.math.BigDecimal.valueOf(ratio * 100).stripTrailingZeros().toPlainString() + "%";
    }

    static ApiException bomb(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "suspicious-upload", "文件可疑", detail);
    }

    static ApiException tooBig(String detail) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "上传的内容过大", detail);
    }

    /**
     * Counts row elements ({@code <row …>}, also with a namespace prefix such as {@code <x:row>}) in XML bytes fed
     * piece by piece; a tag cut between two pieces is still counted once.
     */
    static final class RowCounter {
        private static final byte[] ROW = {'r', 'o', 'w'};
        /** -1: outside a tag name; -2: in another name or a prefix; 0: after '<' or a prefix's ':'; 1..3: "row" so far */
        private int state = -1;
        private long rows;

        long count(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '<') {
                    state = 0;
                } else if (state >= 0 && state < 3) {
                    state = b == ROW[state] ? state + 1 : b == ':' ? 0 : isNameChar(b) ? -2 : -1;
                } else if (state == 3) {
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                        rows++;
                        state = -1;
                    } else {
                        state = b == ':' ? 0 : isNameChar(b) ? -2 : -1;
                    }
                } else if (state == -2) {
                    state = b == ':' ? 0 : isNameChar(b) ? -2 : -1;
                }
            }
            return rows;
        }

        private static boolean isNameChar(byte b) {
            return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-'
                    || b == '.';
        }
    }
}
