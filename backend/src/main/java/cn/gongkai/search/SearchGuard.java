package cn.gongkai.search;

import java.util.function.Supplier;

import cn.gongkai.common.ApiException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What stands between the public search and an engine that hangs or fails (Resilience4j): a bulkhead of
 * {@code max-concurrent-searches} calls in flight — one more is answered 503 搜索服务繁忙 at once instead of holding a
 * request thread — and a circuit breaker that opens when too many of the last calls failed or were slow, answers
 * 503 搜索服务暂时不可用 without asking the engine while open, and lets a few probes through after
 * {@code breaker-open-for}. Only {@link SearchUnavailableException} counts as a failure: a refused query (a bug) does
 * not open the breaker. Writes (the outbox) do not pass here: they wait and are retried as before.
 */
final class SearchGuard {

    private static final Logger log = LoggerFactory.getLogger(SearchGuard.class);

    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;

    SearchGuard(SearchProperties props) {
        this.bulkhead = Bulkhead.of("search", BulkheadConfig.custom()
                .maxConcurrentCalls(props.maxConcurrentSearches())
                .maxWaitDuration(java.time.Duration.ZERO)
                .build());
        this.breaker = CircuitBreaker.of("search", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(props.breakerWindow())
                .minimumNumberOfCalls(props.breakerMinimumCalls())
                .failureRateThreshold(props.breakerFailureRate())
                .slowCallDurationThreshold(props.breakerSlowCall())
                .slowCallRateThreshold(props.breakerFailureRate())
                .waitDurationInOpenState(props.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(props.breakerProbes())
                .recordExceptions(SearchUnavailableException.class)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> log.warn("Search circuit breaker: {} → {}",
                e.getStateTransition().getFromState(), e.getStateTransition().getToState()));
    }

    /** runs one search call through the bulkhead and the breaker */
    <T> T call(Supplier<T> search) {
        try {
            return Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(breaker, search)).get();
        } catch (BulkheadFullException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search-busy", "搜索服务繁忙",
                    "搜索服务繁忙，请稍后再试；按机构浏览和各清单页面不受影响");
        } catch (CallNotPermittedException e) {
            throw new SearchUnavailableException("search circuit breaker open", e);
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
