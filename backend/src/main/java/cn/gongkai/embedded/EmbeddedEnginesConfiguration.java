package cn.gongkai.embedded;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the engines of the zero-setup default. Elasticsearch is spawned first (it boots in the background while
 * MariaDB starts and Flyway migrates); its readiness is awaited before the web server opens the port.
 * Flyway runs as the database owner and then grants the application account its rows; the connection pool uses
 * the application account.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedEnginesConfiguration {

    @Bean(destroyMethod = "release")
    @Conditional(EngineConditions.EmbeddedSearch.class)
    EmbeddedElasticsearch embeddedElasticsearch(EmbeddedProperties props, DataDirProperties dataDir, Environment env)
            throws Exception {
        // the node's only account may use the app's indices: the alias and the <alias>-v<n> indices behind it
        String indices = env.getProperty("gongkai.search.alias", "gongkai-items") + "*";
        return props.shared()
                ? EmbeddedElasticsearch.shared(props.engines(dataDir), dataDir.path(), props, indices)
                : EmbeddedElasticsearch.start(props.engines(dataDir), dataDir.path(), props, indices);
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

    /** Our own DataSource: Boot's DataSource auto-configuration backs off; MyBatis and sessions use it. */
    @Bean
    @Conditional(EngineConditions.EmbeddedDatabase.class)
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedProperties props) {
        DatabaseAccounts.Account account = props.databaseAccount() == EmbeddedProperties.DatabaseAccount.OWNER
                ? db.accounts().owner() : db.accounts().application();
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(db.jdbcUrl()).username(account.user()).password(account.password()).build();
        ds.setPoolName("gongkai-embedded");
        ds.setMaximumPoolSize(10);
        return ds;
    }

    /** Flyway migrates as the owner: the application account has no DDL rights. */
    @Bean
    @Conditional(EngineConditions.EmbeddedDatabase.class)
    FlywayConfigurationCustomizer embeddedFlywayAsOwner(EmbeddedMariaDb db) {
        return flyway -> flyway.dataSource(db.jdbcUrl(), db.accounts().owner().user(), db.accounts().owner().password());
    }

    /** After every migrate (also when nothing was pending): the application account's grants on every table. */
    @Bean
    @Conditional(EngineConditions.EmbeddedDatabase.class)
    Callback embeddedGrantsAfterMigrate(EmbeddedMariaDb db) {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    db.grantApplicationAccount(context.getConnection());
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not grant the application account its tables", e);
                }
            }

            @Override
            public String getCallbackName() {
                return "gongkai-embedded-grants";
            }
        };
    }
}
