package cn.gongkai.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import cn.gongkai.codetable.Synonyms;
import cn.gongkai.common.SearchText;
import cn.gongkai.item.ItemKind;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search side of the benchmark, inside the app: the same {@link SearchQuery} the public API builds, sent
 * straight to the index adapter (no HTTP, security, org-name lookups or JSON of the app's own response: the
 * limit the API is compared with); the app's reindex job; and the direct bulk baseline — the documents of the
 * live index exported once to NDJSON, then loaded with plain {@code _bulk} requests of the same size into a
 * fresh index with the same mapping.
 */
@Component
public class BenchSearch {

    private final SearchIndex index;
    private final SearchReindexer reindexer;
    private final SearchReconciler reconciler;
    private final SearchProperties props;
    private final ElasticsearchClient client;
    private final RestClient rest;
    private final JsonMapper json;
    private final Synonyms synonyms;

    /** {@code index}: the adapter itself, not the app's guarded one (the direct search is the limit to compare with) */
    BenchSearch(ElasticsearchSearchIndex index, SearchReindexer reindexer, SearchReconciler reconciler, SearchProperties props, ElasticsearchClient client,
            RestClient rest, JsonMapper json, Synonyms synonyms) {
        this.synonyms = synonyms;
        this.index = index;
        this.reindexer = reindexer;
        this.reconciler = reconciler;
        this.props = props;
        this.client = client;
        this.rest = rest;
        this.json = json;
    }

    /** the public search's first page, straight to the index; returns the total hit count */
    public long direct(String text, String kind, List<Long> orgIds, String domainCode) {
        return index.search(query(text, kind, orgIds, domainCode, 0, 20)).total();
    }

    /** how many of {@code ids} the public search finds for the text (recall against a substring truth) */
    @SuppressWarnings("rawtypes")
    public long found(String text, String kind, List<Long> orgIds, String domainCode, List<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        var q = new ElasticsearchQueries(query(text, kind, orgIds, domainCode, 0, 0));
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchResponse<Map> r = client.search(s -> s.index(props.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(x -> x.bool(b -> b.must(q.main()).filter(q.facetFilter(null))
                        .filter(f -> f.terms(t -> t.field("itemId").terms(v -> v.value(values)))))), Map.class);
        return r.hits().total().value();
    }

    private SearchQuery query(String text, String kind, List<Long> orgIds, String domainCode, int offset, int size) {
        List<TermGroup> terms = text == null ? List.of()
                : SearchText.terms(text).stream().map(t -> new TermGroup(t, synonyms.of(t))).toList();
        return new SearchQuery(text, terms, kind == null ? null : ItemKind.valueOf(kind), orgIds, domainCode, null, null,
                null, SearchQuery.Sort.RELEVANCE, offset, size);
    }

    /** one full comparison of index and database (the hourly reconciliation); returns the documents repaired */
    public long reconcile() {
        SearchReconciler.Repairs r = reconciler.reconcile();
        return r.written() + r.removed();
    }

    /** runs the app's rebuild (what POST /admin/search/reindex starts) and waits; returns the documents indexed */
    public long reindex(String username) throws InterruptedException {
        long jobId = reindexer.start(username);
        while (true) {
            ReindexJob job = reindexer.job(jobId);
            if (job.status() == ReindexJob.Status.SUCCEEDED) {
                return job.processed();
            }
            if (job.status() == ReindexJob.Status.FAILED) {
                throw new IllegalStateException("reindex failed: " + job.error());
            }
            Thread.sleep(200);
        }
    }

    /** writes every document of the live index to {@code file} as {@code _bulk} NDJSON (untimed preparation) */
    @SuppressWarnings("rawtypes")
    public long export(Path file) throws IOException {
        long n = 0;
        String pit = client.openPointInTime(p -> p.index(props.alias()).keepAlive(k -> k.time("5m"))).id();
        List<FieldValue> after = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> r = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time("5m"))).size(2000)
                            .sort(o -> o.field(f -> f.field("_shard_doc")));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = r.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                for (Hit<Map> h : hits) {
                    out.write("{\"index\":{\"_id\":\"" + h.id() + "\"}}\n");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> src = new java.util.LinkedHashMap<>(h.source());
                    String title = (String) src.get("title");
                    src.put(ElasticsearchQueries.TITLE, SearchFields.spacedWords(title));
                    src.put(ElasticsearchQueries.TEXT, SearchFields.spacedWords((String) src.get("code"), (String) src.get("body")));
                    src.put(ElasticsearchQueries.TITLE_JOINED, SearchFields.joined(title));
                    out.write(json.writeValueAsString(src));
                    out.write('\n');
                    n++;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
        return n;
    }

