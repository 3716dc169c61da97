package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a query function over the query set with 1 or N concurrent clients and reports latency percentiles and
 * throughput. Each client runs the whole set {@code rounds} times in its own order, after one warm-up pass; the
 * slow database baselines run a few queries per client instead ({@link #sample}); two methods compared at one client
 * run interleaved ({@link #paired}).
 */
final class Load {

    /** what one method answered for one query: the hit count it reports */
    @FunctionalInterface
    interface Method {
        long run(QuerySet.Query query) throws Exception;
    }

    record Figures(int clients, int requests, double p50Ms, double p95Ms, double throughput) {
    }

    private Load() {
    }

    static Figures measure(Method method, List<QuerySet.Query> queries, int clients, int rounds) throws Exception {
        for (QuerySet.Query q : queries) {
            method.run(q);
        }
        return run(method, queries, clients, rounds, queries.size());
    }

    /**
     * Two methods with one client, side by side: after a warm-up pass of each, every query runs with both, back to
     * back, the first of the pair alternating round by round. Both see the same caches and the same moments of a
     * noisy machine, which separate passes do not (one slow minute of Elasticsearch would land on one method only).
     * Throughput is requests over the time spent in that method.
     */
    static Figures[] paired(Method a, Method b, List<QuerySet.Query> queries, int rounds) throws Exception {
        for (QuerySet.Query q : queries) {
            a.run(q);
            b.run(q);
        }
        List<Long> timesA = new ArrayList<>();
        List<Long> timesB = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (QuerySet.Query q : queries) {
                boolean aFirst = r % 2 == 0;
                timed(aFirst ? a : b, q, aFirst ? timesA : timesB);
                timed(aFirst ? b : a, q, aFirst ? timesB : timesA);
            }
        }
        return new Figures[] {figures(timesA), figures(timesB)};
    }

    private static void timed(Method method, QuerySet.Query q, List<Long> into) throws Exception {
        long t = System.nanoTime();
        method.run(q);
        into.add(System.nanoTime() - t);
    }

    private static Figures figures(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double seconds = sorted.stream().mapToLong(Long::longValue).sum() / 1e9;
        return new Figures(1, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.size() / seconds);
    }

    /**
     * Without a warm-up pass, each client runs {@code perClient} queries of the set once, from its own starting
     * point: for methods that scan the whole table per query (at a million items a full pass of 16 clients would
     * take an hour). Run it after a {@link #measure} of the same method, so the table is in the buffer pool.
     */
    static Figures sample(Method method, List<QuerySet.Query> queries, int clients, int perClient) throws Exception {
        return run(method, queries, clients, 1, Math.min(perClient, queries.size()));
    }

    private static Figures run(Method method, List<QuerySet.Query> queries, int clients, int rounds, int perClient)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    for (int i = 0; i < perClient; i++) {
                        QuerySet.Query q = queries.get((i + offset * 7) % queries.size());
                        long t = System.nanoTime();
                        method.run(q);
                        nanos.add(System.nanoTime() - t);
                    }
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Figures(clients, all.size(), percentile(all, 50), percentile(all, 95), all.size() / seconds);
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    /** wall time of one run of {@code work} in milliseconds */
    static double millis(ThrowingRunnable work) throws Exception {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e6;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
