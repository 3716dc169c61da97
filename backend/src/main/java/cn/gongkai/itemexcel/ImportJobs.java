package cn.gongkai.itemexcel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gongkai.item.ItemKind;
import cn.gongkai.itemexcel.ImportJob.ImportError;
import cn.gongkai.itemexcel.ImportJob.Phase;
import cn.gongkai.itemexcel.ImportJob.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of import jobs in the database, where every instance can read it. Progress is written in a transaction
 * of its own, so it shows while the import's own transaction is still open; the final state is written in the
 * import's transaction (the items and SUCCEEDED commit together). A job whose heartbeat has gone stale is turned
 * FAILED when someone asks for it.
 */
@Component
class ImportJobs {

    /** per row of import_job_file; below MariaDB's default max_allowed_packet of 16 MB */
    private static final int CHUNK_BYTES = 1 << 20;
    /** characters of an error message kept */
    static final int MAX_MESSAGE = 300;
    private static final String STALE = "导入中断：处理该导入的服务实例已停止（例如重启），未导入任何事项，请重新上传";

    private final ImportJobMapper mapper;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportProperties properties;
    private final TransactionTemplate own;

    ImportJobs(ImportJobMapper mapper, JsonMapper json, Clock clock, ImportProperties properties,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** a new RUNNING job with its uploaded file */
    String start(ItemKind kind, long orgId, String fileName, String username, Path file) {
        String id = UUID.randomUUID().toString();
        own.executeWithoutResult(s -> {
            mapper.insert(id, kind.name(), orgId, fileName, username, clock.instant());
            storeFile(id, file);
        });
        return id;
    }

    private void storeFile(String id, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                mapper.insertChunk(id, seq++, chunk);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** copies the uploaded file of a job into {@code out}; false if it is no longer kept */
    boolean copyFile(String id, OutputStream out) throws IOException {
        List<Integer> chunks = mapper.chunks(id);
        for (int seq : chunks) {
            out.write(mapper.chunk(id, seq).data());
        }
        return !chunks.isEmpty();
    }

    void progress(String id, Phase phase, Integer total, int processed, int imported) {
        own.executeWithoutResult(s -> mapper.progress(id, phase.name(), total, processed, imported, clock.instant()));
    }

    /** in the caller's transaction: commits with the imported items */
    void succeed(String id, int rows) {
        mapper.finish(id, Status.SUCCEEDED.name(), rows, rows, 0, null, clock.instant());
        mapper.deleteFile(id);
    }

    /** in a transaction of its own (the import's transaction, if any, has rolled back); the file stays for errors.xlsx */
    void fail(String id, int processed, List<ImportError> errors) {
        fail(id, processed, errors, errors.size());
    }

    /**
     * {@link #fail(String, int, List)} where {@code errors} are the first {@code count} errors found: a last entry
     * says how many more there were. Messages are cut to {@value #MAX_MESSAGE} characters (some quote a cell).
     */
    void fail(String id, int processed, List<ImportError> errors, int count) {
        List<ImportError> kept = new java.util.ArrayList<>(errors.size() + 1);
        for (ImportError e : errors) {
            kept.add(e.message().length() <= MAX_MESSAGE ? e
                    : new ImportError(e.row(), e.column(), e.message().substring(0, MAX_MESSAGE - 1) + "…"));
        }
        if (count > errors.size()) {
            kept.add(new ImportError(null, null, "另有 " + (count - errors.size()) + " 处错误未列出（只列出前 "
                    + errors.size() + " 处），请先改正以上错误再重新上传"));
        }
        own.executeWithoutResult(s -> mapper.finish(id, Status.FAILED.name(), processed, 0, count,
                json.writeValueAsString(kept), clock.instant()));
    }

    /** the job as it is now; a RUNNING job without a recent heartbeat is reported (and recorded) as FAILED */
    Optional<ImportJob> find(String id) {
        Instant now = clock.instant();
        Optional<ImportJobMapper.JobRow> row = mapper.find(id);
        if (row.isPresent() && row.get().status().equals(Status.RUNNING.name())
                && row.get().heartbeatAt().isBefore(now.minus(properties.staleAfter()))) {
            failStale(id);
            row = mapper.find(id);
        }
        return row.map(this::job);
    }

    /** fails every stale RUNNING job (id null) or one */
    int failStale(String id) {
        Instant now = clock.instant();
        String errors = json.writeValueAsString(List.of(new ImportError(null, null, STALE)));
        return own.execute(s -> mapper.failStale(id, now.minus(properties.staleAfter()), errors, now));
    }

    private ImportJob job(ImportJobMapper.JobRow r) {
        List<ImportError> errors = r.errors() == null ? List.of()
                : json.readValue(r.errors(), new TypeReference<List<ImportError>>() { });
        return new ImportJob(r.id(), ItemKind.valueOf(r.kind()), r.orgId(), r.fileName(), Status.valueOf(r.status()),
                r.phase() == null ? null : Phase.valueOf(r.phase()), r.total(), r.processed(), r.imported(),
                r.errorCount(), errors, r.createdBy(), r.createdAt(), r.finishedAt());
    }
}
