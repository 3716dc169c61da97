package cn.gongkai.item;

import java.time.Instant;

/** A row of {@code item_revision}: one published revision, never changed. */
record RevisionRow(long itemId, int revision, String code, String name, String content, String category,
        String domainCode, String part, Long parentId, String changeReason, Instant publishedAt, String publishedBy) {
}
