package cn.gongkai.itemexcel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.DraftCheck;
import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.itemexcel.ImportJob.ImportError;
import cn.gongkai.security.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checks of one import, row by row and then across rows: cell syntax, the item rules of single creation
 * ({@link ItemApi#checkDraft}), codes repeated within the file or already in the org's list, and main items
 * (主项编码) that are rows of the same file. Errors name the Excel row and the column header.
 */
final class ImportRows {

    private final ItemKind kind;
    private final long orgId;
    private final List<Column> columns;
    private final CurrentUser user;
    private final ItemApi items;
    private final ItemLookup lookup;
    private final ItemCells cells;
    private final ItemCells.Lookups refs;

    private final List<Row> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> firstRowByCode = new HashMap<>();
    private final int maxCellChars;
    private final int maxErrors;
    private int droppedErrors;

    ImportRows(ItemKind kind, long orgId, List<Column> columns, CurrentUser user, ItemApi items, ItemLookup lookup,
            ItemCells cells) {
        this(kind, orgId, columns, user, items, lookup, cells, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * {@code maxCellChars}: a longer cell is an error of its row, not parsed; {@code maxErrors}: errors kept, the
     * rest only counted ({@link #errorCount()}).
     */
    ImportRows(ItemKind kind, long orgId, List<Column> columns, CurrentUser user, ItemApi items, ItemLookup lookup,
            ItemCells cells, int maxCellChars, int maxErrors) {
        this.maxCellChars = maxCellChars;
        this.maxErrors = maxErrors;
        this.kind = kind;
        this.orgId = orgId;
        this.columns = columns;
        this.user = user;
        this.items = items;
        this.lookup = lookup;
        this.cells = cells;
        this.refs = cells.lookups();
    }

    /** a checked row; {@code parentCode} is set when its main item is another row of the file */
    record Row(int row, DraftCheck draft, ObjectNode body, String parentCode, boolean sub) {
    }

    void add(UploadedSheet.Line line) {
        ObjectNode body = CellSyntax.NODES.objectNode();
        List<ImportError> rowErrors = new ArrayList<>();
        String parentCode = null;
        for (int c = 0; c < columns.size(); c++) {
            String text = line.cells().get(c);
            if (text.isEmpty()) {
                continue;
            }
            Column column = columns.get(c);
            if (text.length() > maxCellChars) {
                rowErrors.add(new ImportError(line.row(), column.header(), "单元格内容有 " + text.length()
                        + " 个字符，超过 " + maxCellChars + " 个字符的上限（Excel 单元格最多容纳的字数）"));
                continue;
            }
            try {
                JsonNode value = cells.resolve(column, column.syntax().read(text), orgId, refs);
                if (column.reference() == Column.Reference.PARENT) {
                    Long parentId = refs.item(ItemKind.POWER, orgId, text).orElse(null);
                    if (parentId == null) {
                        parentCode = text;
                        continue;
                    }
                    value = CellSyntax.NODES.numberNode(parentId);
                }
                ItemCells.put(body, column.path(), value);
            } catch (CellSyntax.CellError e) {
                rowErrors.add(new ImportError(line.row(), column.header(), e.getMessage()));
            }
        }
        DraftCheck draft = null;
        if (rowErrors.isEmpty()) {
            draft = items.checkDraft(kind, orgId, body, user);
            for (FieldError e : draft.errors()) {
                rowErrors.add(error(line.row(), e));
            }
        }
        String code = body.path("code").asString("").strip();
        if (!code.isEmpty()) {
            Integer first = firstRowByCode.putIfAbsent(code, line.row());
            if (first != null) {
                rowErrors.add(new ImportError(line.row(), "编码", "编码“" + code + "”与第" + first + "行重复"));
            }
        }
        rowErrors.forEach(this::error);
        if (rowErrors.isEmpty()) {
            rows.add(new Row(line.row(), draft, parentCode == null ? null : body, parentCode,
                    parentCode != null || body.hasNonNull("parentId")));
        }
    }

    /** the checks across rows, once every row was read */
    void finish() {
        Map<String, Long> existing = lookup.activeIds(kind, orgId, firstRowByCode.keySet());
        existing.keySet().stream().map(code -> new ImportError(firstRowByCode.get(code), "编码",
                "编码“" + code + "”在本机构的" + kind.displayName() + "中已存在")).forEach(this::error);
        Map<String, Row> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.draft().code(), r));
        for (Row r : rows) {
            if (r.parentCode() == null) {
                continue;
            }
            Row main = byCode.get(r.parentCode());
            if (main == null) {
                String message = firstRowByCode.containsKey(r.parentCode()) ? "主项所在的行有错误"
                        : "本机构权责清单和本文件中都没有编码为“" + r.parentCode() + "”的事项";
                error(new ImportError(r.row(), "主项编码", message));
            } else if (main == r) {
                error(new ImportError(r.row(), "主项编码", "主项不能是事项自身"));
            } else if (main.sub()) {
                error(new ImportError(r.row(), "主项编码", "主项“" + r.parentCode() + "”本身是子项，子项下不能再设子项"));
            }
        }
        errors.sort(java.util.Comparator.comparing((ImportError e) -> e.row() == null ? 0 : e.row()));
    }

    /** the errors kept (at most {@code maxErrors}), by row */
    List<ImportError> errors() {
        return errors;
    }

    /** all errors found, also those not kept */
    int errorCount() {
        return errors.size() + droppedErrors;
    }

    private void error(ImportError e) {
        if (errors.size() < maxErrors) {
            errors.add(e);
        } else {
            droppedErrors++;
        }
    }

    /** the rows to write first (no main item in the file) */
    List<DraftCheck> independent() {
        return rows.stream().filter(r -> r.parentCode() == null).map(Row::draft).toList();
    }

    /** the rows whose main item is another row of the file, written after it */
    List<Row> dependent() {
        return rows.stream().filter(r -> r.parentCode() != null).toList();
    }

    int valid() {
        return rows.size();
    }

    /** a field error of the item rules, placed in the column that holds the field */
    private ImportError error(int row, FieldError e) {
        Column best = null;
        for (Column c : columns) {
            String p = c.path();
            if ((e.field().equals(p) || e.field().startsWith(p + ".") || e.field().startsWith(p + "["))
                    && (best == null || p.length() > best.path().length())) {
                best = c;
            }
        }
        String message = e.message();
        if (best != null && e.field().startsWith(best.path() + "[")) {
            int end = e.field().indexOf(']', best.path().length());
            try {
                int index = Integer.parseInt(e.field().substring(best.path().length() + 1, end));
                message = "第" + (index + 1) + "条：" + message;
            } catch (RuntimeException ignored) {
                // not an index: keep the message as it is
            }
        }
        return new ImportError(row, best == null ? null : best.header(), message);
    }
}
