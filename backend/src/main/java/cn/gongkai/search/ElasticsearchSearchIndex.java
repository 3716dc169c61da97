package cn.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import cn.gongkai.item.ItemKind;
import cn.gongkai.search.SearchHits.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.elasticsearch.client.ResponseException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@link SearchIndex} on Elasticsearch 8 — the only class that speaks its client API. The mapping lives in
 * {@code elasticsearch/items-index.json} with the configured analyzer filled in. Documents carry the published
 * revision as an external version ({@code external_gte}), so concurrent or repeated writers converge on the newest
 * revision; a delete uses the revision after the last one, so a late write of that last revision cannot bring an
 * archived item back. Writes name the alias with {@code require_alias}, so a missing alias never auto-creates an
 * index with a guessed mapping.
 */
@Component
class ElasticsearchSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);
    private static final int PAGE = 1000;
    private static final List<String> HIT_FIELDS = List.of("itemId", "kind", "code", "title", "body", "orgId",
            "domainCode", "category", "publishedAt");
    /** {@code _meta.mapping} of {@code items-index.json}: an index with another one is rebuilt at start-up */
    static final String MAPPING_VERSION = "2";
    /** closest items shown when nothing matched */
    private static final int RELATED = 5;

    private final ElasticsearchClient client;
    private final SearchProperties props;
    private final Clock clock;
    private final String indexJson;
    private volatile boolean ensured;

    ElasticsearchSearchIndex(ElasticsearchClient client, SearchProperties props, Clock clock) {
        this.client = client;
        this.props = props;
        this.clock = clock;
        this.indexJson = loadIndexJson(props);
    }

    @Override
    public boolean ensureIndex() {
        if (ensured) {
            return true;
        }
        call(() -> {
            if (!client.indices().existsAlias(e -> e.name(props.alias())).value()) {
                String first = props.alias() + "-v1";
                try {
                    client.indices().create(c -> c.index(first).withJson(new StringReader(indexJson))
                            .aliases(props.alias(), a -> a.isWriteIndex(true)));
                    log.info("Search index {} created behind alias {}", first, props.alias());
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            return null;
        });
        ensured = true;
        return true;
    }

    @Override
    public void upsert(SearchDocument d) {
        ensureIndex();
        call(() -> {
            try {
                client.index(i -> i.index(props.alias()).id(id(d.itemId())).document(source(d))
                        .version((long) d.revision()).versionType(VersionType.ExternalGte).requireAlias(true));
            } catch (ElasticsearchException | ResponseException e) {
                if (!isConflict(e)) { // a conflict: a newer revision (or its archiving) is already there
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public void delete(ItemKind kind, long itemId, int lastRevision) {
        ensureIndex();
        call(() -> {
            try {
                client.delete(d -> d.index(props.alias()).id(id(itemId)).version(lastRevision + 1L)
                        .versionType(VersionType.External));
            } catch (ElasticsearchException | ResponseException e) {
                if (status(e) != 404 && !isConflict(e)) { // gone already, or deleted by an earlier attempt
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public SearchHits search(SearchQuery query) {
        ensureIndex();
        ElasticsearchQueries q = new ElasticsearchQueries(query);
        SearchResponse<Map> r = call(() -> client.search(s -> {
            s.index(props.alias()).query(q.main()).postFilter(q.facetFilter(null)).from(query.offset())
                    .size(query.size()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .aggregations(facets(q));
            q.sort(s);
            return s;
        }, Map.class));
        List<String> words = query.words();
        List<SearchHits.Hit> hits = r.hits().hits().stream().map(h -> hit(h.source(), words)).toList();
        var aggs = r.aggregations();
        SearchHits result = new SearchHits(r.hits().total() == null ? hits.size() : r.hits().total().value(), r.took(),
                hits,
                aggs.get("kind").filter().aggregations().get("keys").sterms().buckets().array().stream()
                        .map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList(),
                aggs.get("org").filter().aggregations().get("keys").lterms().buckets().array().stream()
                        .map(b -> new Bucket(String.valueOf(b.key()), b.docCount())).toList(),
                aggs.get("domain").filter().aggregations().get("keys").sterms().buckets().array().stream()
                        .map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList());
        if (result.total() > 0 || query.terms().isEmpty()) {
            return result;
        }
        SearchResponse<Map> near = call(() -> client.search(s -> s.index(props.alias()).query(q.related())
                .size(RELATED).source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Map.class));
        return result.withRelated(near.hits().hits().stream().map(h -> hit(h.source(), words)).toList());
    }

    /** a hit with the marks of every matched word in title and text ({@link Highlights}) */
    private static SearchHits.Hit hit(Map<String, Object> src, List<String> words) {
        String title = (String) src.get("title");
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        String markedTitle = Highlights.whole(title, words);
        if (markedTitle != null) {
            highlights.put("title", List.of(markedTitle));
        }
        List<String> body = Highlights.fragments((String) src.get("body"), words);
        if (!body.isEmpty()) {
            highlights.put("body", body);
        }
        return new SearchHits.Hit(ItemKind.valueOf((String) src.get("kind")), number(src.get("itemId")),
                (String) src.get("code"), title, number(src.get("orgId")), (String) src.get("domainCode"),
                (String) src.get("category"),
                src.get("publishedAt") == null ? null : Instant.parse((String) src.get("publishedAt")), highlights);
    }

    private static Map<String, Aggregation> facets(ElasticsearchQueries q) {
        return Map.of(
                "kind", facet(q.facetFilter("kind"), "kind", 10),
                "org", facet(q.facetFilter("org"), "orgId", 50),
                "domain", facet(q.facetFilter("domain"), "domainCode", 50));
    }

    private static Aggregation facet(Query filter, String field, int size) {
        return Aggregation.of(a -> a.filter(filter).aggregations("keys", t -> t.terms(x -> x.field(field).size(size))));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<Suggestion> suggest(String prefix, int limit) {
        ensureIndex();
        SearchResponse<Map> r = call(() -> client.search(s -> s.index(props.alias()).size(limit)
                .query(ElasticsearchQueries.suggestion(prefix))
                .source(src -> src.filter(f -> f.includes("itemId", "kind", "title")))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Map.class));
        return r.hits().hits().stream().map(h -> new Suggestion((String) h.source().get("title"),
                ItemKind.valueOf((String) h.source().get("kind")), number(h.source().get("itemId")))).toList();
    }

    @Override
    public Map<ItemKind, Long> countByKind() {
        ensureIndex();
        SearchResponse<Void> r = call(() -> client.search(s -> s.index(props.alias()).size(0)
                .aggregations("kinds", a -> a.terms(t -> t.field("kind").size(10))), Void.class));
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            counts.put(kind, 0L);
        }
        r.aggregations().get("kinds").sterms().buckets().array()
                .forEach(b -> counts.put(ItemKind.valueOf(b.key().stringValue()), b.docCount()));
        return counts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Map<Long, Integer> revisions(ItemKind kind) {
        ensureIndex();
        Map<Long, Integer> revisions = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> r = call(() -> client.search(s -> {
                s.index(props.alias()).size(PAGE).query(t -> t.term(x -> x.field("kind").value(kind.name())))
                        .source(src -> src.filter(f -> f.includes("itemId", "revision")))
                        .sort(o -> o.field(f -> f.field("itemId").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, Map.class));
            List<co.elastic.clients.elasticsearch.core.search.Hit<Map>> hits = r.hits().hits();
            hits.forEach(h -> revisions.put(number(h.source().get("itemId")), (int) number(h.source().get("revision"))));
            if (hits.size() < PAGE) {
                return revisions;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public String currentIndex() {
        return call(() -> {
            try {
                return client.indices().getAlias(g -> g.name(props.alias())).result().keySet().stream().findFirst()
                        .orElse(null);
            } catch (ElasticsearchException e) {
                if (e.status() == 404) {
                    return null;
                }
                throw e;
            }
        });
    }

    @Override
    public boolean mappingCurrent() {
        String index = currentIndex();
        if (index == null) {
            return true;
        }
        var meta = call(() -> client.indices().getMapping(g -> g.index(index))).get(index).mappings().meta();
        return meta != null && meta.get("mapping") != null
                && MAPPING_VERSION.equals(meta.get("mapping").to(String.class));
    }

    @Override
    public String createVersionedIndex() {
        String name = props.alias() + "-v" + clock.millis();
        call(() -> client.indices().create(c -> c.index(name).withJson(new StringReader(indexJson))));
        return name;
    }

    @Override
    public Loader loader(String index) {
        return new IngesterLoader(index);
    }

    @Override
    public void switchAlias(String index) {
        String old = currentIndex();
        call(() -> client.indices().updateAliases(u -> {
            if (old != null) {
                u.actions(a -> a.remove(x -> x.index(old).alias(props.alias())));
            }
            return u.actions(a -> a.add(x -> x.index(index).alias(props.alias()).isWriteIndex(true)));
        }));
        ensured = true;
        if (old != null && !old.equals(index)) {
            dropIndex(old);
        }
    }

    @Override
    public void dropIndex(String index) {
        try {
            call(() -> client.indices().delete(d -> d.index(index)));
        } catch (RuntimeException e) {
            log.warn("Could not drop search index {}: {}", index, e.getMessage());
        }
    }

    /**
     * A rebuild's bulk load through the client's BulkIngester: batches of 500 or every second, whichever first; two
     * requests in flight, so the node indexes one batch while the next is sent (one shard: a request is one thread).
     */
    private final class IngesterLoader implements Loader, BulkListener<Void> {

        private final String index;
        private final BulkIngester<Void> ingester;
        private final AtomicLong indexed = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private volatile String lastFailure;
        private boolean closed;

        IngesterLoader(String index) {
            this.index = index;
            this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(500).maxConcurrentRequests(2)
                    .flushInterval(1, TimeUnit.SECONDS).listener(this));
        }

        @Override
        public void add(SearchDocument d) {
            ingester.add(op -> op.index(i -> i.index(index).id(id(d.itemId())).document(source(d))
                    .version((long) d.revision()).versionType(VersionType.ExternalGte)));
        }

        @Override
        public long indexed() {
            return indexed.get();
        }

        @Override
        public long failed() {
            return failed.get();
        }

        @Override
        public String lastFailure() {
            return lastFailure;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            ingester.close();
            call(() -> client.indices().refresh(r -> r.index(index)));
        }

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            response.items().forEach(item -> {
                if (item.error() == null || item.status() == 409) { // 409: a newer revision is there already
                    indexed.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    lastFailure = item.error().reason();
                }
            });
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            failed.addAndGet(request.operations().size());
            lastFailure = String.valueOf(failure.getMessage());
        }
    }

    private static Map<String, Object> source(SearchDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", d.itemId());
        m.put("kind", d.kind().name());
        m.put("revision", d.revision());
        m.put("code", d.code());
        m.put("title", d.title());
        m.put("body", d.body());
        m.put("orgId", d.orgId());
        m.put("orgPath", d.orgPath());
        m.put("category", d.category());
        m.put("domainCode", d.domainCode());
        m.put("publishedAt", d.publishedAt() == null ? null : d.publishedAt().toString());
        m.put(ElasticsearchQueries.TITLE, SearchFields.spacedWords(d.title()));
        m.put(ElasticsearchQueries.TEXT, SearchFields.spacedWords(d.code(), d.body()));
        m.put(ElasticsearchQueries.TITLE_JOINED, SearchFields.joined(d.title()));
        return m;
    }

    private static String id(long itemId) {
        return Long.toString(itemId);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String loadIndexJson(SearchProperties props) {
        try (InputStream in = new ClassPathResource("elasticsearch/items-index.json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${analyzer}", props.analyzer())
                    .replace("${searchAnalyzer}", props.queryAnalyzer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface EsCall<T> {
        T run() throws IOException;
    }

    /**
     * The HTTP status of a refusal. The client reports some refusals (a version conflict of a single-document
     * write) as the low-level client's {@link ResponseException}, others as {@link ElasticsearchException}.
     */
    private static int status(Exception e) {
        return e instanceof ResponseException r ? r.getResponse().getStatusLine().getStatusCode()
                : ((ElasticsearchException) e).status();
    }

    private static boolean isConflict(Exception e) {
        return status(e) == 409;
    }

    /** runs a request; the engine being down or overloaded becomes {@link SearchUnavailableException} */
    private static <T> T call(EsCall<T> request) {
        try {
            return request.run();
        } catch (ElasticsearchException | ResponseException e) {
            int status = status(e);
            if (status >= 500 || status == 429) {
                throw new SearchUnavailableException("Elasticsearch unavailable: " + e.getMessage(), e);
            }
            throw new IllegalStateException("Elasticsearch refused the request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
        }
    }
}
