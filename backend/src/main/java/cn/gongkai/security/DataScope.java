package cn.gongkai.security;

import java.util.Collection;
import java.util.Set;

/**
 * The orgs a user may act on for one purpose (read, write, review, supervise). Every item query and write filters
 * by it; an empty scope sees nothing.
 */
public record DataScope(Set<Long> orgIds) {

    public static final DataScope NONE = new DataScope(Set.of());

    public boolean covers(long orgId) {
        return orgIds.contains(orgId);
    }

    public boolean coversAll(Collection<Long> ids) {
        return orgIds.containsAll(ids);
    }

    public boolean isEmpty() {
        return orgIds.isEmpty();
    }
}
