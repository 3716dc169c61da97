package cn.gongkai.itemexcel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.gongkai.common.ApiException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.http.HttpStatus;

/**
 * An uploaded workbook read as a stream of rows (FastExcel reader: no whole-file model in memory): the sheet 数据
 * (or the first sheet), its header row matched to the list's columns by name, then each non-blank row as the cell
 * texts in column order. Columns may be left out or reordered; an unknown header is refused, an 错误信息 column (of
 * errors.xlsx) is ignored.
 */
final class UploadedSheet {

    /** rows read ahead of the checks at most ({@link #forEachRowReadAhead}) */
    private static final int READ_AHEAD = 2_000;
    private static final Object END = new Object();

    private final File file;
    private final List<Column> columns;
    private final WorkbookLimits limits;

    private UploadedSheet(File file, List<Column> columns, WorkbookLimits limits) {
        this.file = file;
        this.columns = columns;
        this.limits = limits;
    }

    /** checks that the file is a workbook with a header row this list knows; 415 / 400 otherwise */
    static UploadedSheet open(File file, List<Column> columns) {
        UploadedSheet sheet = new UploadedSheet(file, columns, null);
        sheet.headerMap(false);
        return sheet;
    }

    /**
     * {@link #open(File, List)}, and first (when {@code limits} is given) that the zip keeps the limits: 400 / 413
     * before the sheet is parsed. Reading the rows then refuses more data rows than the limit too.
     */
    static UploadedSheet open(File file, List<Column> columns, WorkbookLimits limits) {
        UploadedSheet sheet = new UploadedSheet(file, columns, limits);
        sheet.headerMap(true);
        return sheet;
    }

    /** a file {@link #open(File, List, WorkbookLimits)} has accepted: the zip is not checked again, the rows are */
    static UploadedSheet reopen(File file, List<Column> columns, WorkbookLimits limits) {
        UploadedSheet sheet = new UploadedSheet(file, columns, limits);
        sheet.headerMap(false);
        return sheet;
    }

    /**
     * The rows, each as (Excel row number, cell texts in column order). A file that cannot be read is a 400; what
     * {@code action} throws passes through unchanged.
     */
    void forEachRow(Consumer<Line> action) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file);
                Stream<Row> rows = dataSheet(workbook).openStream()) {
            int[] map = null;
            int count = 0;
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (map == null) {
                    map = headerMap(row);
                    continue;
                }
                List<String> cells = cells(row, map);
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    if (limits != null && ++count > limits.maxRows()) {
                        throw WorkbookLimits.tooBig(limits.rowsMessage());
                    }
                    try {
                        action.accept(new Line(row.getRowNum(), cells));
                    } catch (RuntimeException e) {
                        throw new ActionFailure(e);
                    }
                }
            }
        } catch (ActionFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    /**
     * {@link #forEachRow}, with the sheet read on a thread of its own up to {@value #READ_AHEAD} rows ahead of
     * {@code action}, so that reading the file and checking its rows share the machine's cores. {@code action} runs
     * on the calling thread (in its transaction), in row order. {@code counted} is set to the number of rows once
     * the reader reaches the end, usually well before the action does. What the reader throws (an unreadable file)
     * is thrown here; when the action throws, the reader stops.
     */
    void forEachRowReadAhead(Consumer<Line> action, AtomicInteger counted) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            Object last;
            try {
                int[] n = {0};
                forEachRow(line -> {
                    n[0]++;
                    hand(queue, line, stopped);
                });
                counted.set(n[0]);
                last = END;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                hand(queue, last, stopped);
            } catch (ReaderStopped e) {
                // the action has given up: nobody waits for the end
            }
        }, "import-read");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                action.accept((Line) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the upload", e);
        } finally {
            stopped.set(true);
            queue.clear();
        }
    }

    /** puts a row (or the end) on the queue, waiting while it is full; gives up once the reading side has stopped */
    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new ReaderStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReaderStopped();
        }
    }

    /** ends the read-ahead thread's pass over the sheet */
    private static final class ReaderStopped extends RuntimeException {
        ReaderStopped() {
            super(null, null, false, false);
        }
    }

    /** a row of the data sheet: its 1-based Excel row number and its cell texts in the list's column order */
    record Line(int row, List<String> cells) {
    }

    /** carries what a row action threw past the handling of unreadable files */
    private static final class ActionFailure extends RuntimeException {
        ActionFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private void headerMap(boolean checkZip) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] head = in.readNBytes(8);
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw unsupported("上传的是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再上传");
            }
            if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw corrupt(null);
            }
        } catch (IOException e) {
            throw corrupt(e);
        }
        if (checkZip && limits != null) {
            limits.check(file);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file);
                Stream<Row> rows = dataSheet(workbook).openStream()) {
            Row header = rows.findFirst()
                    .orElseThrow(() -> ApiException.badRequest("工作表是空的：第1行应为表头"));
            headerMap(header);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw corrupt(e);
        }
    }

    private static Sheet dataSheet(ReadableWorkbook workbook) {
        return workbook.findSheet(ItemSheets.DATA).orElseGet(workbook::getFirstSheet);
    }

    /** for each column of the list, the index of its cell in the upload (-1 if left out) */
    private int[] headerMap(Row header) {
        int[] map = new int[columns.size()];
        java.util.Arrays.fill(map, -1);
        Set<String> seen = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            String name = text(header.getCell(i), null).strip();
            if (name.isEmpty() || name.equals(ItemSheets.ERROR_HEADER)) {
                continue;
            }
            if (!seen.add(name)) {
                throw ApiException.badRequest("表头“" + name + "”出现了两次");
            }
            int index = indexOf(name);
            if (index < 0) {
                unknown.add(name);
            } else {
                map[index] = i;
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("表头“" + String.join("”“", unknown) + "”不是本清单的列，请使用本清单的导入模板");
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && map[c] < 0) {
                missing.add(columns.get(c).header());
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("缺少必填列“" + String.join("”“", missing) + "”，请使用本清单的导入模板");
        }
        return map;
    }

    private int indexOf(String header) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header().equals(header)) {
                return c;
            }
        }
        return -1;
    }

    private List<String> cells(Row row, int[] map) {
        List<String> cells = new ArrayList<>(map.length);
        for (int c = 0; c < map.length; c++) {
            Cell cell = map[c] < 0 || map[c] >= row.getCellCount() ? null : row.getCell(map[c]);
            cells.add(text(cell, columns.get(c).syntax()).strip());
        }
        return cells;
    }

    /** a cell as the text a person sees: numbers without a trailing .0, dates of date columns as 2025-01-31 */
    static String text(Cell cell, CellSyntax syntax) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString() == null ? "" : cell.asString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "是" : "否";
            case NUMBER -> syntax == CellSyntax.DATE ? cell.asDate().toLocalDate().toString()
                    : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    static ApiException unsupported(String detail) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-upload", "不支持的文件类型", detail);
    }

    static ApiException corrupt(Exception e) {
        return new ApiException(HttpStatus.BAD_REQUEST, "corrupt-upload", "文件无法读取",
                "文件已损坏或不是有效的 .xlsx 工作簿，无法读取");
    }
}
