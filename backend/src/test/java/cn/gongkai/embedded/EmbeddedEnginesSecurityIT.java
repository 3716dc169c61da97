package cn.gongkai.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import cn.gongkai.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default on a shared machine: another local account cannot reach the database or the index. It
 * cannot log in to MariaDB without the generated passwords (which sit in a 0600 file inside 0700 dirs, next to a
 * socket no one else can reach), the app's own account cannot change or delete audit records or the schema, and
 * Elasticsearch answers nobody without credentials.
 */
@FullStackTest
class EmbeddedEnginesSecurityIT {

    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    EmbeddedElasticsearch elasticsearch;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mariaDbAdmitsNoOneWithoutTheGeneratedPasswords() {
        String url = database.jdbcUrl();
        for (String[] login : new String[][] {{"root", ""}, {"root", "root"}, {"", ""}, {"gongkai", ""},
                {"nobody", ""}, {"mysql", ""}}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, login[0], login[1]).close())
                    .as("login as '%s' with password '%s'", login[0], login[1])
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void theAppsAccountCanAppendToTheAuditLogButNeitherChangeNorDeleteIt() {
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("gongkai@127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class)).isNotNegative();
        for (String sql : new String[] {"DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'",
                "TRUNCATE TABLE audit_log", "DROP TABLE audit_log", "ALTER TABLE audit_log ADD COLUMN x INT",
                "CREATE TABLE evil (id INT)", "DROP TABLE SPRING_SESSION", "DELETE FROM flyway_schema_history",
                "CREATE TRIGGER t BEFORE INSERT ON audit_log FOR EACH ROW SET NEW.actor = 'x'",
                "SELECT * FROM mysql.user", "GRANT DELETE ON gongkai.audit_log TO CURRENT_USER()"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).rootCause().hasMessageContaining("denied");
        }
    }

    @Test
    void dataCredentialsAndSocketAreTheOwnersAlone() throws Exception {
        Path data = database.dataDir().toPath();
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolveSibling("mariadb-tmp"))).isEqualTo("rwx------");
        assertThat(mode(data.resolve(DatabaseAccounts.FILE))).isEqualTo("rw-------");
        assertThat(database.socket()).startsWith(data);
        assertThat(mode(elasticsearch.workDir())).isEqualTo("rwx------");
        assertThat(mode(elasticsearch.workDir().resolve("config/users"))).isEqualTo("rw-------");
        assertThat(Files.readString(elasticsearch.workDir().resolve("config/users")))
                .doesNotContain(elasticsearch.password());
    }

    @Test
    void elasticsearchAnswersNoOneWithoutTheAppsCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/_cluster/health", "/gongkai-items/_search"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(elasticsearch.url()
                + "/gongkai-items/_doc/planted")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"planted\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(401);
    }

    private static String mode(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
