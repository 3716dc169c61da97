package cn.gongkai.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/admin/search/status}: whether the index serves what the database publishes. Per kind the
 * published items in the database and the documents in the index (null while Elasticsearch does not answer);
 * the listener's publications still waiting in the outbox (pending, of which failed at least once); the last
 * indexing error of this app instance; the last rebuild.
 */
@Component
class SearchStatus {

    private final SearchIndex index;
    private final ItemLookup items;
    private final SearchMapper mapper;
    private final SearchIndexer indexer;
    private final SearchProperties props;
    private final Clock clock;

    SearchStatus(SearchIndex index, ItemLookup items, SearchMapper mapper, SearchIndexer indexer,
            SearchProperties props, Clock clock) {
        this.index = index;
        this.items = items;
        this.mapper = mapper;
        this.indexer = indexer;
        this.props = props;
        this.clock = clock;
    }

    record View(Instant checkedAt, boolean available, String alias, String index, String analyzer, List<KindCounts> kinds,
            long pendingEvents, long failedEvents, SearchIndexer.IndexingError lastError, ReindexJob lastReindex) {
    }

    record KindCounts(ItemKind kind, String name, long database, Long index) {
    }

    View view() {
        Map<ItemKind, Long> indexed = null;
        String current = null;
        SearchIndexer.IndexingError error = indexer.lastError();
        try {
            indexed = index.countByKind();
            current = index.currentIndex();
        } catch (SearchUnavailableException e) {
            error = new SearchIndexer.IndexingError(clock.instant(), "搜索引擎无响应：" + e.getMessage());
        }
        List<KindCounts> kinds = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            kinds.add(new KindCounts(kind, kind.displayName(), items.countPublished(kind),
                    indexed == null ? null : indexed.get(kind)));
        }
        return new View(clock.instant(), indexed != null, props.alias(), current, props.analyzer(), kinds,
                mapper.countIncomplete(SearchIndexer.LISTENER_PREFIX), mapper.countFailed(SearchIndexer.LISTENER_PREFIX),
                error, mapper.lastJob().orElse(null));
    }
}
