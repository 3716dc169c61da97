package cn.gongkai.itemexcel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemView;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Between an item as the API shows it and the cells of its row, both ways. References to other records are
 * written as codes (main item, 公开主体, sources) and resolved again on import, relative to the importing org, so an
 * export re-imports unchanged into another org that holds the same codes.
 */
@Component
class ItemCells {

    private final ItemLookup items;
    private final OrgApi orgs;
    private final JsonMapper json;

    ItemCells(ItemLookup items, OrgApi orgs, JsonMapper json) {
        this.items = items;
        this.orgs = orgs;
        this.json = json;
    }

    /** a row's cells from an item (export) */
    List<String> cells(ItemView item, List<Column> columns, Map<Long, String> orgCodes) {
        ObjectNode node = json.valueToTree(item.fields());
        node.put("code", item.code());
        node.put("name", item.name());
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            JsonNode value = at(node, c.path());
            if (value == null || value.isNull() || value.isMissingNode() || (value.isArray() && value.isEmpty())) {
                cells.add("");
                continue;
            }
            value = switch (c.reference()) {
                case NONE -> value;
                case PARENT -> items.find(ItemKind.POWER, value.asLong())
                        .<JsonNode>map(p -> CellSyntax.NODES.stringNode(p.code())).orElse(null);
                case ORG -> orgCode(value.asLong(), orgCodes).<JsonNode>map(CellSyntax.NODES::stringNode).orElse(null);
                case SOURCES -> sourcesOut((ArrayNode) value, item.orgId(), orgCodes);
            };
            cells.add(value == null ? "" : c.syntax().write(value));
        }
        return cells;
    }

    private ArrayNode sourcesOut(ArrayNode sources, long ownOrg, Map<Long, String> orgCodes) {
        ArrayNode out = CellSyntax.NODES.arrayNode();
        for (JsonNode s : sources) {
            ItemKind kind = ItemKind.valueOf(s.get("kind").asString());
            items.find(kind, s.get("itemId").asLong()).ifPresent(ref -> {
                ObjectNode o = out.addObject();
                o.put("kind", kind.name());
                o.put("itemCode", ref.code());
                if (s.hasNonNull("stepSeq")) {
                    o.put("stepSeq", s.get("stepSeq").asInt());
                }
                if (ref.orgId() != ownOrg) {
                    orgCode(ref.orgId(), orgCodes).ifPresent(code -> o.put("orgCode", code));
                }
            });
        }
        return out;
    }

    private Optional<String> orgCode(long orgId, Map<Long, String> cache) {
        return Optional.ofNullable(cache.computeIfAbsent(orgId, id -> orgs.find(id).map(OrgRef::code).orElse(null)));
    }

    /** resolves the references of one row's parsed values within {@code orgId}; a problem is a {@link CellSyntax.CellError} */
    JsonNode resolve(Column column, JsonNode value, long orgId, Lookups cache) {
        return switch (column.reference()) {
            case NONE, PARENT -> value;
            case ORG -> CellSyntax.NODES.numberNode(cache.org(value.asString())
                    .orElseThrow(() -> new CellSyntax.CellError("机构编码“" + value.asString() + "”不存在")));
            case SOURCES -> sourcesIn((ArrayNode) value, orgId, cache);
        };
    }

    private ArrayNode sourcesIn(ArrayNode sources, long orgId, Lookups cache) {
        ArrayNode out = CellSyntax.NODES.arrayNode();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode s = sources.get(i);
            String prefix = "第" + (i + 1) + "条：";
            if (!s.hasNonNull("kind") || !s.hasNonNull("itemCode")) {
                throw new CellSyntax.CellError(prefix + "须写明类型和事项编码");
            }
            long owner = orgId;
            if (s.hasNonNull("orgCode")) {
                owner = cache.org(s.get("orgCode").asString()).orElseThrow(() -> new CellSyntax.CellError(
                        prefix + "机构编码“" + s.get("orgCode").asString() + "”不存在"));
            }
            ItemKind kind = ItemKind.valueOf(s.get("kind").asString());
            String code = s.get("itemCode").asString();
            Long id = cache.item(kind, owner, code).orElseThrow(() -> new CellSyntax.CellError(
                    prefix + kind.displayName() + "中没有编码为“" + code + "”的事项"));
            ObjectNode o = out.addObject();
            o.put("kind", kind.name());
            o.put("itemId", id);
            if (s.hasNonNull("stepSeq")) {
                o.set("stepSeq", s.get("stepSeq"));
            }
        }
        return out;
    }

    /** per import: the org and item codes already looked up */
    Lookups lookups() {
        return new Lookups();
    }

    final class Lookups {
        private final Map<String, Optional<Long>> orgIds = new HashMap<>();
        private final Map<String, Optional<Long>> itemIds = new HashMap<>();

        Optional<Long> org(String code) {
            return orgIds.computeIfAbsent(code, c -> orgs.findByCode(c).map(OrgRef::id));
        }

        Optional<Long> item(ItemKind kind, long orgId, String code) {
            return itemIds.computeIfAbsent(kind + "/" + orgId + "/" + code,
                    k -> Optional.ofNullable(items.activeIds(kind, orgId, List.of(code)).get(code)));
        }
    }

    /** the value at a dotted path ({@code fee.charged}) */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    /** sets the value at a dotted path, creating the objects on the way */
    static void put(ObjectNode node, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode current = node;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = current.get(parts[i]);
            current = next instanceof ObjectNode o ? o : current.putObject(parts[i]);
        }
        current.set(parts[parts.length - 1], value);
    }
}
