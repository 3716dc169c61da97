package cn.gongkai.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A single-node Elasticsearch run as a child process from the bundled distribution, bound to 127.0.0.1 on a
 * free port. The index lives in {@code <data-dir>/elasticsearch} (0700).
 * <p>
 * Security is on: the node knows one account ({@value #USER}, file realm) whose password is generated at every
 * spawn and known only to this JVM (the node gets its bcrypt hash in its 0700 config dir, never on a command
 * line); its role reaches only the app's indices. So another local account can neither read nor write the index.
 * The node also carries a random attribute, checked once it answers: a process that took the port cannot pass
 * for our node.
 * <p>
 * Elasticsearch refuses to run as root: then the node runs through {@code setpriv} as an unprivileged account
 * that owns only its work dir.
 * A node left by a crashed run is found through its pid file and stopped first (it would hold the node lock).
 * <p>
 * Construction only spawns the node; the ~15-25 s boot overlaps with the rest of start-up, and
 * {@link #start()} (a {@link SmartLifecycle} phase before the web server) waits for cluster health.
 */
public final class EmbeddedElasticsearch implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static EmbeddedElasticsearch shared;
    static final String USER = "gongkai";
    private static final String ROLE = "gongkai_app";
    private static final String INSTANCE_ATTRIBUTE = "gongkai_instance";

    private final Path work;
    private final ProcessBuilder launcher;
    private volatile Process process;
    private final int port;
    private final Duration timeout;
    private volatile long spawnedAt = System.nanoTime();
    private volatile boolean ready;
    private boolean isShared;
    /** set by {@link #close()}: an exit after it is wanted, not a crash */
    private volatile boolean closed;
    private final EngineSupervisor supervisor = new EngineSupervisor("Embedded Elasticsearch", this::respawnAfterExit);
    private final String password = OwnerOnly.password();
    private final String instance = OwnerOnly.password();

    private EmbeddedElasticsearch(Path enginesDir, Path dataDir, EmbeddedProperties props, String indices)
            throws IOException, InterruptedException {
        this.timeout = props.startTimeout();
        OwnerOnly.dataDir(dataDir);
        Path home = ElasticsearchDistribution.unpackInto(enginesDir);
        List<String> prefix = new ArrayList<>();
        Path workDir = dataDir.resolve("elasticsearch");
        OwnerOnly.directory(workDir);
        if (ChildProcesses.isRoot()) {
            String user = props.elasticsearchRunAs();
            prefix.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + ChildProcesses.output("id", "-g", user),
                    "--clear-groups"));
            ChildProcesses.output("chown", "-R", user + ":", workDir.toString());
            if (!ChildProcesses.succeeds(concat(prefix, "test", "-w", workDir.toString()))) {
                // e.g. a data dir under /root (mode 0700): the index goes to a temp dir and is rebuilt from the database
                workDir = Path.of(System.getProperty("java.io.tmpdir"), "gongkai-es-" + hash(dataDir));
                log.warn("{} cannot reach {}; the search index lives in {} instead", user, dataDir, workDir);
                refuseForeign(workDir, user);
                OwnerOnly.directory(workDir);
                ChildProcesses.output("chown", "-R", user + ":", workDir.toString());
            }
            if (!ChildProcesses.succeeds(concat(prefix, "test", "-x", home.resolve("bin/elasticsearch").toString()))) {
                Path copy = Path.of(System.getProperty("java.io.tmpdir"), "gongkai-es-dist", home.getFileName().toString());
                refuseForeign(copy.getParent(), "root");
                if (!Files.isExecutable(copy.resolve("bin/elasticsearch"))) {
                    log.info("{} is not readable by {}; copying the distribution to {}", home, user, copy);
                    copyTree(home, copy);
                }
                home = copy;
            }
        }
        this.work = workDir;
        ChildProcesses.stopStale(work.resolve("es.pid"), "org.elasticsearch");
        copyTree(home.resolve("config"), work.resolve("config"));
        writeSecurityConfig(work.resolve("config"), indices);
        for (String d : List.of("data", "logs", "tmp")) {
            Files.createDirectories(work.resolve(d));
        }
        if (ChildProcesses.isRoot()) {
            ChildProcesses.output("chown", "-R", props.elasticsearchRunAs() + ":", work.toString());
        }
        Files.setPosixFilePermissions(work, OwnerOnly.DIRECTORY);
        this.port = freePort();
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(home.resolve("bin/elasticsearch").toString());
        cmd.addAll(List.of("-p", work.resolve("es.pid").toString()));
        for (String setting : List.of("discovery.type=single-node", "xpack.security.enabled=true",
                // plain HTTP on loopback: Elasticsearch accepts that for a single node bound to 127.0.0.1
                "xpack.security.http.ssl.enabled=false", "xpack.security.transport.ssl.enabled=false",
                "xpack.security.authc.realms.file.gongkai.order=0", "xpack.security.authc.reserved_realm.enabled=false",
                "http.host=127.0.0.1", "transport.host=127.0.0.1", "http.port=" + port, "transport.port=0",
                "cluster.name=gongkai-embedded", "path.data=" + work.resolve("data"), "path.logs=" + work.resolve("logs"),
                "cluster.routing.allocation.disk.threshold_enabled=false", "action.destructive_requires_name=true")) {
            cmd.add("-E");
            cmd.add(setting);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", work.toString());
        pb.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        // without it the node keeps trying to copy its built-in roles into a .security index this distribution
        // cannot create (no analysis-common); the file realm needs no such index
        pb.environment().put("ES_JAVA_OPTS", props.elasticsearchJvmOpts() + " -Des.queryable_built_in_roles_enabled=false");
        pb.environment().put("ES_PATH_CONF", work.resolve("config").toString());
        pb.environment().put("ES_TMPDIR", work.resolve("tmp").toString());
        // the launcher JVM leaves final-flags* dirs in its tmpdir on every start unless it is moved
        pb.environment().put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + work.resolve("tmp"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("logs/console.log").toFile()));
        this.launcher = pb;
        Files.deleteIfExists(work.resolve("logs/console.log"));
        this.process = pb.start();
        supervise();
        log.info("Embedded Elasticsearch {} spawned (pid {}) on 127.0.0.1:{}, index in {}", home.getFileName(),
                process.pid(), port, work.resolve("data"));
    }

    /** @param indices the index pattern the app's account may use, e.g. {@code gongkai-items*} */
    public static EmbeddedElasticsearch start(Path enginesDir, Path dataDir, EmbeddedProperties props, String indices)
            throws IOException, InterruptedException {
        return new EmbeddedElasticsearch(enginesDir, dataDir, props, indices);
    }

    /** One node per JVM (tests): every cached Spring context shares it. Stopped by a shutdown hook. */
    public static synchronized EmbeddedElasticsearch shared(Path enginesDir, Path dataDir, EmbeddedProperties props,
            String indices) throws IOException, InterruptedException {
        if (shared == null || !shared.process.isAlive()) {
            shared = new EmbeddedElasticsearch(enginesDir, dataDir, props, indices);
            shared.isShared = true;
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-es-shutdown"));
        }
        return shared;
    }

    /**
     * Stops the node and starts it again on the same port with the same data, waiting until it is healthy: for tests
     * that prove nothing is lost while the search engine is down. {@code whileDown} runs while the node is stopped;
     * the node is started again even if it throws.
     */
    public synchronized void restart(Runnable whileDown) throws IOException {
        close();
        try {
            whileDown.run();
        } finally {
            spawnedAt = System.nanoTime();
            process = launcher.start();
            closed = false;
            supervise();
            log.info("Embedded Elasticsearch respawned (pid {}) on 127.0.0.1:{}", process.pid(), port);
            awaitReady();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** the pid of the node's server JVM (its pid file; the launcher is its parent), for tests that pause or kill it */
    public long serverPid() throws IOException {
        return Long.parseLong(Files.readString(work.resolve("es.pid")).trim());
    }

    public String username() {
        return USER;
    }

    /** generated at spawn, held only in memory */
    public String password() {
        return password;
    }

    /** the node's data, config and logs */
    public Path workDir() {
        return work;
    }

    /** Blocks until cluster health is yellow or better. */
    public synchronized void awaitReady() {
        if (ready) {
            return;
        }
        URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        long deadline = spawnedAt + timeout.toNanos();
        while (status(health, null) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Elasticsearch not healthy after " + timeout + ":\n" + tail());
            }
            sleep(250);
        }
        StringBuilder attributes = new StringBuilder();
        if (status(URI.create(url() + "/_nodes/_local?filter_path=nodes.*.attributes." + INSTANCE_ATTRIBUTE),
                attributes) != 200 || !attributes.toString().contains("\"" + instance + "\"")) {
            close();
            throw new IllegalStateException("Something other than the embedded Elasticsearch answers on " + url());
        }
        ready = true;
        log.info("Embedded Elasticsearch ready at {} ({} ms after spawn)", url(), (System.nanoTime() - spawnedAt) / 1_000_000);
    }

    @Override
    public void start() {
        awaitReady();
    }

    @Override
    public void stop() {
        // the node is stopped by close() (bean destroy method), after the web server has stopped
    }

    @Override
    public boolean isRunning() {
        return ready;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** Bean destroy method: a per-context node stops, the JVM-wide shared one waits for its shutdown hook. */
    public void release() {
        if (!isShared) {
            close();
        }
    }

    /** a node that dies on its own while not closed is started again ({@link EngineSupervisor}) */
    private void supervise() {
        Process watched = process;
        supervisor.watch(watched, () -> !closed && process == watched);
    }

    /**
     * The supervisor's restart: the same command, data directory and port. A server JVM whose launcher alone died
     * still holds the node lock: it is stopped first, through the pid file.
     */
    private synchronized Process respawnAfterExit() throws IOException {
        if (closed || process.isAlive()) {
            return null;
        }
        ChildProcesses.stopStale(work.resolve("es.pid"), "org.elasticsearch");
        ready = false;
        spawnedAt = System.nanoTime();
        process = launcher.start();
        supervise();
        return process;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (!process.isAlive()) {
            return;
        }
        long t0 = System.nanoTime();
        List<ProcessHandle> family = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                family.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ready = false;
        log.info("Embedded Elasticsearch stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private int status(URI uri, StringBuilder body) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(3000);
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8)));
            int code = c.getResponseCode();
            if (body != null && code == 200) {
                try (InputStream in = c.getInputStream()) {
                    body.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            c.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("logs/console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The node's only account (bcrypt hash, generated password), its role (cluster health and node info, everything
     * on the app's indices, nothing else) and the random attribute the node is recognised by.
     */
    private void writeSecurityConfig(Path config, String indices) throws IOException {
        OwnerOnly.write(config.resolve("users"), USER + ":" + new BCryptPasswordEncoder().encode(password) + "\n");
        OwnerOnly.write(config.resolve("users_roles"), ROLE + ":" + USER + "\n");
        OwnerOnly.write(config.resolve("roles.yml"), ROLE + ":\n"
                + "  cluster: [ \"monitor\" ]\n"
                + "  indices:\n"
                + "    - names: [ \"" + indices.replace("\"", "") + "\" ]\n"
                + "      privileges: [ \"all\" ]\n");
        Path yml = config.resolve("elasticsearch.yml");
        String settings = Files.readString(yml) + "\nnode.attr." + INSTANCE_ATTRIBUTE + ": " + instance + "\n";
        OwnerOnly.write(yml, settings);
    }

    /** a directory in the shared temp dir that someone else made first is not used */
    private static void refuseForeign(Path dir, String expectedOwner) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            if (Files.isSymbolicLink(dir) || !(owner.equals(expectedOwner) || owner.equals("root"))) {
                throw new IOException(dir + " belongs to " + owner + ", not to " + expectedOwner
                        + ": remove it, or give gongkai.data-dir a place the node's account can reach");
            }
        }
    }

    private static List<String> concat(List<String> prefix, String... cmd) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(cmd));
        return all;
    }

    private static String hash(Path p) {
        return HexFormat.of().toHexDigits(p.toString().hashCode());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
