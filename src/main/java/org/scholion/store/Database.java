package org.scholion.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The project's one JDBC connection, with the few operations the repositories need and the
 * transaction discipline of the store: one user action, one transaction; nested calls join the
 * outer one.
 */
final class Database implements AutoCloseable {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final String location;
    private int depth;

    Database(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    Connection connection() {
        return connection;
    }

    /** Runs work in a transaction: committed when it returns, rolled back (and nothing kept) when it throws. */
    <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            depth = 1;
            T result = work.get();
            connection.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } catch (SQLException e) {
            rollback(e);
            throw failure(e);
        } finally {
            depth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is broken; the next statement reports it
            }
        }
    }

    boolean inTransaction() {
        return depth > 0;
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rows = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rows.next()) {
                out.add(mapper.map(rows));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    long queryLong(String sql, Object... params) {
        return queryOne(sql, row -> row.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Inserts a row and returns its generated id. */
    long insert(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("insert returned no id: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void executeScript(String script) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    StoreException failure(SQLException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (reason.contains("SQLITE_FULL")) {
            reason = "the disk is full";
        } else if (reason.contains("SQLITE_READONLY")) {
            reason = "the project folder is read-only";
        } else if (reason.contains("SQLITE_CORRUPT") || reason.contains("SQLITE_NOTADB")) {
            reason = "the project database is damaged (" + reason + ")";
        }
        return new StoreException(location + ": " + reason, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(location + ": cannot close the project database: " + e.getMessage(), e);
        }
    }
}
