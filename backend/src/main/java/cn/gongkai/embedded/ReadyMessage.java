package cn.gongkai.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says once, when the app is ready, where it listens and which engines it runs on. */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final ObjectProvider<EmbeddedMariaDb> database;
    private final ObjectProvider<EmbeddedElasticsearch> search;
    private final DataDirProperties dataDir;

    ReadyMessage(ObjectProvider<EmbeddedMariaDb> database, ObjectProvider<EmbeddedElasticsearch> search,
            DataDirProperties dataDir) {
        this.database = database;
        this.search = search;
        this.dataDir = dataDir;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String db = database.getIfAvailable() != null ? "embedded MariaDB" : "external database (spring.datasource.url)";
        String es = search.getIfAvailable() != null ? "embedded Elasticsearch"
                : "external Elasticsearch (gongkai.search.uris)";
        boolean embedded = database.getIfAvailable() != null || search.getIfAvailable() != null;
        log.info("Gongkai is ready at http://localhost:{}/ (console /console, API /api/v1, Swagger UI /swagger-ui.html)"
                + " on {} + {}{}", port, db, es, embedded ? ", data in " + dataDir.path() : "");
    }
}
