package cn.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile workbooks of issue #17 (a ratio bomb whose sheet unpacks to ~210 MB, a 200 MB whitespace bomb), made from the
 * normal export by replacing its sheet.
 */
final class ImportMemory {

    private ImportMemory() {
    }

    /** the unpacked size of every part of a zip, summed (read through the central directory, as the app does) */
    static long unpackedBytes(byte[] zip) {
        long total = 0;
        try (var file = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip)).get()) {
            byte[] buffer = new byte[64 * 1024];
            for (var e : java.util.Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(e)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** {@code xlsx} with its first worksheet replaced by the header row and then {@code rowXml} repeated up to {@code bytes} */
    static byte[] ratioBomb(byte[] xlsx, long bytes) {
        String row = "<row><c t=\"inlineStr\"><is><t>BOMB</t></is></c><c t=\"inlineStr\"><is><t>同一个事项的名称</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>行政许可</t></is></c></row>";
        return withSheet(xlsx, out -> repeat(out, row, bytes));
    }

    /** {@code xlsx} with its first worksheet replaced by the header row, one good row, then {@code bytes} spaces */
    static byte[] whitespaceBomb(byte[] xlsx, long bytes) {
        return withSheet(xlsx, out -> {
            write(out, "<row><c t=\"inlineStr\"><is><t>WS-1</t></is></c><c t=\"inlineStr\"><is><t>空白炸弹</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>行政许可</t></is></c></row>");
            repeat(out, " ", bytes);
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] withSheet(byte[] xlsx, Body body) {
        var bytes = new ByteArrayOutputStream();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("bench-bomb", ".xlsx");
            Files.write(tmp, xlsx);
            try (var zip = new java.util.zip.ZipFile(tmp.toFile()); var out = new ZipOutputStream(bytes)) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>"
                                + "<c t=\"inlineStr\"><is><t>编码</t></is></c><c t=\"inlineStr\"><is><t>名称</t></is></c>"
                                + "<c t=\"inlineStr\"><is><t>权力类型</t></is></c></row>");
                        body.write(out);
                        write(out, "</sheetData></worksheet>");
                    } else {
                        try (InputStream part = zip.getInputStream(e)) {
                            part.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private static void repeat(OutputStream out, String unit, long bytes) throws IOException {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(65_536 / one.length) * one.length];
        for (int i = 0; i < block.length; i += one.length) {
            System.arraycopy(one, 0, block, i, one.length);
        }
        for (long left = bytes; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(left, block.length));
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
