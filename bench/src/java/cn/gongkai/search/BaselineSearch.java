package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

/**
 * Today's search before the exact matching rule, kept as the benchmark's baseline: its mapping (title and body as
 * single characters of the standard analyzer with {@code .exact} subfields) and its request — recall by
 * {@code combined_fields} with {@code minimum_should_match: 2<75%}, phrase and code boosts, facets and the
 * engine's highlighter. Run against an index of the same documents with that mapping, side by side with the new one.
 */
final class BaselineSearch {

    static final String INDEX = "gongkai-bench-baseline";

    static final String MAPPING = """
            {
              "settings": { "number_of_shards": 1,
                "analysis": { "normalizer": { "lowercase": { "type": "custom", "filter": ["lowercase"] } } } },
              "mappings": { "dynamic": "strict", "properties": {
                "itemId": { "type": "long" }, "kind": { "type": "keyword" }, "revision": { "type": "integer" },
                "code": { "type": "keyword", "normalizer": "lowercase" },
                "title": { "type": "text", "analyzer": "standard", "fields": {
                  "exact": { "type": "text", "analyzer": "standard" },
                  "raw": { "type": "keyword", "ignore_above": 256, "normalizer": "lowercase" } } },
                "body": { "type": "text", "analyzer": "standard", "fields": { "exact": { "type": "text", "analyzer": "standard" } } },
                "orgId": { "type": "long" }, "orgPath": { "type": "long" }, "category": { "type": "keyword" },
                "domainCode": { "type": "keyword" }, "publishedAt": { "type": "date" } } }
            }""";

    private BaselineSearch() {
    }

    /** the old request: query, facet post-filter, facets, highlights, relevance then newest first */
    static void request(SearchRequest.Builder s, SearchQuery query) {
        ElasticsearchQueries q = new ElasticsearchQueries(query);
        s.index(INDEX).query(main(query, q)).postFilter(q.facetFilter(null)).from(0).size(20)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes("itemId", "kind", "code", "title", "orgId", "domainCode",
                        "category", "publishedAt")))
                .aggregations("kind", a -> a.filter(q.facetFilter("kind")).aggregations("keys", t -> t.terms(x -> x.field("kind").size(10))))
                .aggregations("org", a -> a.filter(q.facetFilter("org")).aggregations("keys", t -> t.terms(x -> x.field("orgId").size(50))))
                .aggregations("domain", a -> a.filter(q.facetFilter("domain")).aggregations("keys", t -> t.terms(x -> x.field("domainCode").size(50))))
                .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html).requireFieldMatch(false)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("body", f -> f.fragmentSize(80).numberOfFragments(3)));
        q.sort(s);
    }

    private static Query main(SearchQuery query, ElasticsearchQueries q) {
        List<Query> filters = new ArrayList<>();
        if (query.category() != null) {
            filters.add(Query.of(x -> x.term(t -> t.field("category").value(query.category()))));
        }
        String text = query.text();
        String code = text.toLowerCase(Locale.ROOT);
        Query recall = Query.of(x -> x.bool(b -> b
                .should(s -> s.combinedFields(c -> c.query(text).fields("title^3", "body").minimumShouldMatch("2<75%")))
                .should(s -> s.term(t -> t.field("code").value(code)))
                .minimumShouldMatch("1")));
        return Query.of(x -> x.bool(b -> b.must(recall).filter(filters)
                .should(s -> s.matchPhrase(m -> m.field("title.exact").query(text).boost(8f)))
                .should(s -> s.matchPhrase(m -> m.field("body.exact").query(text).boost(3f)))
                .should(s -> s.term(t -> t.field("code").value(code).boost(20f)))));
    }
}
