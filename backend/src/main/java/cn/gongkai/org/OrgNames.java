package cn.gongkai.org;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.gongkai.common.AfterCompletion;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Org names for pages that show many of them on every request (the public search's hits and facets): held in a
 * bounded cache so a search costs no database round trip for them. Several app instances may share the database,
 * so an entry expires after {@code gongkai.org.name-cache-ttl} (30 s); a change on this instance drops them all
 * once it has committed. Forms and the org tree read the database as before.
 */
@Component
class OrgNames {

    private final OrgMapper mapper;
    private final Cache<Long, String> names;

    OrgNames(OrgMapper mapper, @Value("${gongkai.org.name-cache-ttl:30s}") Duration ttl) {
        this.mapper = mapper;
        this.names = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    /** the names of these orgs by id (unknown ids absent) */
    Map<Long, String> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return names.getAll(ids, missing -> {
            Map<Long, String> loaded = new HashMap<>();
            mapper.findNames(missing).forEach(n -> loaded.put(n.id(), n.name()));
            return loaded;
        });
    }

    /** drops every name now and again after the surrounding transaction completes */
    void evictAfterCommit() {
        AfterCompletion.nowAndAgain(names::invalidateAll);
    }
}
