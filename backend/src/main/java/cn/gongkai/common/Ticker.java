package cn.gongkai.common;

/**
 * Says when it is time to report progress again: true at most once per interval. For long jobs that save their
 * progress to a row (each save a commit of its own): a few saves a second are enough for a progress bar.
 */
public final class Ticker {

    private final long intervalNanos;
    private long last = System.nanoTime();

    public Ticker(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** true at most once per interval (not on the first call within the first interval) */
    public boolean due() {
        long now = System.nanoTime();
        if (now - last < intervalNanos) {
            return false;
        }
        last = now;
        return true;
    }
}
