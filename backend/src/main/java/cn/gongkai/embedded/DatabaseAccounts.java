package cn.gongkai.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The two accounts of the embedded MariaDB, with passwords generated for one data dir and kept beside the data in
 * a 0600 file ({@code mariadb/credentials.properties}). The owner ({@code root} over TCP) runs Flyway and sets up
 * the grants; the application's connection pool uses the application account, which may only read and write rows
 * (on {@code audit_log} only read and append).
 */
public record DatabaseAccounts(Account owner, Account application) {

    public static final String FILE = "credentials.properties";

    public record Account(String user, String password) {

        @Override
        public String toString() {
            return user; // never the password in a log line
        }
    }

    static DatabaseAccounts generate() {
        return new DatabaseAccounts(new Account("root", OwnerOnly.password()),
                new Account(EmbeddedMariaDb.DATABASE, OwnerOnly.password()));
    }

    static DatabaseAccounts load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return new DatabaseAccounts(new Account(p.getProperty("owner.user"), p.getProperty("owner.password")),
                new Account(p.getProperty("application.user"), p.getProperty("application.password")));
    }

    void store(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("owner.user", owner.user());
        p.setProperty("owner.password", owner.password());
        p.setProperty("application.user", application.user());
        p.setProperty("application.password", application.password());
        StringWriter w = new StringWriter();
        p.store(w, "Accounts of the embedded MariaDB of this data directory (generated; keep this file 0600)");
        OwnerOnly.write(file, w.toString());
    }
}
