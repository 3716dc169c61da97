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

    BenchSearch(SearchIndex index, SearchReindexer reindexer, SearchReconciler reconciler, SearchProperties props, ElasticsearchClient client,
            RestClient rest, JsonMapper json) {
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

    private static SearchQuery query(String text, String kind, List<Long> orgIds, String domainCode, int offset, int size) {
        List<TermGroup> terms = text == null ? List.of()
                : cn.gongkai.common.SearchText.terms(text).stream().map(t -> new TermGroup(t, List.of())).toList();
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
                    out.write(json.writeValueAsString(h.source()));
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

    /** documents per kind in the live index */
    public Map<ItemKind, Long> counts() {
        return index.countByKind();
    }

}
