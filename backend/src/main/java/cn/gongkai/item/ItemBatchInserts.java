package cn.gongkai.item;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import cn.gongkai.common.BulkInserts;
import org.springframework.stereotype.Component;

/**
 * The multi-row inserts of batch creation as JDBC batches of server-side statements ({@link BulkInserts}): with the
 * driver's {@code rewriteBatchedStatements} they go to the server as multi-row {@code INSERT}s, without building a
 * statement of thousands of placeholders per chunk (MyBatis {@code <foreach>} spent more time on that than the
 * database spent on the rows — bench/RESULTS.md, Import). Joins the caller's transaction like the mappers do.
 */
@Component
class ItemBatchInserts {

    private final BulkInserts bulk;

    ItemBatchInserts(BulkInserts bulk) {
        this.bulk = bulk;
    }

    /** new working copies (status, creation and update stamps as given; never published); their content is long */
    void items(List<ItemRow> rows) {
        bulk.insert("INSERT INTO item (kind, org_id, code, name, status, version, revision, change_reason,"
                + " content, category, domain_code, part, parent_id, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, r) -> {
                    ps.setString(1, r.kind().name());
                    ps.setLong(2, r.orgId());
                    ps.setString(3, r.code());
                    ps.setString(4, r.name());
                    ps.setString(5, r.status().name());
                    ps.setString(6, r.content());
                    ps.setString(7, r.category());
                    ps.setString(8, r.domainCode());
                    ps.setString(9, r.part());
                    if (r.parentId() == null) {
                        ps.setNull(10, Types.BIGINT);
                    } else {
                        ps.setLong(10, r.parentId());
                    }
                    ps.setTimestamp(11, timestamp(r.createdAt()));
                    ps.setString(12, r.createdBy());
                    ps.setTimestamp(13, timestamp(r.updatedAt()));
                    ps.setString(14, r.updatedBy());
                });
    }

    void transitions(List<TransitionRow> rows) {
        bulk.insert("INSERT INTO item_transition (item_id, at, actor, action, from_status, to_status, comment,"
                + " revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, t) -> {
                    ps.setLong(1, t.itemId());
                    ps.setTimestamp(2, timestamp(t.at()));
                    ps.setString(3, t.actor());
                    ps.setString(4, t.action().name());
                    ps.setString(5, t.fromStatus() == null ? null : t.fromStatus().name());
                    ps.setString(6, t.toStatus().name());
                    ps.setString(7, t.comment());
                    if (t.revision() == null) {
                        ps.setNull(8, Types.INTEGER);
                    } else {
                        ps.setInt(8, t.revision());
                    }
                });
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
