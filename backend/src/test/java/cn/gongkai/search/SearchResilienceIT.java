package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gongkai.embedded.EmbeddedElasticsearch;
import cn.gongkai.support.FullStackTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #17, finding 6: a hung search engine (the embedded node paused with SIGSTOP) must not take the portal down —
 * searches are answered 503 within a bound, other pages stay fast, and search works again once the node resumes;
 * a killed node is started again by the app. The node is shared by every test of the JVM: it is always resumed in a
 * finally block, and a killed one is waited for until it answers.
 */
@FullStackTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchResilienceIT {

    private static final Logger log = LoggerFactory.getLogger(SearchResilienceIT.class);
    static final int SEARCHES = 100;

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedElasticsearch elasticsearch;
    @Autowired
    ResilientSearchIndex index;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool()).build();

    @Test
    @Order(1)
    void aHungEngineIsAnswered503AtOnceAndTheRestOfThePortalStaysFast() throws Exception {
        assertThat(search("琥珀").statusCode()).isEqualTo(200);
        long normal = median(orgTimes(7));
        long pid = elasticsearch.serverPid();
        List<long[]> searches = new ArrayList<>();
        long[] during;
        long afterMillis;
        HttpResponse<String> after;
        signal("STOP", pid);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHES);
            try {
                List<Future<long[]>> futures = new ArrayList<>();
                for (int i = 0; i < SEARCHES; i++) {
                    String q = "暂停" + i;
                    futures.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = search(q);
                        return new long[] {r.statusCode(), (System.nanoTime() - t0) / 1_000_000,
                                r.body().contains("繁忙") ? 1 : 0};
                    }));
                }
                Thread.sleep(300);
                during = orgTimes(5);
                for (Future<long[]> f : futures) {
                    searches.add(f.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            long t0 = System.nanoTime();
            after = search("熔断");
            afterMillis = (System.nanoTime() - t0) / 1_000_000;
        } finally {
            signal("CONT", pid);
        }
        long slowest = searches.stream().mapToLong(r -> r[1]).max().orElseThrow();
        long busy = searches.stream().filter(r -> r[2] == 1).count();
        log.info("Paused engine: /public/orgs normally {} ms, during {} searches {} ms; searches all 503 within {} ms "
                + "({} 繁忙 at once); with the breaker open a search answered {} in {} ms", normal, SEARCHES,
                Arrays.toString(during), slowest, busy, after.statusCode(), afterMillis);
        assertThat(searches).allSatisfy(r -> assertThat(r[0]).isEqualTo(503));
        assertThat(slowest).isLessThan(9_000);
        assertThat(busy).isPositive();
        assertThat(Arrays.stream(during).max().orElseThrow()).isLessThan(Math.max(1_000, 10 * normal));
        assertThat(after.statusCode()).isEqualTo(503);
        assertThat(after.body()).contains("暂时不可用");
        assertThat(afterMillis).isLessThan(1_000);

        // resumed: the breaker lets probes through after its open time and closes again
        long deadline = System.currentTimeMillis() + 90_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && (status = search("恢复").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).isEqualTo(200);
        awaitClosedBreaker();
    }

    @Test
    @Order(2)
    void aKilledEngineIsStartedAgainByTheApp() throws Exception {
        assertThat(search("琥珀").statusCode()).isEqualTo(200);
        long pid = elasticsearch.serverPid();
        signal("KILL", pid);
        long t0 = System.nanoTime();
        long deadline = System.currentTimeMillis() + 150_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && (status = search("重启").statusCode()) != 200) {
            Thread.sleep(1_000);
        }
        log.info("Killed engine (pid {}): search answered again after {} s", pid, (System.nanoTime() - t0) / 1_000_000_000);
        assertThat(status).isEqualTo(200);
        assertThat(elasticsearch.serverPid()).isNotEqualTo(pid);
        awaitClosedBreaker();
    }

    /** the tests after this class must find search working: searches until the breaker has closed again */
    void awaitClosedBreaker() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !(search("闭合").statusCode() == 200 && index.guard().state() == CircuitBreaker.State.CLOSED)) {
            Thread.sleep(500);
        }
        assertThat(index.guard().state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    HttpResponse<String> search(String q) throws IOException, InterruptedException {
        return get("/api/v1/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    long[] orgTimes(int n) throws IOException, InterruptedException {
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            assertThat(get("/api/v1/public/orgs").statusCode()).isEqualTo(200);
            times[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        return times;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }
}
