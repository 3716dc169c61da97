package cn.gongkai.item;

import java.util.List;

import cn.gongkai.common.BulkInserts;
import org.springframework.stereotype.Component;

/**
 * The multi-row inserts of batch creation, as server-side statements ({@link BulkInserts}): MyBatis
 * {@code <foreach>} spent more time building statements of thousands of placeholders than the database spent on the
 * rows, and the driver's client-side statements escape the long content into the SQL text (bench/RESULTS.md,
 * Import). Joins the caller's transaction like the mappers do.
 */
@Component
class ItemBatchInserts {

    private final BulkInserts bulk;

    ItemBatchInserts(BulkInserts bulk) {
        this.bulk = bulk;
    }

    /** new working copies (status, creation and update stamps as given; never published) */
    void items(List<ItemRow> rows) {
        bulk.insert("INSERT INTO item (kind, org_id, code, name, status, version, content, category, domain_code,"
                + " part, parent_id, created_at, created_by, updated_at, updated_by)", 15, rows, (v, r) -> v
                .text(r.kind().name()).number(r.orgId()).text(r.code()).text(r.name()).text(r.status().name())
                .integer(0).text(r.content()).text(r.category()).text(r.domainCode()).text(r.part())
                .number(r.parentId()).time(r.createdAt()).text(r.createdBy()).time(r.updatedAt())
                .text(r.updatedBy()));
    }

    void transitions(List<TransitionRow> rows) {
        bulk.insert("INSERT INTO item_transition (item_id, at, actor, action, from_status, to_status, comment,"
                + " revision)", 8, rows, (v, t) -> v.number(t.itemId()).time(t.at()).text(t.actor())
                .text(t.action().name()).text(t.fromStatus() == null ? null : t.fromStatus().name())
                .text(t.toStatus().name()).text(t.comment()).integer(t.revision()));
    }
}
