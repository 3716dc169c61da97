package cn.gongkai.search;

import java.time.Instant;

/** A rebuild of the search index: {@code GET /api/v1/admin/search/reindex/{id}} shows its progress. */
record ReindexJob(long id, Status status, String indexName, long total, long processed, String error,
        String startedBy, Instant startedAt, Instant finishedAt) {

    enum Status {
        RUNNING, SUCCEEDED, FAILED
    }
}
