package cn.gongkai.codetable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.AfterCompletion;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.SearchText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 同义词 table: the system administrator adds, edits and deletes pairs; the public search reads them through
 * {@link Synonyms}. The pairs are held in memory like the other code tables (a write on this instance evicts now and
 * after its commit; other instances see it within {@code gongkai.codetable.cache-ttl}). Both sides must be single
 * words — the search splits queries on spaces and punctuation, so anything else could never be a query term — and
 * a pair may not repeat another in either order (compared normalised).
 */
@Service
@Transactional
class SynonymService implements Synonyms {

    private final SynonymMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;
    private final long ttlMillis;
    private final Object lock = new Object();
    /** normalised term → normalised synonyms (guarded by {@code lock}) */
    private Map<String, List<String>> snapshot;
    private Instant expiresAt = Instant.MIN;
    private long evictions;

    SynonymService(SynonymMapper mapper, AuditTrail audit, Clock clock, CodeTableProperties properties) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
        this.ttlMillis = properties.cacheTtl().toMillis();
    }

    @Transactional(readOnly = true)
    public List<Synonym> list() {
        return mapper.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> of(String term) {
        return pairs().getOrDefault(term, List.of());
    }

    public Synonym create(SynonymCommand command) {
        Synonym s = checked(null, command, true);
        audit.target("SYNONYM", s.term() + "↔" + s.synonym());
        try {
            mapper.insert(s, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(s);
        }
        Synonym created = mapper.find(mapper.lastInsertId()).orElseThrow();
        audit.target("SYNONYM", created.id());
        evict();
        audit.change(null, created);
        return created;
    }

    public Synonym update(Long id, SynonymCommand command) {
        if (id == null) {
            throw ApiException.invalidField("id", "请指明要修改的同义词（id）");
        }
        if (command.id() != null && !command.id().equals(id)) {
            throw ApiException.invalidField("id", "请求体中的 id 与路径不一致");
        }
        audit.target("SYNONYM", id);
        Synonym before = mapper.find(id).orElseThrow(() -> ApiException.notFound("同义词不存在：" + id));
        Synonym after = checked(before, command, before.active());
        try {
            mapper.update(after, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(after);
        }
        evict();
        Synonym saved = mapper.find(id).orElseThrow();
        audit.change(before, saved);
        return saved;
    }

    public void delete(long id) {
        audit.target("SYNONYM", id);
        Synonym before = mapper.find(id).orElseThrow(() -> ApiException.notFound("同义词不存在：" + id));
        mapper.delete(id);
        evict();
        audit.change(before, null);
    }

    private Synonym checked(Synonym before, SynonymCommand c, boolean defaultActive) {
        String term = word("term", c.term());
        String synonym = word("synonym", c.synonym());
        if (SearchText.normalise(term).equals(SearchText.normalise(synonym))) {
            throw ApiException.invalidField("synonym", "同义词不能与词语相同");
        }
        Synonym s = new Synonym(before == null ? 0 : before.id(), term, synonym, c.source().strip(),
                c.active() != null ? c.active() : defaultActive, null);
        String a = SearchText.normalise(term);
        String b = SearchText.normalise(synonym);
        for (Synonym other : mapper.findAll()) {
            if (before != null && other.id() == before.id()) {
                continue;
            }
            String x = SearchText.normalise(other.term());
            String y = SearchText.normalise(other.synonym());
            if ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a))) {
                throw duplicate(s);
            }
        }
        return s;
    }

    private static String word(String field, String value) {
        String v = value.strip();
        if (!SearchText.isTerm(v)) {
            throw ApiException.invalidField(field, "“" + v + "”只能由文字和数字组成，不能含空格或标点（检索时按空格和标点拆分词语）");
        }
        return v;
    }

    private static ApiException duplicate(Synonym s) {
        return ApiException.conflict("duplicate-synonym", "同义词表中已有“" + s.term() + "”与“" + s.synonym() + "”这一对");
    }

    private Map<String, List<String>> pairs() {
        Instant now = clock.instant();
        long generation;
        synchronized (lock) {
            if (snapshot != null && now.isBefore(expiresAt)) {
                return snapshot;
            }
            generation = evictions;
        }
        Map<String, List<String>> fresh = new LinkedHashMap<>();
        for (Synonym s : mapper.findAll()) {
            if (s.active()) {
                String a = SearchText.normalise(s.term());
                String b = SearchText.normalise(s.synonym());
                add(fresh, a, b);
                add(fresh, b, a);
            }
        }
        fresh.replaceAll((k, v) -> List.copyOf(v));
        synchronized (lock) {
            if (generation == evictions) { // a load that overlapped a write may hold the old rows: use, don't keep
                snapshot = fresh;
                expiresAt = now.plusMillis(ttlMillis);
            }
        }
        return fresh;
    }

    private static void add(Map<String, List<String>> map, String from, String to) {
        List<String> list = map.computeIfAbsent(from, k -> new ArrayList<>());
        if (!list.contains(to)) {
            list.add(to);
        }
    }

    private void evict() {
        AfterCompletion.nowAndAgain(() -> {
            synchronized (lock) {
                snapshot = null;
                evictions++;
            }
        });
    }
}
