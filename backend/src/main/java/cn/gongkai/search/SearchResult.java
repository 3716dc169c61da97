package cn.gongkai.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;

/**
 * {@code GET /api/v1/public/search} (docs/API.md "Public"): the hits of one page with {@code <em>} highlights (the
 * text around them is HTML-escaped) and the facets with counts and names. {@code synonyms} are the synonyms the
 * query's terms were expanded with (已包含同义词); {@code related} holds the closest items (相近结果) only when nothing
 * matched — they are not matches and {@code total} never counts them.
 */
record SearchResult(long total, long tookMs, int page, int size, List<Item> items, Facets facets,
        List<String> synonyms, List<Item> related) {

    record Item(ItemKind kind, long id, String code, String title, long orgId, String orgName, String domainCode,
            String domainName, String category, Instant publishedAt, Map<String, List<String>> highlights) {
    }

    record Facets(List<KindCount> kind, List<OrgCount> org, List<DomainCount> domain) {
    }

    record KindCount(ItemKind key, String name, long count) {
    }

    record OrgCount(long key, String name, long count) {
    }

    record DomainCount(String key, String name, long count) {
    }
}
