package cn.gongkai.search;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import cn.gongkai.item.ItemKind;
import org.apache.http.client.config.RequestConfig;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The {@link SearchIndex} the app uses: the public search and suggestions go through {@link SearchGuard} to an
 * adapter whose requests give up after {@code search-timeout} (a person is waiting); everything else — the outbox's
 * writes, reconciliation, the rebuild, the admin status — goes straight to the adapter with the client's longer
 * {@code timeout}, so a tripped breaker never drops an index write (the event stays in the outbox and is retried).
 */
@Primary
@Component
class ResilientSearchIndex implements SearchIndex {

    private final SearchIndex index;
    private final SearchIndex reads;
    private final SearchGuard guard;

    ResilientSearchIndex(ElasticsearchSearchIndex index, ElasticsearchClient client, SearchProperties props,
            java.time.Clock clock) {
        this.index = index;
        int connect = (int) props.connectTimeout().toMillis();
        RequestConfig quick = RequestConfig.custom().setConnectTimeout(connect).setConnectionRequestTimeout(connect)
                .setSocketTimeout((int) props.searchTimeout().toMillis()).build();
        this.reads = new ElasticsearchSearchIndex(client.withTransportOptions(o -> {
            ((RestClientOptions.Builder) o).restClientRequestOptionsBuilder().setRequestConfig(quick);
            return o;
        }), props, clock);
        this.guard = new SearchGuard(props);
    }

    @Override
    public SearchHits search(SearchQuery query) {
        return guard.call(() -> reads.search(query));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return guard.call(() -> reads.suggest(prefix, limit));
    }

    SearchGuard guard() {
        return guard;
    }

    @Override
    public boolean ensureIndex() {
        return index.ensureIndex();
    }

    @Override
    public void upsert(SearchDocument document) {
        index.upsert(document);
    }

    @Override
    public void delete(ItemKind kind, long itemId, int lastRevision) {
        index.delete(kind, itemId, lastRevision);
    }

    @Override
    public Map<ItemKind, Long> countByKind() {
        return index.countByKind();
    }

    @Override
    public Map<Long, Integer> revisions(ItemKind kind) {
        return index.revisions(kind);
    }

    @Override
    public String currentIndex() {
        return index.currentIndex();
    }

    @Override
    public boolean mappingCurrent() {
        return index.mappingCurrent();
    }

    @Override
    public String createVersionedIndex() {
        return index.createVersionedIndex();
    }

    @Override
    public Loader loader(String index) {
        return this.index.loader(index);
    }

    @Override
    public void switchAlias(String index) {
        this.index.switchAlias(index);
    }

    @Override
    public void dropIndex(String index) {
        this.index.dropIndex(index);
    }
}
