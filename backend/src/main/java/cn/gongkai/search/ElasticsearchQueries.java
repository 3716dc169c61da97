package cn.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.gongkai.common.SearchText;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

/**
 * The query half of {@link ElasticsearchSearchIndex} (the same adapter, kept apart for size). Query text is only
 * ever passed to {@code match_phrase} and {@code term}, which never interpret query syntax.
 * <p>
 * Matching (exact): every term group must occur in the title ({@code t}) or the code and text ({@code b}). The
 * index holds the normalised words of each field one array value per word, each character a token: {@code t} and
 * {@code b} are analysed into character bigrams (standard tokenizer + shingle 2/2), their {@code .u} subfields into
 * single characters. A term of two or more characters is a phrase of its bigrams — consecutive bigrams inside one
 * word, i.e. exactly a substring — and a one-character term is a term query on {@code .u}. Everything is a filter,
 * so {@code total} and the facets count matching items only.
 * <p>
 * Ranking: constant scores in four tiers — the code equals the query (1000), the whole query (its words joined) in
 * the title ({@code tj}, 100), every term group in the title (10), otherwise 0 (the text only); ties newest first.
 */
final class ElasticsearchQueries {

    static final String TITLE = "t";
    static final String TEXT = "b";
    static final String TITLE_JOINED = "tj";
    static final String UNIGRAMS = ".u";

    private final SearchQuery query;

    ElasticsearchQueries(SearchQuery query) {
        this.query = query;
    }

    Query main() {
        List<Query> filters = filters();
        if (!query.hasText()) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        if (query.terms().isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        for (TermGroup g : query.terms()) {
            filters.add(group(g, TITLE, TEXT));
        }
        List<Query> inTitle = query.terms().stream().map(g -> group(g, TITLE)).toList();
        String phrase = query.phrase();
        Query whole = phrase.codePointCount(0, phrase.length()) == 1 ? term(TITLE + UNIGRAMS, phrase)
                : phrase(TITLE_JOINED, phrase);
        String code = SearchText.normalise(query.text().strip()).toLowerCase(Locale.ROOT);
        return Query.of(q -> q.bool(b -> b.filter(filters)
                .should(tier(term("code", code), 1000f))
                .should(tier(whole, 100f))
                .should(tier(Query.of(x -> x.bool(y -> y.filter(inTitle))), 10f))));
    }

    /**
     * The closest items when nothing matched (相近结果): those holding most of the query's bigrams (its characters
     * for a one-character word), title bigrams weighing double; never part of {@code total}.
     */
    Query related() {
        List<Query> filters = filters();
        filters.add(facetFilter(null));
        Set<String> grams = new LinkedHashSet<>();
        for (TermGroup g : query.terms()) {
            int[] cps = g.term().codePoints().toArray();
            if (cps.length == 1) {
                grams.add(g.term());
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        List<Query> should = new ArrayList<>();
        for (String gram : grams) {
            boolean single = gram.codePointCount(0, gram.length()) == 1;
            String title = single ? TITLE + UNIGRAMS : TITLE;
            String text = single ? TEXT + UNIGRAMS : TEXT;
            should.add(Query.of(q -> q.disMax(d -> d
                    .queries(x -> x.term(t -> t.field(title).value(gram).boost(2f)))
                    .queries(x -> x.term(t -> t.field(text).value(gram))))));
        }
        String needed = String.valueOf(Math.max(1, (grams.size() + 1) / 2));
        return Query.of(q -> q.bool(b -> b.filter(filters).should(should).minimumShouldMatch(needed)));
    }

    /** the group's term or one of its synonyms in one of the fields */
    static Query group(TermGroup g, String... fields) {
        List<Query> any = new ArrayList<>();
        for (String word : g.alternatives()) {
            for (String field : fields) {
                any.add(word.codePointCount(0, word.length()) == 1 ? term(field + UNIGRAMS, word) : phrase(field, word));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }

    /** a word of two or more characters as the phrase of its bigrams (the field's analyzer makes them) */
    private static Query phrase(String field, String word) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(spaced(word))));
    }

    private static Query tier(Query filter, float score) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost(score)));
    }

    /** one token per character for the standard tokenizer: the characters separated by spaces */
    static String spaced(String word) {
        StringBuilder b = new StringBuilder(word.length() * 2);
        word.codePoints().forEach(cp -> {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }

    private List<Query> filters() {
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
        return filters;
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

    /** relevance tier (with text) then newest first; {@code date} = newest first */
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
