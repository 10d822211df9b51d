package org.scholion.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What the store tests share: texts that stress code-point offsets, clocks, raw SQLite access. */
final class StoreTesting {

    /**
     * A source text with everything that breaks naive offset arithmetic: Cyrillic (two UTF-8 bytes,
     * one UTF-16 unit), a combining acute accent (its own code point), emoji and mathematical
     * letters outside the BMP (two UTF-16 units, four UTF-8 bytes), a ZWJ sequence, CRLF and a tab.
     */
    static final String MIXED_TEXT = "Россия и Южный Кавказ 😀: the cafe\u0301 talks — 𝔄 thesis.\r\n"
            + "\tMediation by Moscow 👩\u200D🔬 failed in 2020; peacekeepers 🕊\uFE0F arrived 𝔅𝔆 later.\n"
            + "Итог: «мир» 😀 без гарантий.";

    static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589Z");

    private StoreTesting() {
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A clock the test moves by hand, to tell "created" from "modified". */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store only needs UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * The slice of a text between two code-point offsets, computed without {@code TextOffsets}, so
     * that the two can check each other.
     */
    static String codePoints(String text, int start, int end) {
        int[] all = text.codePoints().toArray();
        int from = Math.max(0, start);
        int to = Math.min(all.length, end);
        return from >= to ? "" : new String(all, from, to - from);
    }

    /** The code-point offset of the first occurrence of {@code needle}. */
    static int codePointIndexOf(String text, String needle) {
        int charIndex = text.indexOf(needle);
        if (charIndex < 0) {
            throw new IllegalArgumentException("'" + needle + "' is not in the text");
        }
        return text.codePointCount(0, charIndex);
    }

    static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A plain JDBC connection to a project database, beside (not through) the store: for what only
     * raw SQL can show, such as the database refusing a change the API never offers.
     */
    static Connection rawConnection(Path database) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + database, e);
        }
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Every row of a table, in rowid order, as lists of column values: for comparing databases. */
    static List<List<Object>> rows(Connection connection, String table) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rows.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
