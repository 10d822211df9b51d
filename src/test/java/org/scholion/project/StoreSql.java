package org.scholion.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain SQL on a project's project.db, for tests that check a report against counts computed
 * without Scholion's code: the schema of src/main/resources/org/scholion/store/migrations.
 */
final class StoreSql implements AutoCloseable {

    /** Every code with its path ("Parent/Child"), and every code with each of its ancestors (itself included). */
    static final String PATHS = """
            WITH RECURSIVE path(id, path) AS (
                SELECT id, name FROM codes WHERE parent_id IS NULL
                UNION ALL SELECT codes.id, path.path || '/' || codes.name FROM codes JOIN path ON codes.parent_id = path.id),
            under(code, ancestor) AS (
                SELECT id, id FROM codes
                UNION ALL SELECT under.code, codes.parent_id FROM under JOIN codes ON codes.id = under.ancestor
                WHERE codes.parent_id IS NOT NULL)
            """;

    private final Connection connection;

    StoreSql(Project project) {
        Path database = project.info().folder().resolve("project.db");
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + database, e);
        }
    }

    /** Rows of a query, each as its columns' values. */
    List<List<Object>> rows(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rows.getObject(c));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A query of (row label, column label, count) as a map from "row|column" to the count. */
    Map<String, Long> cells(String sql) {
        Map<String, Long> cells = new HashMap<>();
        for (List<Object> row : rows(sql)) {
            cells.put(row.get(0) + "|" + row.get(1), ((Number) row.get(2)).longValue());
        }
        return cells;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
