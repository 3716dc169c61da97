package cn.gongkai.search;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.SearchText;
import cn.gongkai.item.ItemKind;

/**
 * A public search as the index runs it. {@code text} is plain text (never query syntax) and {@code terms} are its
 * words with their synonyms: an item matches when it holds every group (see {@link SearchText}). Text without a
 * single word (only punctuation) matches nothing. {@code orgIds} is the filter org's subtree, read at query time so
 * that a moved org filters correctly at once. Kind, org and domain are facets: each facet counts under the other two
 * filters, so the choices stay visible.
 */
record SearchQuery(String text, List<TermGroup> terms, ItemKind kind, List<Long> orgIds, String domainCode,
        String category, LocalDate from, LocalDate to, Sort sort, int offset, int size) {

    enum Sort {
        RELEVANCE, DATE
    }

    SearchQuery {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** the query's words joined without separators: "the whole query" of the ranking */
    String phrase() {
        return String.join("", terms.stream().map(TermGroup::term).toList());
    }

    /** every word a hit may hold for this query: the terms and their synonyms */
    List<String> words() {
        return terms.stream().flatMap(g -> g.alternatives().stream()).distinct().toList();
    }
}
