package cn.gongkai.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one action costs this JVM (where the app of a full-stack test or the benchmark runs) in memory: the heap in use
 * after a GC before it, the peak heap in use while it ran (sampled every 10 ms), and the peak resident set (VmHWM,
 * reset through {@code /proc/self/clear_refs} first; Linux).
 */
public final class PeakMemory {

    private PeakMemory() {
    }

    /** heap before and at its peak, peak RSS (MiB), and how long the action took */
    public record Peak(double heapBeforeMib, double heapPeakMib, double rssPeakMib, double millis) {

        public double heapGrowthMib() {
            return heapPeakMib - heapBeforeMib;
        }

        @Override
        public String toString() {
            return String.format("heap %.0f → %.0f MiB, peak RSS %.0f MiB, %.0f ms", heapBeforeMib, heapPeakMib,
                    rssPeakMib, millis);
        }
    }

    /** an action that may throw */
    public interface Action {
        void run() throws Exception;
    }

    public static Peak measure(Action action) throws Exception {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // not Linux, or not allowed: VmHWM is then the peak since the JVM started
        }
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        try {
            action.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return new Peak(before / 1048576.0, peak.get() / 1048576.0, vmHwmKib() / 1024.0, (System.nanoTime() - t0) / 1e6);
    }

    private static long vmHwmKib() throws IOException {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }
}
