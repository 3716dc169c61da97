package cn.gongkai.embedded;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an engine child process again when it dies on its own (killed, crashed, out of memory) while the app still
 * wants it: notices the exit through {@link Process#onExit()}, waits (1 s, doubling up to 1 minute for a child that
 * keeps dying soon after its start; back to 1 s once one lived a minute), logs, and respawns it through
 * {@code respawn}, which starts it on the same data directory and port.
 */
final class EngineSupervisor {

    private static final Logger log = LoggerFactory.getLogger(EngineSupervisor.class);
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofMinutes(1);
    private static final Duration STABLE = Duration.ofMinutes(1);

    /** starts the child again; returns the new process, or null when it is no longer wanted */
    interface Respawn {
        Process respawn() throws Exception;
    }

    private final String name;
    private final Respawn respawn;
    private final ScheduledExecutorService timer;
    private Duration backoff = FIRST;

    EngineSupervisor(String name, Respawn respawn) {
        this.name = name;
        this.respawn = respawn;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "supervise-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** watches {@code child}; when it exits while {@code wanted} still holds, it is started again */
    void watch(Process child, BooleanSupplier wanted) {
        long started = System.nanoTime();
        child.onExit().thenRun(() -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            synchronized (this) {
                backoff = System.nanoTime() - started > STABLE.toNanos() ? FIRST : backoff;
                Duration wait = backoff;
                backoff = backoff.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : backoff.multipliedBy(2);
                log.warn("{} (pid {}) exited unexpectedly with {}; starting it again in {} s", name, child.pid(),
                        exitValue(child), wait.toMillis() / 1000.0);
                timer.schedule(this::restart, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private void restart() {
        try {
            Process next = respawn.respawn();
            if (next != null) {
                log.warn("{} started again (pid {})", name, next.pid());
            }
        } catch (Exception e) {
            log.error("{} could not be started again; retrying", name, e);
            synchronized (this) {
                Duration wait = backoff;
                backoff = backoff.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : backoff.multipliedBy(2);
                timer.schedule(this::restart, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private static String exitValue(Process p) {
        try {
            return Integer.toString(p.exitValue());
        } catch (IllegalThreadStateException e) {
            return "?";
        }
    }
}
