package cn.gongkai.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;

/** What the index answers to a {@link SearchQuery}: hits with {@code <em>} highlights and raw facet counts. */
record SearchHits(long total, long tookMs, List<Hit> hits, List<Bucket> kinds, List<Bucket> orgs,
        List<Bucket> domains) {

    record Hit(ItemKind kind, long id, String code, String title, long orgId, String domainCode, String category,
            Instant publishedAt, Map<String, List<String>> highlights) {
    }

    record Bucket(String key, long count) {
    }
}
