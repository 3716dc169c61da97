package cn.gongkai.embedded;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the engines of the zero-setup default. Elasticsearch is spawned first (it boots in the background while
 * MariaDB starts and Flyway migrates); its readiness is awaited before the web server opens the port.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedEnginesConfiguration {

    @Bean(destroyMethod = "release")
    @Conditional(EngineConditions.EmbeddedSearch.class)
    EmbeddedElasticsearch embeddedElasticsearch(EmbeddedProperties props, DataDirProperties dataDir) throws Exception {
        return props.shared()
                ? EmbeddedElasticsearch.shared(props.engines(dataDir), dataDir.path(), props)
                : EmbeddedElasticsearch.start(props.engines(dataDir), dataDir.path(), props);
    }

    @Bean(destroyMethod = "release")
    @Conditional(EngineConditions.EmbeddedDatabase.class)
    EmbeddedMariaDb embeddedMariaDb(EmbeddedProperties props, DataDirProperties dataDir,
            ObjectProvider<EmbeddedElasticsearch> search) throws Exception {
        search.ifAvailable(es -> { }); // spawn the slower engine first
        return props.shared()
                ? EmbeddedMariaDb.shared(props.engines(dataDir), dataDir.path().resolve("mariadb"), props.mariadbOptions())
                : EmbeddedMariaDb.start(props.engines(dataDir), dataDir.path().resolve("mariadb"),
                        props.mariadbOptions());
    }

    /** Our own DataSource: Boot's DataSource auto-configuration backs off; Flyway, MyBatis and sessions use it. */
    @Bean
    @Conditional(EngineConditions.EmbeddedDatabase.class)
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(db.jdbcUrl()).username("root").password("").build();
        ds.setPoolName("gongkai-embedded");
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