    /** loads the exported NDJSON into a fresh index with the app's mapping, 500 documents per _bulk request */
    public long directBulk(Path file) throws IOException {
        String target = index.createVersionedIndex();
        long n = 0;
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder body = new StringBuilder();
            int docs = 0;
            String action;
            while ((action = lines.readLine()) != null) {
                body.append(action).append('\n').append(lines.readLine()).append('\n');
                if (++docs == 500) {
                    bulk(target, body);
                    n += docs;
                    docs = 0;
                    body.setLength(0);
                }
            }
            if (docs > 0) {
                bulk(target, body);
                n += docs;
            }
            rest.performRequest(new Request("POST", "/" + target + "/_refresh"));
        } finally {
            index.dropIndex(target);
        }
        return n;
    }

    private void bulk(String target, StringBuilder body) throws IOException {
        Request r = new Request("POST", "/" + target + "/_bulk");
        r.setEntity(new NStringEntity(body.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        var response = rest.performRequest(r);
        String text = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("\"errors\":true")) {
            throw new IllegalStateException("bulk errors: " + text.substring(0, Math.min(500, text.length())));
        }
    }

    /** the new request (the app's adapter) straight to the live index: first page, facets, highlights; the total */
    public long newDirect(String text, String kind, List<Long> orgIds, String domainCode) {
        return direct(text, kind, orgIds, domainCode);
    }

    /** today's request before the exact rule ({@link BaselineSearch}) against the baseline index; the total */
    @SuppressWarnings("rawtypes")
    public long baseline(String text, String kind, List<Long> orgIds, String domainCode) throws IOException {
        SearchQuery q = query(text, kind, orgIds, domainCode, 0, 20);
        SearchResponse<Map> r = client.search(s -> {
            BaselineSearch.request(s, q);
            return s;
        }, Map.class);
        return r.hits().total().value();
    }

    /** what a mapping costs: direct _bulk time (ms) of the exported documents and the merged index's store size */
    public record MappingCost(double bulkMs, long storeBytes) {
    }

    /**
     * loads the exported documents into a fresh index with the app's mapping and into {@link BaselineSearch#INDEX}
     * with the old one (kept for {@link #baseline}); both force-merged to one segment before their size is read
     */
    public MappingCost[] mappingCosts(Path file) throws IOException {
        String target = index.createVersionedIndex();
        try {
            double now = loadTimed(file, target, false);
            MappingCost current = new MappingCost(now, merged(target));
            dropBaseline();
            Request create = new Request("PUT", "/" + BaselineSearch.INDEX);
            create.setEntity(new NStringEntity(BaselineSearch.MAPPING, ContentType.APPLICATION_JSON));
            rest.performRequest(create);
            double old = loadTimed(file, BaselineSearch.INDEX, true);
            return new MappingCost[] {current, new MappingCost(old, merged(BaselineSearch.INDEX))};
        } finally {
            index.dropIndex(target);
        }
    }

    public void dropBaseline() {
        index.dropIndex(BaselineSearch.INDEX);
    }

    private double loadTimed(Path file, String target, boolean baseline) throws IOException {
        long started = System.nanoTime();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder body = new StringBuilder();
            int docs = 0;
            String action;
            while ((action = lines.readLine()) != null) {
                String doc = lines.readLine();
                if (baseline) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> src = json.readValue(doc, Map.class);
                    src.remove(ElasticsearchQueries.TITLE);
                    src.remove(ElasticsearchQueries.TEXT);
                    src.remove(ElasticsearchQueries.TITLE_JOINED);
                    doc = json.writeValueAsString(src);
                }
                body.append(action).append('\n').append(doc).append('\n');
                if (++docs == 500) {
                    bulk(target, body);
                    docs = 0;
                    body.setLength(0);
                }
            }
            if (docs > 0) {
                bulk(target, body);
            }
            rest.performRequest(new Request("POST", "/" + target + "/_refresh"));
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private long merged(String target) throws IOException {
        rest.performRequest(new Request("POST", "/" + target + "/_forcemerge?max_num_segments=1"));
        var response = rest.performRequest(new Request("GET", "/" + target + "/_stats/store"));
        var node = json.readTree(response.getEntity().getContent());
        return node.get("_all").get("primaries").get("store").get("size_in_bytes").asLong();
    }

    /**
     * Precision and recall of the new search against the truth of the matching rule, for one query: the ids of every
     * exported document whose normalised code, title or text holds each term or one of its synonyms (filters
     * applied), against every id the search matches (all pages). Returns {truth, found, correct}.
     */
    @SuppressWarnings("rawtypes")
    public long[] exactness(Path file, String text, String kind, List<Long> orgIds, String domainCode) throws IOException {
        SearchQuery q = query(text, kind, orgIds, domainCode, 0, 0);
        java.util.Set<Long> truth = new java.util.HashSet<>();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (lines.readLine() != null) {
                Map src = json.readValue(lines.readLine(), Map.class);
                if ((kind != null && !kind.equals(src.get("kind"))) || (domainCode != null && !domainCode.equals(src.get("domainCode")))
                        || (orgIds != null && !orgIds.contains(((Number) src.get("orgId")).longValue()))) {
                    continue;
                }
                String all = SearchText.normalise(src.get("code") + "\n" + src.get("title") + "\n" + src.get("body"));
                if (q.terms().stream().allMatch(g -> g.alternatives().stream().anyMatch(all::contains))) {
                    truth.add(((Number) src.get("itemId")).longValue());
                }
            }
        }
        ElasticsearchQueries eq = new ElasticsearchQueries(q);
        java.util.Set<Long> found = new java.util.HashSet<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> r = client.search(s -> {
                s.index(props.alias()).size(10_000).query(x -> x.bool(b -> b.must(eq.main()).filter(eq.facetFilter(null))))
                        .source(src -> src.fetch(false)).sort(o -> o.field(f -> f.field("itemId")));
                return from == null ? s : s.searchAfter(from);
            }, Map.class);
            r.hits().hits().forEach(h -> found.add(Long.parseLong(h.id())));
            if (r.hits().hits().size() < 10_000) {
                break;
            }
            after = r.hits().hits().get(r.hits().hits().size() - 1).sort();
        }
        long correct = found.stream().filter(truth::contains).count();
        return new long[] {truth.size(), found.size(), correct};
    }

    /** documents per kind in the live index */
    public Map<ItemKind, Long> counts() {
        return index.countByKind();
    }

}
