package cn.gongkai.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import cn.gongkai.common.Clocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts public searches per Beijing day, query and org filter: the query as its normalised terms joined by one
 * space, nothing about who searched (no IP, no session). A query holding an 18-digit ID-card number or an 11-digit
 * mobile number is not counted at all. Counts gather in memory and are added to {@code search_term_day} every
 * {@code gongkai.search.term-flush-interval} (2 s) and before every read on this instance, with one upsert per row —
 * so several instances add up. A daily job ({@code gongkai.search.term-prune-cron}) deletes days older than
 * {@value #RETAIN_DAYS} days; running it on several instances at once does no harm.
 */
@Component
class SearchTermCounter implements SearchTerms {

    private static final Logger log = LoggerFactory.getLogger(SearchTermCounter.class);
    static final int RETAIN_DAYS = 400;
    /** an ID-card number (17 digits and a digit or X) or a mainland mobile number, not part of a longer number */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?<![0-9])([0-9]{17}[0-9x]|1[3-9][0-9]{9})(?![0-9])");

    private final SearchTermMapper mapper;
    private final Clock clock;
    private final Map<Key, long[]> pending = new ConcurrentHashMap<>();

    SearchTermCounter(SearchTermMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** one search: its terms, its org filter (null = none) and whether it found nothing */
    void count(List<String> terms, Long orgFilter, boolean nothingFound) {
        if (terms.isEmpty()) {
            return;
        }
        String term = String.join(" ", terms);
        if (PERSONAL.matcher(term).find() || PERSONAL.matcher(String.join("", terms)).find()) {
            return;
        }
        if (term.codePointCount(0, term.length()) > 100) {
            term = term.substring(0, term.offsetByCodePoints(0, 100)).strip();
        }
        Instant now = clock.instant();
        Key key = new Key(LocalDate.ofInstant(now, Clocks.ZONE), orgFilter == null ? 0 : orgFilter, term);
        pending.compute(key, (k, v) -> {
            long[] c = v == null ? new long[3] : v;
            c[0]++;
            c[1] += nothingFound ? 1 : 0;
            c[2] = Math.max(c[2], now.toEpochMilli());
            return c;
        });
    }

    @Scheduled(initialDelayString = "${gongkai.search.term-flush-interval:2s}",
            fixedDelayString = "${gongkai.search.term-flush-interval:2s}")
    synchronized void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            long[] c = pending.remove(key);
            if (c == null) {
                continue;
            }
            try {
                mapper.add(key.day(), key.orgId(), key.term(), c[0], c[1], Instant.ofEpochMilli(c[2]));
            } catch (RuntimeException e) {
                log.warn("Search term counts not saved, kept for the next flush: {}", e.getMessage());
                pending.merge(key, c, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])});
                return;
            }
        }
    }

    @Scheduled(cron = "${gongkai.search.term-prune-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    void prune() {
        int deleted = mapper.pruneBefore(LocalDate.ofInstant(clock.instant(), Clocks.ZONE).minusDays(RETAIN_DAYS));
        if (deleted > 0) {
            log.info("Search term counts: {} rows older than {} days deleted", deleted, RETAIN_DAYS);
        }
    }

    @Override
    public List<SearchTermCount> top(Collection<Long> orgIds, LocalDate from, LocalDate to, boolean zeroHits,
            int limit) {
        flush();
        return mapper.top(orgIds, from, to, zeroHits, limit);
    }

    private record Key(LocalDate day, long orgId, String term) {
    }
}
