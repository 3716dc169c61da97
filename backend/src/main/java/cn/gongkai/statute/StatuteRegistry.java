package cn.gongkai.statute;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.gongkai.common.AfterCompletion;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.StatuteMapper.AliasRow;
import cn.gongkai.statute.StatuteMapper.ChangeRow;
import cn.gongkai.statute.StatuteMapper.StatuteRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The statute registry as citation checks and forms read it: the whole registry held in memory as one immutable
 * {@link StatuteIndex}. Several app instances may share the database, so the copy expires after
 * {@code gongkai.statute.cache-ttl}; a write on this instance drops it once the write has committed.
 */
@Component
class StatuteRegistry implements CitationChecks {

    static final String KEYWORD_SEPARATOR = "|";

    private final Supplier<List<Statute>> loader;
    private final Clock clock;
    private final long ttlMillis;
    /** guarded by {@code this}, like {@link #evictions} */
    private Snapshot snapshot;
    private long evictions;

    @Autowired
    StatuteRegistry(StatuteMapper mapper, Clock clock, StatuteProperties properties) {
        this(() -> load(mapper), clock, properties);
    }

    StatuteRegistry(Supplier<List<Statute>> loader, Clock clock, StatuteProperties properties) {
        this.loader = loader;
        this.clock = clock;
        this.ttlMillis = properties.cacheTtl().toMillis();
    }

    @Override
    public List<CitationWarning> check(List<LegalCitation> citations) {
        StatuteIndex registry = index();
        List<CitationWarning> warnings = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            LegalCitation c = citations.get(i) == null ? new LegalCitation(null, null, null, null) : citations.get(i);
            CitationRules.check(i, c, registry).ifPresent(warnings::add);
        }
        return warnings;
    }

    StatuteIndex index() {
        Instant now = clock.instant();
        long generation;
        synchronized (this) {
            if (snapshot != null && now.isBefore(snapshot.expiresAt())) {
                return snapshot.index();
            }
            generation = evictions;
        }
        StatuteIndex fresh = new StatuteIndex(loader.get());
        synchronized (this) {
            // a load that overlapped an eviction may have read the rows from before the write: use it, don't keep it
            if (generation == evictions) {
                snapshot = new Snapshot(fresh, now.plusMillis(ttlMillis));
            }
        }
        return fresh;
    }

    /** drops the copy now and again after the surrounding transaction completes */
    void evictAfterCommit() {
        AfterCompletion.nowAndAgain(this::evict);
    }

    private synchronized void evict() {
        snapshot = null;
        evictions++;
    }

    /** the registry straight from the database (also what writes check uniqueness against) */
    static List<Statute> load(StatuteMapper mapper) {
        List<StatuteRow> rows = mapper.findAll();
        Map<Long, List<String>> aliases = mapper.findAllAliases().stream().collect(Collectors.groupingBy(
                AliasRow::statuteId, Collectors.mapping(AliasRow::alias, Collectors.toList())));
        Map<Long, List<ArticleChange>> changes = mapper.findAllChanges().stream().collect(Collectors.groupingBy(
                ChangeRow::statuteId, Collectors.mapping(StatuteRegistry::change, Collectors.toList())));
        Map<String, String> titles = rows.stream().collect(Collectors.toMap(StatuteRow::code, StatuteRow::title));
        return rows.stream().map(r -> new Statute(r.id(), r.code(), r.title(), aliases.getOrDefault(r.id(), List.of()),
                r.docNumber(), r.currentVersion(), r.adoptedOn(), r.repealed(), r.repealedOn(), r.replacedBy(),
                r.replacedBy() == null ? null : titles.get(r.replacedBy()), r.note(),
                changes.getOrDefault(r.id(), List.of()), r.updatedAt())).toList();
    }

    private static ArticleChange change(ChangeRow r) {
        List<String> keywords = r.keywords() == null || r.keywords().isBlank() ? List.of()
                : Arrays.stream(r.keywords().split("\\" + KEYWORD_SEPARATOR)).filter(k -> !k.isBlank()).toList();
        return new ArticleChange(r.oldVersion(), r.oldArticle(), r.newArticle(), keywords, r.note());
    }

    private record Snapshot(StatuteIndex index, Instant expiresAt) {
    }
}
