package org.scholion.store;

import java.time.Instant;
import java.util.List;
import org.scholion.source.AttributeType;
import org.scholion.source.SourceAttribute;
import org.scholion.source.SourceId;

/** Typed source attributes: defined once per project, valued per source. */
public final class AttributeRepository {

    private final Database db;

    AttributeRepository(Database db) {
        this.db = db;
    }

    /** Sets a source's value of an attribute, defining the attribute with the given type on first use. */
    public SourceAttribute set(SourceId source, String name, AttributeType type, String value, Instant now) {
        return db.inTransaction(() -> {
            long id = define(name, type, null, now);
            String normalised = type.normalise(value);
            db.update("INSERT INTO source_attributes (source_id, attribute_id, value) VALUES (?, ?, ?) "
                    + "ON CONFLICT (source_id, attribute_id) DO UPDATE SET value = excluded.value", source.value(), id, normalised);
            return new SourceAttribute(name, type, normalised);
        });
    }

    /**
     * The id of the attribute of that name, defined with the type and GUID (null: a new one) if it
     * is not yet; an attribute of the same name and another type is refused.
     */
    public long define(String name, AttributeType type, String guid, Instant now) {
        return db.queryOne("SELECT id, type FROM attributes WHERE name = ?", row -> {
            AttributeType defined = AttributeType.fromWord(row.getString(2));
            if (defined != type) {
                throw new StoreException("attribute '" + name + "' is of type " + defined.word() + ", not " + type.word());
            }
            return row.getLong(1);
        }, name).orElseGet(() -> db.insert("INSERT INTO attributes (name, type, created, guid) VALUES (?, ?, ?, ?)",
                name, type.word(), Times.format(now), Identities.canonical(guid)));
    }

    /** Every attribute the project defines, by name. */
    public List<AttributeDefinition> definitions() {
        return db.query("SELECT name, type, guid FROM attributes ORDER BY name", row -> new AttributeDefinition(
                row.getString(1), AttributeType.fromWord(row.getString(2)), row.getString(3)));
    }

    /** Every source's attribute values, by source, each source's by attribute name. */
    public java.util.Map<SourceId, List<SourceAttribute>> all() {
        java.util.Map<SourceId, List<SourceAttribute>> values = new java.util.HashMap<>();
        db.query("SELECT v.source_id, a.name, a.type, v.value FROM source_attributes v "
                + "JOIN attributes a ON a.id = v.attribute_id ORDER BY v.source_id, a.name", row -> values
                .computeIfAbsent(new SourceId(row.getLong(1)), k -> new java.util.ArrayList<>())
                .add(new SourceAttribute(row.getString(2), AttributeType.fromWord(row.getString(3)), row.getString(4))));
        return values;
    }

    public List<SourceAttribute> of(SourceId source) {
        return db.query("SELECT a.name, a.type, v.value FROM source_attributes v JOIN attributes a ON a.id = v.attribute_id "
                        + "WHERE v.source_id = ? ORDER BY a.name",
                row -> new SourceAttribute(row.getString(1), AttributeType.fromWord(row.getString(2)), row.getString(3)),
                source.value());
    }
}
