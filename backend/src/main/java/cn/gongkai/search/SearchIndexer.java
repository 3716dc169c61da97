package cn.gongkai.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.gongkai.item.ItemArchived;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import cn.gongkai.item.ItemPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the index in step with what the public sees. The events come through Spring Modulith's event publication
 * registry (the outbox): stored in the approving or archiving transaction, delivered after it commits on another
 * thread, and marked complete only when this listener returns. The listener never trusts the event's content: it
 * re-reads the item and writes what is published now (or removes it), so a repeated, late or reordered delivery
 * leaves the same index. A failure (Elasticsearch down) leaves the publication incomplete for
 * {@link OutboxRetry}. No DB transaction is held while Elasticsearch is called (each read has its own).
 */
@Component
class SearchIndexer {

    /** the registry's listener ids of this class start with it (the status page counts their publications) */
    static final String LISTENER_PREFIX = "search-index.";

    private final ItemLookup items;
    private final SearchDocuments documents;
    private final SearchIndex index;
    private final Clock clock;
    private volatile IndexingError lastError;

    SearchIndexer(ItemLookup items, SearchDocuments documents, SearchIndex index, Clock clock) {
        this.items = items;
        this.documents = documents;
        this.index = index;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "published", propagation = Propagation.NOT_SUPPORTED)
    void on(ItemPublished event) {
        sync(event.kind(), event.itemId());
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "archived", propagation = Propagation.NOT_SUPPORTED)
    void on(ItemArchived event) {
        sync(event.kind(), event.itemId());
    }

    /** writes the item's published revision to the index, or removes it when the public no longer sees it */
    void sync(ItemKind kind, long itemId) {
        try {
            Optional<PublishedItem> published = items.publishedItem(kind, itemId);
            if (published.isPresent()) {
                index.upsert(documents.of(published.get()));
            } else {
                index.delete(kind, itemId, items.lastPublishedRevision(kind, itemId).orElse(0));
            }
        } catch (RuntimeException e) {
            lastError = new IndexingError(clock.instant(), kind + " " + itemId + ": " + e.getMessage());
            throw e;
        }
    }

    /** the last failure of this app instance to update the index (null if none since start) */
    IndexingError lastError() {
        return lastError;
    }

    record IndexingError(Instant at, String message) {
    }
}
