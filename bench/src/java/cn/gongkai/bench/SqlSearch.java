package cn.gongkai.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The two database baselines of the search benchmark, over the published revisions the public sees:
 * {@code LIKE '%kw%'} on name and content (what typical government systems ship: a page of 20 plus the total
 * count), and MariaDB's own FULLTEXT index (built here, not part of the schema) as it is — MariaDB has no ngram
 * parser, so it splits Chinese only at punctuation and spaces. Both answer the same page + count a portal needs.
 * Runs on a pool of its own, as large as the client count: at a million items one LIKE takes seconds, and 16 of
 * them would exhaust the app's pool (and time out in it) rather than measure the database.
 */
final class SqlSearch implements AutoCloseable {

    private static final String PUBLISHED = " FROM item i JOIN item_revision r ON r.item_id = i.id AND r.revision = i.revision"
            + " WHERE i.revision IS NOT NULL AND i.status <> 'ARCHIVED'";

    private final HikariDataSource dataSource;
    private final List<Long> countyOrgIds;

    SqlSearch(DataSource app, List<Long> countyOrgIds) {
        HikariDataSource like = (HikariDataSource) app;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(like.getJdbcUrl());
        config.setUsername(like.getUsername());
        config.setPassword(like.getPassword());
        config.setMaximumPoolSize(17);
        config.setConnectionTimeout(Duration.ofMinutes(30).toMillis());
        config.setPoolName("bench-sql");
        this.dataSource = new HikariDataSource(config);
        this.countyOrgIds = countyOrgIds;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    long like(QuerySet.Query q) throws SQLException {
        String match = " AND (r.name LIKE ? OR r.content LIKE ?)";
        String pattern = containing(q.text());
        return pageAndCount(q, match, pattern, pattern);
    }

    long fulltext(QuerySet.Query q) throws SQLException {
        return pageAndCount(q, " AND MATCH (r.name, r.content) AGAINST (? IN NATURAL LANGUAGE MODE)", q.text());
    }

    void createFulltextIndex() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "ALTER TABLE item_revision ADD FULLTEXT INDEX ft_bench_revision (name, content)")) {
            s.execute();
        }
    }

    void dropFulltextIndex() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "ALTER TABLE item_revision DROP INDEX ft_bench_revision")) {
            s.execute();
        }
    }

    /** ids of published items whose name or content contains the text: the truth recall is measured against */
    List<Long> truthSample(QuerySet.Query q, int limit) throws SQLException {
        String pattern = containing(q.text());
        String sql = "SELECT i.id" + PUBLISHED + filters(q) + " AND (r.name LIKE ? OR r.content LIKE ?) ORDER BY i.id LIMIT " + limit;
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = bindFilters(s, q, 1);
            s.setString(p, pattern);
            s.setString(p + 1, pattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** how many of {@code ids} the FULLTEXT index finds for the query */
    long fulltextFound(QuerySet.Query q, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        String sql = "SELECT COUNT(*)" + PUBLISHED + " AND i.id IN (" + in + ") AND MATCH (r.name, r.content) AGAINST (? IN NATURAL LANGUAGE MODE)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, q.text());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** one table scan of the items table: the yardstick of the supervision benchmark */
    long fullScan() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), SUM(LENGTH(i.name)), SUM(i.org_id) FROM item i IGNORE INDEX (PRIMARY)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** a LIKE pattern for "contains the text", its wildcards escaped */
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private long pageAndCount(QuerySet.Query q, String match, String... args) throws SQLException {
        String where = PUBLISHED + filters(q) + match;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT i.id, r.name, i.kind, i.org_id, r.published_at" + where
                    + " ORDER BY r.published_at DESC LIMIT 20")) {
                bind(s, q, args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(s, q, args);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private void bind(PreparedStatement s, QuerySet.Query q, String... args) throws SQLException {
        int p = bindFilters(s, q, 1);
        for (String a : args) {
            s.setString(p++, a);
        }
    }

    private String filters(QuerySet.Query q) {
        StringBuilder sql = new StringBuilder();
        if (q.kind() != null) {
            sql.append(" AND i.kind = ?");
        }
        if (q.domainCode() != null) {
            sql.append(" AND r.domain_code = ?");
        }
        if (q.countyFilter()) {
            sql.append(" AND i.org_id IN (").append(String.join(",", countyOrgIds.stream().map(String::valueOf).toList()))
                    .append(")");
        }
        return sql.toString();
    }

    private int bindFilters(PreparedStatement s, QuerySet.Query q, int p) throws SQLException {
        if (q.kind() != null) {
            s.setString(p++, q.kind());
        }
        if (q.domainCode() != null) {
            s.setString(p++, q.domainCode());
        }
        return p;
    }
}
