package cn.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Ticker;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database without a gap for searchers: a new versioned index is bulk-loaded
 * (BulkIngester) while the alias still serves the old one, then the alias is switched in one atomic step and the
 * old index dropped. Publications and archivings during the load go to the old index; right after the switch every
 * item published or archived since the load began (less {@link #CATCH_UP_MARGIN} for transactions still open then)
 * is written again, now into the new one. (A full comparison with the database, as the hourly reconciliation does,
 * would double the rebuild at a million documents.) One job at a time across all app instances (a unique key in the
 * job table); a job whose instance died stops blocking after {@link #STALE} without a heartbeat.
 */
@Component
class SearchReindexer {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);
    static final Duration STALE = Duration.ofMinutes(10);
    private static final int PAGE = 500;
    /** progress goes to the job row (a commit of its own) at most this often */
    private static final long PROGRESS_EVERY_MILLIS = 500;
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final SearchIndex index;
    private final ItemLookup items;
    private final SearchDocuments documents;
    private final SearchMapper mapper;
    private final Executor executor;
    private final Clock clock;

    SearchReindexer(SearchIndex index, ItemLookup items, SearchDocuments documents, SearchMapper mapper,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.index = index;
        this.items = items;
        this.documents = documents;
        this.mapper = mapper;
        this.executor = executor;
        this.clock = clock;
    }

    /** starts a rebuild in the background; 409 while another one runs */
    long start(String username) {
        mapper.failStale(clock.instant().minus(STALE), clock.instant());
        try {
            mapper.insertRunning(username, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("reindex-running", "已有重建索引任务正在进行，请等待其完成后再试");
        }
        long jobId = mapper.lastInsertId();
        executor.execute(() -> run(jobId));
        return jobId;
    }

    ReindexJob job(long id) {
        return mapper.findJob(id).orElseThrow(() -> ApiException.notFound("重建索引任务不存在：" + id));
    }

    private void run(long jobId) {
        String target = null;
        long added = 0;
        try {
            Instant started = clock.instant();
            target = index.createVersionedIndex();
            mapper.setIndex(jobId, target, clock.instant());
            long total = 0;
            for (ItemKind kind : ItemKind.values()) {
                total += items.countPublished(kind);
            }
            mapper.progress(jobId, total, 0, clock.instant());
            Ticker ticker = new Ticker(PROGRESS_EVERY_MILLIS);
            try (SearchIndex.Loader loader = index.loader(target)) {
                for (ItemKind kind : ItemKind.values()) {
                    long after = 0;
                    List<PublishedItem> page;
                    do {
                        page = items.publishedAfter(kind, after, PAGE);
                        documents.of(page).forEach(loader::add);
                        added += page.size();
                        after = page.isEmpty() ? after : page.get(page.size() - 1).id();
                        if (ticker.due()) {
                            mapper.progress(jobId, Math.max(total, added), added, clock.instant());
                        }
                    } while (page.size() == PAGE);
                }
                loader.close();
                if (loader.failed() > 0) {
                    throw new IllegalStateException(loader.failed() + " 条文档未能写入新索引：" + loader.lastFailure());
                }
            }
            index.switchAlias(target);
            catchUp(target, started.minus(CATCH_UP_MARGIN));
            mapper.finish(jobId, ReindexJob.Status.SUCCEEDED, added, null, clock.instant());
            log.info("Search index rebuilt into {} ({} documents)", target, added);
        } catch (RuntimeException e) {
            log.warn("Search index rebuild {} failed", jobId, e);
            if (target != null && !target.equals(safeCurrentIndex())) {
                index.dropIndex(target);
            }
            String message = e instanceof SearchUnavailableException ? "搜索引擎不可用：" + e.getMessage() : e.getMessage();
            mapper.finish(jobId, ReindexJob.Status.FAILED, added, abbreviate(message), clock.instant());
        }
    }

    /** rewrites, into the new index, every item published or archived since {@code since}; in pages, in bulk */
    private void catchUp(String target, Instant since) {
        long n = 0;
        try (SearchIndex.Loader loader = index.loader(target)) {
            for (ItemKind kind : ItemKind.values()) {
                List<Long> changed = items.changedSince(kind, since);
                for (int from = 0; from < changed.size(); from += PAGE) {
                    List<Long> ids = changed.subList(from, Math.min(changed.size(), from + PAGE));
                    List<PublishedItem> page = items.publishedIn(kind, ids);
                    documents.of(page).forEach(loader::add);
                    Set<Long> seen = new HashSet<>();
                    page.forEach(p -> seen.add(p.id()));
                    for (long id : ids) {
                        if (!seen.contains(id)) { // archived since: the public no longer sees it
                            index.delete(kind, id, items.lastPublishedRevision(kind, id).orElse(0));
                        }
                    }
                    n += ids.size();
                }
            }
            loader.close();
            if (loader.failed() > 0) {
                throw new IllegalStateException(loader.failed() + " 条文档未能写入新索引：" + loader.lastFailure());
            }
        }
        log.info("Search rebuild caught up {} items published or archived since {}", n, since);
    }

    private String safeCurrentIndex() {
        try {
            return index.currentIndex();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "未知错误" : s.length() > 900 ? s.substring(0, 900) + "…" : s;
    }
}
