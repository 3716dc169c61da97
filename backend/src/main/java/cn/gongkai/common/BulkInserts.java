package cn.gongkai.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import com.mysql.cj.jdbc.JdbcConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many rows with long text columns (item content, audit details) as multi-row {@code INSERT}s of a server-side
 * prepared statement: the values travel in the binary protocol as they are. Client-side statements (the driver's
 * default, and what its {@code rewriteBatchedStatements} produces even from a server-side batch) escape every string
 * into the SQL text, twice: that was a third of a 100,000-row import's time (bench/RESULTS.md, Import). One
 * statement per {@value #ROWS_PER_STATEMENT} rows, prepared once per call. Joins the caller's transaction; errors
 * are translated as for {@link JdbcTemplate} (a duplicate key is a {@code DuplicateKeyException}).
 */
@Component
public class BulkInserts {

    static final int ROWS_PER_STATEMENT = 200;

    private final JdbcTemplate jdbc;

    BulkInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** what one row puts in its placeholders, in column order */
    @FunctionalInterface
    public interface RowValues<T> {
        void write(Values values, T row) throws SQLException;
    }

    /**
     * @param insertInto {@code INSERT INTO table (col, ...)}: each row gets one placeholder per column
     * @param columns    the number of columns
     */
    public <T> void insert(String insertInto, int columns, List<T> rows, RowValues<T> values) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            int full = Math.min(ROWS_PER_STATEMENT, rows.size());
            PreparedStatement statement = null;
            try {
                for (int from = 0; from < rows.size(); from += full) {
                    List<T> part = rows.subList(from, Math.min(rows.size(), from + full));
                    if (statement == null || part.size() != full) {
                        close(statement);
                        statement = serverPrepared(con, sql(insertInto, columns, part.size()));
                    }
                    Values v = new Values(statement);
                    for (T row : part) {
                        values.write(v, row);
                    }
                    statement.executeUpdate();
                }
            } finally {
                close(statement);
            }
            return null;
        });
    }

    private static String sql(String insertInto, int columns, int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(insertInto.length() + rows * (row.length() + 2) + 8);
        sql.append(insertInto).append(" VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    /** MySQL Connector/J's server-side statement; any other driver's own prepared statement */
    private static PreparedStatement serverPrepared(Connection con, String sql) throws SQLException {
        return con.isWrapperFor(JdbcConnection.class) ? con.unwrap(JdbcConnection.class).serverPrepareStatement(sql)
                : con.prepareStatement(sql);
    }

    private static void close(PreparedStatement statement) throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }

    /** the placeholders of a statement, filled in order */
    public static final class Values {

        private final PreparedStatement statement;
        private int index;

        Values(PreparedStatement statement) {
            this.statement = statement;
        }

        public Values text(String value) throws SQLException {
            statement.setString(++index, value);
            return this;
        }

        public Values number(Long value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.BIGINT);
            } else {
                statement.setLong(++index, value);
            }
            return this;
        }

        public Values integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value);
            }
            return this;
        }

        public Values time(Instant value) throws SQLException {
            statement.setTimestamp(++index, value == null ? null : Timestamp.from(value));
            return this;
        }
    }
}
