package cn.gongkai.itemexcel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Ticker;
import cn.gongkai.item.DraftCheck;
import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.itemexcel.ImportJob.ImportError;
import cn.gongkai.itemexcel.ImportJob.Phase;
import cn.gongkai.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in the background: check every row (nothing is written while any row is wrong; the file is read
 * on a thread of its own, a little ahead of the checks), then write all rows in one transaction together with the job's
 * SUCCEEDED state — all or nothing. Progress goes to the job row as it happens.
 */
@Component
class ItemImporter {

    private static final Logger log = LoggerFactory.getLogger(ItemImporter.class);
    /** progress goes to the job row (a commit of its own) at most this often: enough for a progress bar */
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final ImportJobs jobs;
    private final ItemColumns columns;
    private final ItemCells cells;
    private final ItemApi items;
    private final ItemLookup lookup;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final ImportProperties properties;
    private final WorkbookLimits limits;

    ItemImporter(ImportJobs jobs, ItemColumns columns, ItemCells cells, ItemApi items, ItemLookup lookup,
            ImportConfiguration.ImportExecutor executor, PlatformTransactionManager transactions,
            ImportProperties properties) {
        this.properties = properties;
        this.limits = WorkbookLimits.of(properties);
        this.jobs = jobs;
        this.columns = columns;
        this.cells = cells;
        this.items = items;
        this.lookup = lookup;
        this.executor = executor.executor();
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /**
     * Checks the file's shape and limits now (415 / 400 / 413), then starts the job, which deletes the file when it
     * is done. If this throws, the file is the caller's to delete.
     */
    String start(ItemKind kind, long orgId, String fileName, Path upload, CurrentUser user) {
        UploadedSheet.open(upload.toFile(), columns.of(kind), limits);
        String id = jobs.start(kind, orgId, fileName, user.username(), upload);
        try {
            executor.execute(() -> run(id, kind, orgId, upload, user));
        } catch (RejectedExecutionException e) {
            jobs.fail(id, 0, List.of(new ImportError(null, null, "导入任务过多，请稍后重新上传")));
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-imports", "请求过多",
                    "正在进行的导入任务过多，请稍后再试");
        }
        return id;
    }

    void run(String id, ItemKind kind, long orgId, Path file, CurrentUser user) {
        int processed = 0;
        try {
            List<Column> model = columns.of(kind);
            UploadedSheet sheet = UploadedSheet.reopen(file.toFile(), model, limits);
            long started = System.nanoTime();
            jobs.progress(id, Phase.VALIDATING, null, 0, 0);
            AtomicInteger counted = new AtomicInteger(-1);
            ImportRows rows = new ImportRows(kind, orgId, model, user, items, lookup, cells,
                    properties.maxCellChars(), properties.maxErrors());
            int[] total = {0};
            Ticker ticker = new Ticker(PROGRESS_EVERY_MILLIS);
            readOnly.executeWithoutResult(s -> sheet.forEachRowReadAhead(line -> {
                rows.add(line);
                total[0]++;
                if (ticker.due()) {
                    int expected = counted.get();
                    jobs.progress(id, Phase.VALIDATING, expected < 0 ? null : expected, total[0], 0);
                }
            }, counted));
            readOnly.executeWithoutResult(s -> rows.finish());
            long checkedAt = System.nanoTime();
            processed = total[0];
            jobs.progress(id, Phase.VALIDATING, total[0], total[0], 0);
            if (rows.errorCount() > 0) {
                jobs.fail(id, processed, rows.errors(), rows.errorCount());
                return;
            }
            if (total[0] == 0) {
                jobs.fail(id, 0, List.of(new ImportError(null, null, "文件中没有数据行：请从第2行起填写事项")));
                return;
            }
            int rowCount = total[0];
            jobs.progress(id, Phase.WRITING, rowCount, rowCount, 0);
            transaction.executeWithoutResult(s -> {
                write(id, kind, orgId, rows, user, rowCount);
                jobs.succeed(id, rowCount);
            });
            log.info("Import {}: {} {} rows into org {} (check {} ms, write {} ms)", id, rowCount, kind, orgId,
                    ms(started, checkedAt), ms(checkedAt, System.nanoTime()));
        } catch (ApiException e) {
            jobs.fail(id, processed, List.of(new ImportError(null, null, e.getBody().getDetail() + "，未导入任何事项")));
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jobs.fail(id, processed, List.of(new ImportError(null, null, "写入时出错，未导入任何事项（" + e.getClass()
                    .getSimpleName() + "）")));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file);
            }
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void write(String id, ItemKind kind, long orgId, ImportRows rows, CurrentUser user, int total) {
        List<DraftCheck> first = rows.independent();
        Ticker ticker = new Ticker(PROGRESS_EVERY_MILLIS);
        items.createDrafts(kind, orgId, first, user, n -> {
            if (ticker.due()) {
                jobs.progress(id, Phase.WRITING, total, total, n);
            }
        });
        List<ImportRows.Row> dependent = rows.dependent();
        if (dependent.isEmpty()) {
            return;
        }
        Map<String, Long> mains = lookup.activeIds(kind, orgId, dependent.stream().map(ImportRows.Row::parentCode)
                .distinct().toList());
        List<DraftCheck> second = new ArrayList<>();
        for (ImportRows.Row r : dependent) {
            r.body().put("parentId", mains.get(r.parentCode()));
            DraftCheck check = items.checkDraft(kind, orgId, r.body(), user);
            if (!check.valid()) {
                throw ApiException.badRequest("第" + r.row() + "行：" + check.errors().get(0).message());
            }
            second.add(check);
        }
        items.createDrafts(kind, orgId, second, user, n -> {
            if (ticker.due()) {
                jobs.progress(id, Phase.WRITING, total, total, first.size() + n);
            }
        });
    }
}
