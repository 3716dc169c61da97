package cn.gongkai.search;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param uris                 Elasticsearch 8.x nodes of an external cluster; empty = the embedded node
 * @param username             basic-auth user of the external cluster (optional)
 * @param password             its password
 * @param timeout              socket timeout of a request other than a public search (writes, bulk loads,
 *                             reconciliation, admin)
 * @param alias                the alias the app reads and writes; the indices behind it are {@code <alias>-v<n>}
 * @param analyzer             analyzer of the title and body text, e.g. {@code smartcn} or {@code ik_max_word} on a
 *                             cluster with that plugin; {@code standard} (single Chinese characters) otherwise. A
 *                             change takes effect with the next rebuild (reindex).
 * @param searchAnalyzer       analyzer of the query text; empty = the same as {@code analyzer} ({@code ik_smart}
 *                             suits {@code ik_max_word})
 * @param outboxRetryInterval  how often publications the index has not yet taken are handed to it again
 * @param outboxRetryMinAge    a publication younger than this is still in flight and is not handed again
 * @param reconcileInterval    how often the index is compared with the database and repaired
 * @param keepCompletedEvents  how long completed event publications stay in the outbox table
 * @param connectTimeout       connect timeout of every request
 * @param searchTimeout        socket timeout of a public search or suggestion (someone is waiting)
 * @param maxConcurrentSearches public searches and suggestions in flight at once per instance; one more is answered
 *                             503 at once (bulkhead)
 * @param breakerFailureRate   percentage of failed (or slow) calls among the last {@code breakerWindow} that opens
 *                             the circuit breaker, once {@code breakerMinimumCalls} were made
 * @param breakerSlowCall      a call slower than this counts as slow
 * @param breakerWindow        calls the breaker looks back on
 * @param breakerMinimumCalls  calls before the breaker may open
 * @param breakerOpenFor       how long an open breaker answers 503 without asking the engine, before probing it
 * @param breakerProbes        calls let through to probe a recovered engine
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(
        @DefaultValue List<String> uris,
        String username,
        String password,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("gongkai-items") String alias,
        @DefaultValue("standard") String analyzer,
        String searchAnalyzer,
        @DefaultValue("15s") Duration outboxRetryInterval,
        @DefaultValue("10s") Duration outboxRetryMinAge,
        @DefaultValue("1h") Duration reconcileInterval,
        @DefaultValue("7d") Duration keepCompletedEvents,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration searchTimeout,
        @DefaultValue("20") int maxConcurrentSearches,
        @DefaultValue("50") float breakerFailureRate,
        @DefaultValue("3s") Duration breakerSlowCall,
        @DefaultValue("20") int breakerWindow,
        @DefaultValue("10") int breakerMinimumCalls,
        @DefaultValue("10s") Duration breakerOpenFor,
        @DefaultValue("3") int breakerProbes) {

    String queryAnalyzer() {
        return searchAnalyzer == null || searchAnalyzer.isBlank() ? analyzer : searchAnalyzer;
    }
}
