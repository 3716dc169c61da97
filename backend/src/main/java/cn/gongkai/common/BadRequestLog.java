package cn.gongkai.common;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed requests (bad percent-encoding or UTF-8, firewall rejections, paths Tomcat refuses, a bad Content-Type,
 * a method the path does not have) are the client's fault and can come by the thousand: they are answered with a 4xx
 * problem and logged as one WARN a minute at most, with the latest example and how many more there were, never a
 * stack trace each.
 */
public final class BadRequestLog {

    private static final Logger log = LoggerFactory.getLogger(BadRequestLog.class);
    private static final long INTERVAL_NANOS = 60_000_000_000L;
    private static final AtomicLong nextAt = new AtomicLong(System.nanoTime());
    private static final AtomicLong suppressed = new AtomicLong();

    private BadRequestLog() {
    }

    /** {@code uri} is the raw request target; it is cut and stripped of control characters before it is logged */
    public static void refused(String method, String uri, String reason) {
        long now = System.nanoTime();
        long next = nextAt.get();
        if (now - next >= 0 && nextAt.compareAndSet(next, now + INTERVAL_NANOS)) {
            long more = suppressed.getAndSet(0);
            log.warn("Refused bad requests: {} {} ({}){}", clean(method, 16), clean(uri, 200),
                    clean(reason, 300), more > 0 ? "; " + more + " more in the last minute" : "");
        } else {
            suppressed.incrementAndGet();
        }
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(UnicodeText.notInName(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return s.length() > max ? b + "…" : b.toString();
    }
}
