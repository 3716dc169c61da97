package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory of a process and all its descendants, read from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** total VmRSS in MiB of {@code handle} and its descendants */
    static double residentMib(ProcessHandle handle) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(handle);
        handle.descendants().forEach(all::add);
        long kib = 0;
        for (ProcessHandle p : all) {
            kib += rssKib(p.pid());
        }
        return kib / 1024.0;
    }

    /** per process of the tree: command name and RSS MiB */
    static List<String> breakdown(ProcessHandle handle) {
        List<String> lines = new ArrayList<>();
        List<ProcessHandle> all = new ArrayList<>();
        all.add(handle);
        handle.descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            long kib = rssKib(p.pid());
            if (kib > 10 * 1024) {
                String cmd = p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?");
                lines.add(String.format("%s (pid %d): %.0f MiB", cmd, p.pid(), kib / 1024.0));
            }
        }
        return lines;
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
