package cn.gongkai.itemexcel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Hostile workbooks for the import limits: a valid workbook of {@link Workbooks} with one of its parts replaced by
 * generated content, streamed into the zip (nothing large is ever held in memory, only the compressed result).
 */
final class Bombs {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_TAIL = "</sheetData></worksheet>";

    private Bombs() {
    }

    /** writes the replacement of one part */
    interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** {@code base} with the parts named in {@code replaced} written anew */
    static byte[] replace(byte[] base, Map<String, Part> replaced) {
        var bytes = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(base)).get();
                var out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (replaced.containsKey(e.getName())) {
                    replaced.get(e.getName()).write(out);
                } else {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** a sheet of inline-string rows: the header cells, then {@code rows} copies of the same row, then {@code tail} */
    static Part sheet(String[] header, String[] row, long rows, Part tail) {
        return out -> {
            write(out, SHEET_HEAD + rowXml(1, header));
            for (long r = 0; r < rows; r++) {
                write(out, rowXml(r + 2, row));
            }
            if (tail != null) {
                tail.write(out);
            }
            write(out, SHEET_TAIL);
        };
    }

    /** {@code bytes} spaces: an XML parser skips them, a deflater packs them a thousandfold */
    static Part whitespace(long bytes) {
        return out -> {
            byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long left = bytes; left > 0; left -= spaces.length) {
                out.write(spaces, 0, (int) Math.min(left, spaces.length));
            }
        };
    }

    /**
     * A shared-strings part of {@code strings} ordinary strings followed by one string of {@code random} random
     * characters (which do not compress) and {@code padding} repeated ones: a ratio just above 1 %, a size far above
     * the limit.
     */
    static Part sharedStrings(String[] strings, int random, long padding) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"" + (strings.length + 1) + "\" uniqueCount=\""
                    + (strings.length + 1) + "\">");
            for (String s : strings) {
                write(out, "<si><t>" + s + "</t></si>");
            }
            write(out, "<si><t>");
            Random rnd = new Random(17);
            byte[] chunk = new byte[64 * 1024];
            for (int left = random; left > 0; left -= chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('A' + rnd.nextInt(52) % 26 + (rnd.nextBoolean() ? 32 : 0));
                }
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            byte[] pad = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long left = padding; left > 0; left -= pad.length) {
                out.write(pad, 0, (int) Math.min(left, pad.length));
            }
            write(out, "</t></si></sst>");
        };
    }

    /** a row without row or cell references (both optional): repeated rows are byte for byte the same */
    private static String rowXml(long r, String[] cells) {
        StringBuilder s = new StringBuilder("<row>");
        for (String cell : cells) {
            s.append("<c t=\"inlineStr\"><is><t>").append(cell).append("</t></is></c>");
        }
        return s.append("</row>").toString();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
