package cn.gongkai.search;

import java.time.Instant;
import java.util.List;

import cn.gongkai.item.ItemKind;

/**
 * What the index holds of one published item: the words people search (title = name, body = the kind's text
 * fields), the org with the ids of its ancestors, and the facets. {@code revision} is the published revision; the
 * index keeps it as the document's external version, so a slower writer can never replace newer text with older.
 */
record SearchDocument(long itemId, ItemKind kind, int revision, String code, String title, String body, long orgId,
        List<Long> orgPath, String category, String domainCode, Instant publishedAt) {
}
