package cn.gongkai.itemexcel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.item.ItemKind;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a list's workbook, streaming (FastExcel): the data sheet 数据 (header row, then rows as they come, with
 * drop-downs on code columns), 说明 (how to fill each column) and 代码 (the allowed values the drop-downs use).
 * Templates, exports and errors.xlsx all have this shape, so each of them can be filled in and uploaded again.
 */
final class ItemSheets implements AutoCloseable {

    static final String DATA = "数据";
    static final String HELP = "说明";
    static final String CODES = "代码";
    static final String ERROR_HEADER = "错误信息";
    /** rows kept in memory before they are flushed into the zip stream */
    private static final int FLUSH_EVERY = 500;
    private static final int DROPDOWN_ROWS = 100_000;

    private final Workbook workbook;
    private final Worksheet data;
    private final List<Column> columns;
    private final boolean errorColumn;
    private int next = 1;

    ItemSheets(OutputStream out, ItemKind kind, List<Column> columns, boolean errorColumn) throws IOException {
        this.columns = columns;
        this.errorColumn = errorColumn;
        workbook = new Workbook(out, "Gongkai", "1.0");
        data = workbook.newWorksheet(DATA);
        Worksheet help = workbook.newWorksheet(HELP);
        Worksheet codes = workbook.newWorksheet(CODES);
        writeHelp(help, kind);
        writeCodes(codes);
        writeHeader();
    }

    private void writeHeader() {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            data.value(0, c, column.header());
            data.width(c, Math.max(12, Math.min(40, column.example().length() * 1.6 + 6)));
            var style = data.style(0, c).bold().fillColor(column.required() ? "F8CBAD" : "DDEBF7");
            style.set();
        }
        if (errorColumn) {
            data.value(0, columns.size(), ERROR_HEADER);
            data.width(columns.size(), 60);
            data.style(0, columns.size()).bold().fontColor("C00000").fillColor("FCE4D6").set();
        }
        data.freezePane(2, 1);
    }

    /** one data row: the cell texts in column order, and the row's errors (written only with an error column) */
    void row(List<String> cells, String errors) throws IOException {
        int r = next++;
        for (int c = 0; c < cells.size() && c < columns.size(); c++) {
            String text = cells.get(c);
            if (text != null && !text.isEmpty()) {
                data.value(r, c, text);
            }
        }
        if (errorColumn && errors != null && !errors.isEmpty()) {
            data.value(r, columns.size(), errors);
            data.style(r, columns.size()).fontColor("C00000").wrapText(true).set();
        }
        if (r % FLUSH_EVERY == 0) {
            data.flush();
        }
    }

    private void writeHelp(Worksheet help, ItemKind kind) throws IOException {
        help.value(0, 0, kind.displayName() + "导入说明");
        help.style(0, 0).bold().fontSize(14).set();
        List<String> notes = List.of(
                "1. 在“数据”表第2行起每行填写一个事项；第1行为表头，请勿修改。橙色表头为必填列。",
                "2. 模板第2行为示例，导入前请改写或删除。",
                "3. 导入先校验全部行，全部无误才一次性写入（要么全部导入，要么一条也不导入）；导入的事项均为草稿。",
                "4. 多值单元格每行一条（单元格内换行：Alt+Enter），一条的各部分用竖线“|”分隔，末尾不填的部分可省略；"
                        + "内容中的“\\”写作“\\\\”，“|”写作“\\|”，条目内的换行写作“\\n”。",
                "5. 多选单元格用顿号“、”分隔；下拉列表的可选值见“代码”表，也可直接填写代码。",
                "6. 有错误时可下载错误报告（errors.xlsx）：原样保留上传的行并在末列写明错误，改正后可直接再次上传（“错误信息”列会被忽略）。");
        for (int i = 0; i < notes.size(); i++) {
            help.value(i + 1, 0, notes.get(i));
        }
        int r = notes.size() + 2;
        for (String h : List.of("列", "必填", "填写方式", "示例")) {
            help.value(r, List.of("列", "必填", "填写方式", "示例").indexOf(h), h);
        }
        help.range(r, 0, r, 3).style().bold().fillColor("DDEBF7").set();
        for (Column c : columns) {
            r++;
            help.value(r, 0, c.header());
            help.value(r, 1, c.required() ? "是" : "");
            help.value(r, 2, describe(c));
            help.value(r, 3, c.example());
        }
        help.width(0, 18);
        help.width(1, 6);
        help.width(2, 90);
        help.width(3, 50);
        help.finish();
    }

    private static String describe(Column c) {
        return switch (c.reference()) {
            case PARENT -> "子项填写其主项的编码（本机构权责清单或本文件中的事项）；主项不填";
            case ORG -> "公开主体机构的编码；不填则为本机构";
            case SOURCES -> "每行一个来源事项，写作“类型|事项编码|步骤序号|机构编码”：类型为权责或公共服务；"
                    + "不关联步骤时省略步骤序号；来源事项属于本机构时省略机构编码";
            case NONE -> c.syntax().describe();
        };
    }

    private void writeCodes(Worksheet codes) throws IOException {
        List<Column> coded = new ArrayList<>();
        for (Column c : columns) {
            if (c.choice() != null) {
                coded.add(c);
            }
        }
        for (int k = 0; k < coded.size(); k++) {
            Column c = coded.get(k);
            List<String> labels = c.choice().labels();
            codes.value(0, k, c.header());
            codes.style(0, k).bold().fillColor("DDEBF7").set();
            codes.width(k, 24);
            for (int i = 0; i < labels.size(); i++) {
                codes.value(i + 1, k, labels.get(i));
            }
            int col = columns.indexOf(c);
            data.range(1, col, DROPDOWN_ROWS, col).validateWithList(codes.range(1, k, labels.size(), k))
                    .errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true).errorTitle("不在可选范围内")
                    .error("请从下拉列表中选择（见“代码”表）");
        }
        codes.finish();
    }

    @Override
    public void close() throws IOException {
        data.finish();
        workbook.finish();
    }
}
