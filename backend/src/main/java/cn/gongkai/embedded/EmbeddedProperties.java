package cn.gongkai.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zero-setup default: a MariaDB and an Elasticsearch node started by the app itself. Each starts only when
 * its external counterpart is not configured ({@code spring.datasource.url}, {@code gongkai.search.uris}).
 *
 * @param enginesDir       where the MariaDB binaries and the ES distribution are unpacked (default {@code <dataDir>/engines})
 * @param shared           one MariaDB and one ES per JVM, shared by all Spring contexts (tests)
 * @param elasticsearchJvmOpts ES_JAVA_OPTS of the node
 * @param mariadbOptions   extra server options of the embedded MariaDB (e.g. {@code --innodb-buffer-pool-size=2G})
 * @param elasticsearchRunAs   the unprivileged account the node runs as when the app runs as root
 * @param startTimeout     how long to wait for an engine to become ready
 * @param databaseAccount  the account of the app's connection pool: {@code application} (row access only, on
 *                         {@code audit_log} only read and append) or {@code owner} (everything; for the benchmark,
 *                         which changes server settings and indexes)
 */
@ConfigurationProperties("gongkai.embedded")
public record EmbeddedProperties(
        Path enginesDir,
        @DefaultValue("false") boolean shared,
        @DefaultValue("-Xms512m -Xmx512m -XX:TieredStopAtLevel=1") String elasticsearchJvmOpts,
        @DefaultValue("nobody") String elasticsearchRunAs,
        @DefaultValue List<String> mariadbOptions,
        @DefaultValue("3m") Duration startTimeout,
        @DefaultValue("application") DatabaseAccount databaseAccount) {

    public enum DatabaseAccount { APPLICATION, OWNER }

    public Path engines(DataDirProperties dataDir) {
        return (enginesDir != null ? enginesDir : dataDir.path().resolve("engines")).toAbsolutePath().normalize();
    }
}
