package cn.gongkai.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.common.Clocks;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import cn.gongkai.negativeitem.NegativeCategory;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.poweritem.PowerCategory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data (政务数据开放): every published item of a list as CSV or JSON, streamed page by page from the database
 * (the source of truth, not the index), so the file can be as large as the list without holding it in memory.
 * Only published revisions of items that are not archived; {@code id} is the item's id, stable across revisions.
 * CSV is for people opening it in Excel: a UTF-8 BOM (Excel reads the Chinese right), Chinese headers, labels
 * (清单 权责清单, 类别 行政许可, 领域 社会救助) with the codes in columns of their own, every cell quoted and cells that a
 * spreadsheet would run as a formula defused. JSON keeps the field names and codes (for programs).
 */
@Component
class OpenData {

    private static final int PAGE = 500;
    static final List<String> CSV_COLUMNS = List.of("事项ID", "清单", "清单代码", "事项编码", "事项名称", "机构ID", "所属机构",
            "版本", "发布时间", "变更原因", "类别", "类别代码", "领域", "领域代码", "内容（JSON）");
    private static final DateTimeFormatter PUBLISHED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Clocks.ZONE);

    private final ItemLookup items;
    private final OrgApi orgs;
    private final JsonMapper json;
    private final CodeTables codes;

    OpenData(ItemLookup items, OrgApi orgs, JsonMapper json, CodeTables codes) {
        this.items = items;
        this.orgs = orgs;
        this.json = json;
        this.codes = codes;
    }

    record DataSet(ItemKind kind, String name, String path, long count, String csv, String json) {
    }

    List<DataSet> dataSets() {
        return Stream.of(ItemKind.values()).map(k -> new DataSet(k, k.displayName(), k.path(), items.countPublished(k),
                "/api/v1/public/open-data/" + k.path() + ".csv", "/api/v1/public/open-data/" + k.path() + ".json"))
                .toList();
    }

    void writeCsv(ItemKind kind, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(line(CSV_COLUMNS));
        forEachPage(kind, (page, names) -> {
            for (PublishedItem i : page) {
                out.write(line(csvRow(i, names)));
            }
        });
    }

    void writeJson(ItemKind kind, OutputStream out) throws IOException {
        out.write('[');
        boolean[] first = {true};
        forEachPage(kind, (page, names) -> {
            for (PublishedItem i : page) {
                if (!first[0]) {
                    out.write(',');
                }
                first[0] = false;
                out.write('\n');
                out.write(json.writeValueAsBytes(row(i, names)));
            }
        });
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> row(PublishedItem i, Map<Long, OrgRef> names) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", i.id());
        r.put("kind", i.kind().name());
        r.put("code", i.code());
        r.put("name", i.name());
        r.put("orgId", i.orgId());
        r.put("orgName", names.containsKey(i.orgId()) ? names.get(i.orgId()).name() : null);
        r.put("revision", i.revision());
        r.put("publishedAt", i.publishedAt() == null ? null : i.publishedAt().toString());
        r.put("changeReason", i.changeReason());
        r.put("category", i.fields().get("category"));
        r.put("domainCode", i.fields().get("domainCode"));
        r.put("content", i.fields());
        return r;
    }

    /** one CSV line in the order of {@link #CSV_COLUMNS}: labels, then the codes they stand for */
    private List<String> csvRow(PublishedItem i, Map<Long, OrgRef> names) {
        String category = text(i.fields().get("category"));
        String domain = text(i.fields().get("domainCode"));
        return List.of(String.valueOf(i.id()), i.kind().displayName(), i.kind().name(), text(i.code()), text(i.name()),
                String.valueOf(i.orgId()), names.containsKey(i.orgId()) ? names.get(i.orgId()).name() : "",
                String.valueOf(i.revision()),
                i.publishedAt() == null ? "" : PUBLISHED_AT.format(i.publishedAt()), text(i.changeReason()),
                categoryName(i.kind(), category), category, domain.isEmpty() ? ""
                        : codes.find(CodeTable.DOMAINS, domain).map(CodeEntry::name).orElse(domain),
                domain, json.writeValueAsString(i.fields()));
    }

    private static String categoryName(ItemKind kind, String code) {
        if (code.isEmpty()) {
            return "";
        }
        try {
            return switch (kind) {
                case POWER -> PowerCategory.valueOf(code).displayName();
                case NEGATIVE -> NegativeCategory.valueOf(code).displayName();
                default -> code;
            };
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private interface PageWriter {
        void write(List<PublishedItem> page, Map<Long, OrgRef> orgNames) throws IOException;
    }

    private void forEachPage(ItemKind kind, PageWriter writer) throws IOException {
        long after = 0;
        List<PublishedItem> page;
        do {
            page = items.publishedAfter(kind, after, PAGE);
            if (!page.isEmpty()) {
                writer.write(page, orgs.findAll(page.stream().map(PublishedItem::orgId).collect(Collectors.toSet())));
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE);
    }

    private static byte[] line(List<String> cells) {
        return (cells.stream().map(OpenData::cell).collect(Collectors.joining(",")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
