package cn.gongkai.org;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.AfterCompletion;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Org names and subtrees for the public pages that need them on every request (the public search's hits, facets
 * and org filter; browsing an org's items): held in bounded caches so a search costs no database round trip for
 * them. Several app instances may share the database, so an entry expires after {@code gongkai.org.cache-ttl}
 * (30 s); a change on this instance drops them all once it has committed. Forms, the org tree and data scopes
 * (permissions) read the database as before.
 */
@Component
class OrgCache {

    /** subtree entries are weighed by their size: at most this many org ids held in all */
    private static final long MAX_SUBTREE_IDS = 1_000_000;

    private final OrgMapper mapper;
    private final Cache<Long, String> names;
    private final Cache<Long, List<Long>> subtrees;

    OrgCache(OrgMapper mapper, @Value("${gongkai.org.cache-ttl:30s}") Duration ttl) {
        this.mapper = mapper;
        this.names = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
        this.subtrees = Caffeine.newBuilder().maximumWeight(MAX_SUBTREE_IDS)
                .weigher((Long id, List<Long> ids) -> ids.size() + 1).expireAfterWrite(ttl).build();
    }

    /** the names of these orgs by id (unknown ids absent) */
    Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return names.getAll(ids, missing -> {
            Map<Long, String> loaded = new HashMap<>();
            mapper.findNames(missing).forEach(n -> loaded.put(n.id(), n.name()));
            return loaded;
        });
    }

    /** the org and every org below it (empty for an unknown org) */
    List<Long> subtreeIds(long id) {
        return subtrees.get(id, k -> List.copyOf(mapper.subtreeIdsOf(k)));
    }

    /** drops every entry now and again after the surrounding transaction completes */
    void evictAfterCommit() {
        AfterCompletion.nowAndAgain(() -> {
            names.invalidateAll();
            subtrees.invalidateAll();
        });
    }
}
