package cn.gongkai.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.mysql.cj.jdbc.JdbcConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Many rows with long text columns (item content, audit details) in one JDBC batch, as a server-side prepared
 * statement: the values travel in the binary protocol as they are. A client-side statement escapes every string
 * into the SQL text, twice (once to size the packet, once to write it), which was a third of a 100,000-row import's
 * time (bench/RESULTS.md, Import). The driver still sends the batch as multi-row INSERTs
 * ({@code rewriteBatchedStatements}). Joins the caller's transaction; errors are translated as for
 * {@link JdbcTemplate} (a duplicate key is a {@code DuplicateKeyException}).
 */
@Component
public class BulkInserts {

    private final JdbcTemplate jdbc;

    BulkInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public <T> void insert(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = serverPrepared(con, sql)) {
                for (T row : rows) {
                    setter.setValues(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** MySQL Connector/J's server-side statement; any other driver's own prepared statement */
    private static PreparedStatement serverPrepared(Connection con, String sql) throws SQLException {
        return con.isWrapperFor(JdbcConnection.class) ? con.unwrap(JdbcConnection.class).serverPrepareStatement(sql)
                : con.prepareStatement(sql);
    }
}
