package cn.gongkai.search;

import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;

/**
 * The port to the search engine: the only way the app talks to it. Writes go through the alias; every write is
 * idempotent and versioned by the item's published revision. Every method throws
 * {@link SearchUnavailableException} when the engine does not answer.
 */
interface SearchIndex {

    /** makes sure the alias points at an index (creates the first one); true if the engine answered */
    boolean ensureIndex();

    void upsert(SearchDocument document);

    /** removes an item; {@code lastRevision} is its last published revision (older writes cannot bring it back) */
    void delete(ItemKind kind, long itemId, int lastRevision);

    SearchHits search(SearchQuery query);

    /** titles that contain {@code prefix} (leading matches first), at most {@code limit} */
    List<Suggestion> suggest(String prefix, int limit);

    /** documents per kind in the index behind the alias */
    Map<ItemKind, Long> countByKind();

    /** item id → revision of every document of a kind (for reconciliation) */
    Map<Long, Integer> revisions(ItemKind kind);

    /** the index the alias points at now, or null */
    String currentIndex();

    /**
     * the mapping of the index behind the alias is the one this version of the app writes (its {@code _meta.mapping});
     * true when there is no index yet (the first one is created with the current mapping)
     */
    boolean mappingCurrent();

    /** creates a new, empty versioned index (not yet behind the alias) and returns its name */
    String createVersionedIndex();

    /** bulk-loads documents into an index not yet behind the alias */
    Loader loader(String index);

    /** points the alias at {@code index} in one atomic step and drops the indices it pointed at before */
    void switchAlias(String index);

    /** drops an index that never went behind the alias (a failed rebuild) */
    void dropIndex(String index);

    /** A bulk load: documents go in batches; {@link #close()} waits for the last one. */
    interface Loader extends AutoCloseable {

        void add(SearchDocument document);

        /** documents the engine has confirmed so far */
        long indexed();

        /** documents the engine refused so far, with the last reason */
        long failed();

        String lastFailure();

        @Override
        void close();
    }

    record Suggestion(String text, ItemKind kind, long id) {
    }
}
