package cn.gongkai.item;

import java.time.Instant;

/** A row of {@code item}: the working copy of an item (its draft when one exists). */
record ItemRow(Long id, ItemKind kind, long orgId, String code, String name, ItemStatus status, int version,
        Integer revision, String changeReason, String content, String category, String domainCode, String part,
        Long parentId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant submittedAt,
        String submittedBy, Instant publishedAt, Instant archivedAt, String archiveReason) {

    boolean everPublished() {
        return revision != null;
    }

    ItemRow submitted(Instant at, String by) {
        return new ItemRow(id, kind, orgId, code, name, status, version, revision, changeReason, content, category,
                domainCode, part, parentId, createdAt, createdBy, updatedAt, updatedBy, at, by, publishedAt, archivedAt,
                archiveReason);
    }
}
