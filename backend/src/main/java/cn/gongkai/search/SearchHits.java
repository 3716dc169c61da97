package cn.gongkai.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;

/**
 * What the index answers to a {@link SearchQuery}: the matching hits with {@code <em>} highlights and raw facet
 * counts, and — only when nothing matched — the closest items ({@code related}), never counted in {@code total}.
 */
record SearchHits(long total, long tookMs, List<Hit> hits, List<Bucket> kinds, List<Bucket> orgs,
        List<Bucket> domains, List<Hit> related) {

    SearchHits(long total, long tookMs, List<Hit> hits, List<Bucket> kinds, List<Bucket> orgs, List<Bucket> domains) {
        this(total, tookMs, hits, kinds, orgs, domains, List.of());
    }

    SearchHits withRelated(List<Hit> related) {
        return new SearchHits(total, tookMs, hits, kinds, orgs, domains, related);
    }

    record Hit(ItemKind kind, long id, String code, String title, long orgId, String domainCode, String category,
            Instant publishedAt, Map<String, List<String>> highlights) {
    }

    record Bucket(String key, long count) {
    }
}
