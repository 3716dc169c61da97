package cn.gongkai.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.codetable.Synonyms;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.SearchText;
import cn.gongkai.item.ItemKind;
import cn.gongkai.org.OrgApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The public search and suggestions. Parameters are checked here (a wrong one is a 400 with the field named);
 * the text is plain text, trimmed and cut to {@value #MAX_TEXT} characters (longer input adds nothing to a search
 * and would only make a huge query), split into terms ({@link SearchText}) and each term expanded with its
 * synonyms. The index only ever holds published revisions, so nothing else can appear.
 * Names (orgs, domains) are looked up at query time, not stored in the index: a renamed org shows its new name at
 * once on this app instance and within 30 s on the others (their name caches expire).
 */
@Service
class PublicSearch {

    static final int MAX_TEXT = 100;
    static final int MAX_SUGGEST_TEXT = 50;
    static final int SUGGESTIONS = 10;
    /** Elasticsearch's default {@code index.max_result_window}: deeper pages need a narrower search */
    static final int MAX_WINDOW = 10_000;

    private final SearchIndex index;
    private final OrgApi orgs;
    private final CodeTables codes;
    private final Synonyms synonyms;
    private final SearchTermCounter counter;

    PublicSearch(SearchIndex index, OrgApi orgs, CodeTables codes, Synonyms synonyms, SearchTermCounter counter) {
        this.counter = counter;
        this.index = index;
        this.orgs = orgs;
        this.codes = codes;
        this.synonyms = synonyms;
    }

    /** the raw request parameters, all optional */
    record Params(String q, String kind, Long orgId, String domainCode, String category, String from, String to,
            String sort, Integer page, Integer size) {
    }

    SearchResult search(Params p) {
        long started = System.nanoTime();
        PageQuery page = PageQuery.of(p.page(), p.size());
        if (page.offset() + page.size() > MAX_WINDOW) {
            throw ApiException.invalidField("page", "只能查看前 " + MAX_WINDOW + " 条结果，请增加关键词或筛选条件缩小范围");
        }
        LocalDate from = date("from", p.from());
        LocalDate to = date("to", p.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalidField("from", "开始日期不能晚于结束日期");
        }
        List<Long> orgIds = null;
        if (p.orgId() != null) {
            orgIds = orgs.cachedSubtreeIds(p.orgId());
            orgIds = orgIds.isEmpty() ? List.of(p.orgId()) : orgIds;
        }
        String text = text(p.q(), MAX_TEXT);
        List<TermGroup> terms = terms(text);
        SearchQuery query = new SearchQuery(text, terms, kind(p.kind()), orgIds, blankToNull(p.domainCode()),
                blankToNull(p.category()), from, to, sort(p.sort()), (int) page.offset(), page.size());
        SearchHits hits = run(() -> index.search(query));
        if (page.page() == 1 && !terms.isEmpty()) {
            counter.count(terms.stream().map(TermGroup::term).toList(), p.orgId(), hits.total() == 0);
        }
        return named(hits, terms, page, (System.nanoTime() - started) / 1_000_000);
    }

    /** the query's terms, each with its synonyms from the 同义词 table (read at query time: edits apply at once) */
    List<TermGroup> terms(String text) {
        if (text == null) {
            return List.of();
        }
        return SearchText.terms(text).stream().map(t -> new TermGroup(t, synonyms.of(t))).toList();
    }

    List<SearchIndex.Suggestion> suggest(String q) {
        String text = text(q, MAX_SUGGEST_TEXT);
        if (text == null) {
            return List.of();
        }
        return run(() -> index.suggest(text, SUGGESTIONS));
    }

    private SearchResult named(SearchHits hits, List<TermGroup> terms, PageQuery page, long tookMs) {
        Set<Long> orgIds = new HashSet<>();
        hits.hits().forEach(h -> orgIds.add(h.orgId()));
        hits.orgs().forEach(b -> orgIds.add(Long.valueOf(b.key())));
        Map<String, String> domainNames = codes.entries(CodeTable.DOMAINS).stream()
                .collect(Collectors.toMap(CodeEntry::code, CodeEntry::name, (a, b) -> a));
        hits.related().forEach(h -> orgIds.add(h.orgId()));
        Map<Long, String> orgNames = orgs.names(orgIds);
        Function<Long, String> orgName = orgNames::get;
        Function<SearchHits.Hit, SearchResult.Item> item = h -> new SearchResult.Item(h.kind(), h.id(), h.code(),
                h.title(), h.orgId(), orgName.apply(h.orgId()), h.domainCode(),
                h.domainCode() == null ? null : domainNames.get(h.domainCode()), h.category(), h.publishedAt(),
                h.highlights());
        List<SearchResult.Item> items = hits.hits().stream().map(item).toList();
        SearchResult.Facets facets = new SearchResult.Facets(
                hits.kinds().stream().map(b -> new SearchResult.KindCount(ItemKind.valueOf(b.key()),
                        ItemKind.valueOf(b.key()).displayName(), b.count())).toList(),
                hits.orgs().stream().map(b -> new SearchResult.OrgCount(Long.parseLong(b.key()),
                        orgName.apply(Long.valueOf(b.key())), b.count())).toList(),
                hits.domains().stream().map(b -> new SearchResult.DomainCount(b.key(),
                        domainNames.getOrDefault(b.key(), b.key()), b.count())).toList());
        List<String> used = terms.stream().flatMap(g -> g.synonyms().stream()).distinct().toList();
        return new SearchResult(hits.total(), tookMs, page.page(), page.size(), items, facets, used,
                hits.related().stream().map(item).toList());
    }

    /** a search engine that does not answer is a 503 with a Chinese message, never a 500 */
    static <T> T run(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SearchUnavailableException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "搜索暂不可用",
                    "搜索服务暂时不可用，请稍后再试；按机构浏览和各清单页面不受影响");
        }
    }

    static String text(String q, int max) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String stripped = q.strip().replaceAll("\\p{Cntrl}", " ");
        return stripped.codePointCount(0, stripped.length()) <= max ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max));
    }

    private static ItemKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String k = kind.strip();
        return ItemKind.fromPath(k).or(() -> Arrays.stream(ItemKind.values())
                .filter(v -> v.name().equalsIgnoreCase(k)).findFirst())
                .orElseThrow(() -> ApiException.invalidField("kind", "kind 只能是 POWER、SERVICE、CATALOGUE 或 NEGATIVE"));
    }

    private static SearchQuery.Sort sort(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equalsIgnoreCase("relevance")) {
            return SearchQuery.Sort.RELEVANCE;
        }
        if (sort.strip().equalsIgnoreCase("date")) {
            return SearchQuery.Sort.DATE;
        }
        throw ApiException.invalidField("sort", "sort 只能是 relevance（相关度）或 date（发布日期）");
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, field + " 须为 YYYY-MM-DD 格式的日期");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
