package org.scholion.store;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The GUIDs rows carry for exchange (schema 4): kept in one canonical form, lower case without
 * braces; a row given none gets a random one from the database. A deleted code or coding leaves its
 * identity behind (a trigger writes it to retired_identities) so that undo puts it back under the
 * same GUID.
 */
final class Identities {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a deleted row was known as; a null GUID lets the database make a new one. */
    record Retired(String guid, String selectionGuid, boolean codable) {
        static final Retired NONE = new Retired(null, null, true);
    }

    private Identities() {
    }

    /** The GUID as stored, or null for "make one"; anything that is not a GUID is refused. */
    static String canonical(String guid) {
        if (guid == null) {
            return null;
        }
        String s = guid.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        if (!CANONICAL.matcher(s).matches()) {
            throw new StoreException("not a GUID: " + guid);
        }
        return s;
    }

    /**
     * The identity a row deleted from {@code table} had, if it had this id and creation time (so a
     * later row that happens to reuse the id is not mistaken for it) and its GUID is still free.
     */
    static Retired retired(Database db, String kind, long rowId, Instant created, String table) {
        return db.queryOne("SELECT guid, selection_guid, codable FROM retired_identities "
                                + "WHERE kind = ? AND row_id = ? AND created = ? "
                                + "AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.guid = retired_identities.guid)",
                        row -> {
                            int codable = row.getInt(3);
                            boolean unknown = row.wasNull();
                            return new Retired(row.getString(1), row.getString(2), unknown || codable == 1);
                        }, kind, rowId, Times.format(created))
                .orElse(Retired.NONE);
    }
}
