package cn.gongkai.codetable;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.gongkai.common.AfterCompletion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The code tables as other features read them: every form and every save asks, so each table is held in memory
 * as an immutable snapshot. Several app instances may share one database, so a snapshot expires after
 * {@code gongkai.codetable.cache-ttl}; a write on this instance evicts its table once the write has committed (an
 * eviction before the commit could be refilled with the old rows by a concurrent read).
 */
@Component
class CachedCodeTables implements CodeTables {

    private final Function<CodeTable, List<CodeEntry>> loader;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<CodeTable, Snapshot> snapshots = new EnumMap<>(CodeTable.class);
    /** counts evictions (guarded by {@code snapshots}) */
    private long evictions;

    @Autowired
    CachedCodeTables(CodeEntryMapper mapper, Clock clock, CodeTableProperties properties) {
        this(mapper::findAll, clock, properties);
    }

    CachedCodeTables(Function<CodeTable, List<CodeEntry>> loader, Clock clock, CodeTableProperties properties) {
        this.loader = loader;
        this.clock = clock;
        this.ttlMillis = properties.cacheTtl().toMillis();
    }

    @Override
    public List<CodeEntry> entries(CodeTable table) {
        Instant now = clock.instant();
        long generation;
        synchronized (snapshots) {
            Snapshot s = snapshots.get(table);
            if (s != null && now.isBefore(s.expiresAt())) {
                return s.entries();
            }
            generation = evictions;
        }
        List<CodeEntry> fresh = List.copyOf(loader.apply(table));
        synchronized (snapshots) {
            // a load that overlapped an eviction may have read the rows from before the write: use it, don't keep it
            if (generation == evictions) {
                snapshots.put(table, new Snapshot(fresh, now.plusMillis(ttlMillis)));
            }
        }
        return fresh;
    }

    @Override
    public Optional<CodeEntry> find(CodeTable table, String code) {
        return entries(table).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** forgets the table now and again after the surrounding transaction commits */
    void evictAfterCommit(CodeTable table) {
        AfterCompletion.nowAndAgain(() -> evict(table));
    }

    void evict(CodeTable table) {
        synchronized (snapshots) {
            snapshots.remove(table);
            evictions++;
        }
    }

    private record Snapshot(List<CodeEntry> entries, Instant expiresAt) {
    }
}
