package cn.gongkai.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the built jar the way the README does (embedded default, demo county, a fresh data directory), measures
 * the time until {@code /actuator/health} reports UP with the demo loaded, and the resident memory of the app and
 * its embedded MariaDB and Elasticsearch, then stops it with SIGTERM.
 */
final class ColdStart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Result(double secondsToHealthy, double residentMib, List<String> breakdown) {
    }

    private ColdStart() {
    }

    static Result measure(Path jar, Path workDir) throws Exception {
        Path dataDir = Files.createDirectories(workDir.resolve("coldstart-data"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--gongkai.data-dir=" + dataDir));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("coldstart.log").toFile()).start();
        long start = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            HttpRequest portal = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/orgs"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the app exited during start, see " + workDir.resolve("coldstart.log"));
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("the app did not become healthy within 5 minutes");
                }
                try {
                    HttpResponse<String> h = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (h.statusCode() == 200 && "UP".equals(JSON.readTree(h.body()).path("status").asString())
                            && http.send(portal, HttpResponse.BodyHandlers.ofString()).body().contains("人民政府")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(5000);
            return new Result(seconds, ProcessMemory.residentMib(process.toHandle()),
                    ProcessMemory.breakdown(process.toHandle()));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
