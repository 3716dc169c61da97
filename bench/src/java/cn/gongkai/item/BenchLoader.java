package cn.gongkai.item;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads generated items the way a migration would: drafts through the app's own batch path
 * ({@link ItemApi#createDrafts}, the one the Excel import uses: same checks, same rows, multi-row inserts), then
 * publishes them in set-based statements — revision 1 copied from the draft, the SUBMIT and APPROVE history rows,
 * status PUBLISHED — and runs each list's own publication hook for the batch (the catalogue's published links, the negative
 * list's review schedule). What it does not do is emit {@link ItemPublished} per item: the benchmark builds the
 * search index with the app's reindex and the supervision facts with the app's resync, which are exactly the
 * repair paths for data loaded straight into the database.
 */
@Component
public class BenchLoader {

    private final ItemApi items;
    private final ItemKinds kinds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    BenchLoader(ItemApi items, ItemKinds kinds, JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json) {
        this.items = items;
        this.kinds = kinds;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** one item of a unit: kind name, code, request body (sources given as codes of the same unit) */
    public record Planned(String kind, String code, Map<String, Object> body, List<SourceCode> sources) {
    }

    public record SourceCode(String kind, String code, Integer stepSeq) {
    }

    /**
     * Creates and publishes the items of one org in one transaction: power and service first, so catalogue
     * entries can name their ids. Returns how many items were written.
     */
    public int loadUnit(long orgId, List<Planned> planned, CurrentUser editor, CurrentUser reviewer) {
        Integer n = tx.execute(status -> {
            Map<String, Long> idsByCode = new HashMap<>();
            int written = 0;
            for (ItemKind kind : List.of(ItemKind.POWER, ItemKind.SERVICE, ItemKind.NEGATIVE, ItemKind.CATALOGUE)) {
                List<Planned> ofKind = planned.stream().filter(p -> p.kind().equals(kind.name())).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                List<JsonNode> bodies = ofKind.stream().map(p -> body(p, idsByCode)).toList();
                List<Long> ids = items.createDrafts(kind, orgId, bodies, editor);
                for (int i = 0; i < ids.size(); i++) {
                    idsByCode.put(kind.name() + ":" + ofKind.get(i).code(), ids.get(i));
                }
                publish(kind, orgId, ids, editor, reviewer);
                written += ids.size();
            }
            return written;
        });
        return n == null ? 0 : n;
    }

    /** drafts only (the import benchmark's source rows), in batches of 5,000 */
    public int createDrafts(long orgId, List<Planned> planned, CurrentUser editor) {
        int written = 0;
        for (int from = 0; from < planned.size(); from += 5000) {
            List<JsonNode> bodies = planned.subList(from, Math.min(planned.size(), from + 5000)).stream()
                    .map(p -> body(p, Map.of())).toList();
            ItemKind kind = ItemKind.valueOf(planned.get(from).kind());
            written += tx.execute(status -> items.createDrafts(kind, orgId, bodies, editor)).size();
        }
        return written;
    }

    /** the API body of a planned item: its code, and its sources resolved to the ids created so far */
    private JsonNode body(Planned p, Map<String, Long> idsByCode) {
        Map<String, Object> body = new HashMap<>(p.body());
        body.put("code", p.code());
        if (!p.sources().isEmpty()) {
            body.put("sources", p.sources().stream().map(s -> source(s, idsByCode)).toList());
        }
        return json.valueToTree(body);
    }

    private static Map<String, Object> source(SourceCode s, Map<String, Long> idsByCode) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", s.kind());
        m.put("itemId", idsByCode.get(s.kind() + ":" + s.code()));
        if (s.stepSeq() != null) {
            m.put("stepSeq", s.stepSeq());
        }
        return m;
    }

    private void publish(ItemKind kind, long orgId, List<Long> ids, CurrentUser editor, CurrentUser reviewer) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            jdbc.update("INSERT INTO item_revision (item_id, revision, code, name, content, category, domain_code, part,"
                    + " parent_id, change_reason, published_at, published_by) SELECT id, 1, code, name, content, category,"
                    + " domain_code, part, parent_id, change_reason, ?, ? FROM item WHERE id IN (" + in + ")", now,
                    reviewer.username());
            jdbc.update("INSERT INTO item_transition (item_id, at, actor, action, from_status, to_status, comment, revision)"
                    + " SELECT id, ?, ?, 'SUBMIT', 'DRAFT', 'PENDING_REVIEW', NULL, NULL FROM item WHERE id IN (" + in + ")"
                    + " UNION ALL SELECT id, ?, ?, 'APPROVE', 'PENDING_REVIEW', 'PUBLISHED', NULL, 1 FROM item WHERE id IN ("
                    + in + ")", now, editor.username(), now, reviewer.username());
            jdbc.update("UPDATE item SET status = 'PUBLISHED', revision = 1, version = version + 2, submitted_at = ?,"
                    + " submitted_by = ?, published_at = ?, updated_at = ?, updated_by = ? WHERE id IN (" + in + ")",
                    now, editor.username(), now, now, reviewer.username());
            if (kind == ItemKind.CATALOGUE || kind == ItemKind.NEGATIVE) {
                Map<Long, ItemContent> contents = new LinkedHashMap<>();
                jdbc.query("SELECT id, content FROM item WHERE id IN (" + in + ")",
                        rs -> { contents.put(rs.getLong(1), kinds.deserialize(kind, rs.getString(2))); });
                kinds.definition(kind).publishedAll(orgId, contents, now.toInstant());
            }
        }
    }
}
