package cn.gongkai.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands publications that were not completed (Elasticsearch was down, the app stopped mid-way) to their listeners
 * again: at start-up and then on a schedule, once they are older than {@code outbox-retry-min-age} (younger ones
 * are still in flight). Safe with several app instances: the registry claims each publication with a conditional
 * update (status → RESUBMITTED) before it runs it, so only one instance does; a claimed one whose instance died is
 * marked failed by the registry's staleness check ({@code spring.modulith.events.staleness.*}) and retried.
 * Completed publications are kept for {@code keep-completed-events}, then deleted.
 */
@Component
class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final SearchIndex index;
    private final SearchProperties props;

    OutboxRetry(IncompleteEventPublications incomplete, CompletedEventPublications completed, SearchIndex index,
            SearchProperties props) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.index = index;
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            index.ensureIndex();
        } catch (RuntimeException e) {
            log.warn("Search index not reachable at start-up ({}); publications wait in the outbox", e.getMessage());
        }
        resubmit();
    }

    @Scheduled(initialDelayString = "${gongkai.search.outbox-retry-interval:15s}",
            fixedDelayString = "${gongkai.search.outbox-retry-interval:15s}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(props.outboxRetryMinAge());
        completed.deletePublicationsOlderThan(props.keepCompletedEvents());
    }
}
