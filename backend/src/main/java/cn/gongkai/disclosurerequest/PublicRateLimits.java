package cn.gongkai.disclosurerequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gongkai.common.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters per client address for the public endpoints: online submissions, and failed lookups (so a
 * receipt number's code cannot be guessed by trying). Kept in memory per app instance; a window's counters are
 * dropped once it has passed.
 */
@Component
class PublicRateLimits {

    private static final int MAX_KEYS = 100_000;

    private final RequestProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimits(RequestProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void submission(String client) {
        count("submit:" + client, properties.submissionsPerWindow(), properties.submissionWindow(), true);
    }

    /** refuses (429) an address that has used up its failed lookups */
    void checkLookup(String client) {
        count("lookup:" + client, properties.failedLookupsPerWindow(), properties.lookupWindow(), false);
    }

    void failedLookup(String client) {
        count("lookup:" + client, Integer.MAX_VALUE, properties.lookupWindow(), true);
    }

    private void count(String key, int limit, Duration length, boolean add) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        Window w = windows.compute(key, (k, old) -> {
            Window current = old == null || !now.isBefore(old.end()) ? new Window(now.plus(length), 0) : old;
            return add ? new Window(current.end(), current.count() + 1) : current;
        });
        if (w.count() > limit || (!add && w.count() >= limit)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "请求过于频繁",
                    "请求过于频繁，请稍后再试");
        }
    }

    /** forgets every counter (tests) */
    void clear() {
        windows.clear();
    }

    private record Window(Instant end, int count) {
    }
}
