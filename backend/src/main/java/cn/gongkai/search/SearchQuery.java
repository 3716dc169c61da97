package cn.gongkai.search;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.item.ItemKind;

/**
 * A public search as the index runs it. {@code text} is plain text (never query syntax); {@code orgIds} is the
 * filter org's subtree, read from the database at query time so that a moved org filters correctly at once.
 * Kind, org and domain are facets: each facet counts under the other two filters, so the choices stay visible.
 */
record SearchQuery(String text, ItemKind kind, List<Long> orgIds, String domainCode, String category,
        LocalDate from, LocalDate to, Sort sort, int offset, int size) {

    enum Sort {
        RELEVANCE, DATE
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
