package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

/**
 * The query half of {@link ElasticsearchSearchIndex} (the same adapter, kept apart for size). The text is only ever
 * passed to {@code combined_fields}, {@code match_phrase} and {@code term}, which never interpret query syntax, so
 * {@code a:(b}, quotes and backslashes are just characters.
 * <p>
 * Recall: most of the query's tokens (all of them up to two) in title or body. Ranking on top: the whole query as
 * an exact phrase in the title, then in the body (the {@code .exact} subfields use the standard analyzer whatever
 * the configured one), and a title weighs three times the body; a query equal to an item's code ranks it first.
 */
final class ElasticsearchQueries {

    private final SearchQuery query;

    ElasticsearchQueries(SearchQuery query) {
        this.query = query;
    }

    Query main() {
        List<Query> filters = new ArrayList<>();
        if (query.category() != null) {
            filters.add(term("category", query.category()));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("publishedAt").format("yyyy-MM-dd").timeZone("+08:00");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().plusDays(1).toString());
                }
                return d;
            }))));
        }
        if (!query.hasText()) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        String text = query.text();
        String code = text.toLowerCase(Locale.ROOT);
        Query recall = Query.of(q -> q.bool(b -> b
                .should(s -> s.combinedFields(c -> c.query(text).fields("title^3", "body").minimumShouldMatch("2<75%")))
                .should(s -> s.term(t -> t.field("code").value(code)))
                .minimumShouldMatch("1")));
        return Query.of(q -> q.bool(b -> b.must(recall).filter(filters)
                .should(s -> s.matchPhrase(m -> m.field("title.exact").query(text).boost(8f)))
                .should(s -> s.matchPhrase(m -> m.field("body.exact").query(text).boost(3f)))
                .should(s -> s.term(t -> t.field("code").value(code).boost(20f)))));
    }

    /** the facet filters (kind, org subtree, domain) except {@code except}; null = all of them */
    Query facetFilter(String except) {
        List<Query> filters = new ArrayList<>();
        if (query.kind() != null && !"kind".equals(except)) {
            filters.add(term("kind", query.kind().name()));
        }
        if (query.orgIds() != null && !"org".equals(except)) {
            List<FieldValue> ids = query.orgIds().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("orgId").terms(v -> v.value(ids)))));
        }
        if (query.domainCode() != null && !"domain".equals(except)) {
            filters.add(term("domainCode", query.domainCode()));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** relevance (with text) then newest first; {@code date} = newest first */
    void sort(SearchRequest.Builder s) {
        if (query.sort() == SearchQuery.Sort.RELEVANCE && query.hasText()) {
            s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        }
        s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
        s.sort(o -> o.field(f -> f.field("itemId").order(SortOrder.Desc)));
    }

    /** titles starting with the prefix, then titles containing it */
    static Query suggestion(String prefix) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.prefix(p -> p.field("title.raw").value(prefix.toLowerCase(Locale.ROOT)).boost(3f)))
                .should(s -> s.matchPhrasePrefix(m -> m.field("title.exact").query(prefix).maxExpansions(20)))
                .minimumShouldMatch("1")));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
