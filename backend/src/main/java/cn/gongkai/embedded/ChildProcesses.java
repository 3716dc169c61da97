package cn.gongkai.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small process helpers: find and stop an engine a crashed run left behind, run a short command. */
final class ChildProcesses {

    private static final Logger log = LoggerFactory.getLogger(ChildProcesses.class);

    private ChildProcesses() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Stops the process named in {@code pidFile} if it is still alive and its command line contains
     * {@code marker} (a recycled pid of an unrelated process is left alone). Returns whether one was stopped.
     */
    static boolean stopStale(Path pidFile, String marker) {
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive() || !commandLine(pid).contains(marker)) {
                Files.deleteIfExists(pidFile);
                return false;
            }
            log.warn("Stopping {} (pid {}) left behind by an earlier run", marker, pid);
            ProcessHandle p = handle.get();
            List<ProcessHandle> family = new ArrayList<>(p.descendants().toList());
            p.destroy();
            if (!p.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join().isAlive() && family.isEmpty()) {
                Files.deleteIfExists(pidFile);
                return true;
            }
            p.destroyForcibly();
            family.forEach(ProcessHandle::destroyForcibly);
            p.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
            Files.deleteIfExists(pidFile);
            return true;
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read pid file {}: {}", pidFile, e.toString());
            return false;
        }
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
    }

    static String output(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", cmd) + ": " + out);
        }
        return out;
    }

    static boolean succeeds(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
