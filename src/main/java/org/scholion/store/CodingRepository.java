package org.scholion.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/** The codings table. Each write is logged by the caller through {@link ActionLog}. */
public final class CodingRepository {

    private static final String SELECT = "SELECT c.id, c.source_id, c.code_id, c.coder_id, k.name AS coder_name, "
            + "c.start_offset, c.end_offset, c.memo, c.created, c.before_text, c.quote, c.after_text "
            + "FROM codings c JOIN coders k ON k.id = c.coder_id";

    private final Database db;

    CodingRepository(Database db) {
        this.db = db;
    }

    public Coding insert(SourceId source, Span span, CodeId code, Coder coder, String memo, Anchor anchor, Instant created) {
        return get(new CodingId(insert(source, span, code, coder, memo, anchor, created, CodingGuids.NEW)));
    }

    /**
     * Inserts a coding under the GUIDs an exchange file gave it and its selection, and returns its
     * id without reading it back: an import writes thousands.
     */
    public long insert(SourceId source, Span span, CodeId code, Coder coder, String memo, Anchor anchor, Instant created,
                       CodingGuids guids) {
        return db.insert("INSERT INTO codings (source_id, code_id, coder_id, start_offset, end_offset, memo, created, "
                        + "before_text, quote, after_text, guid, selection_guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                source.value(), code.value(), coder.id(), span.start(), span.end(), memo == null ? "" : memo,
                Times.format(created), anchor.before(), anchor.quote(), anchor.after(),
                Identities.canonical(guids.guid()), Identities.canonical(guids.selection()));
    }

    /** Puts back a coding exactly as it was, under its old id and GUIDs (used by undo). */
    public void restore(Coding coding) {
        Identities.Retired retired = Identities.retired(db, "coding", coding.id().value(), coding.created(), "codings");
        db.update("INSERT INTO codings (id, source_id, code_id, coder_id, start_offset, end_offset, memo, created, "
                        + "before_text, quote, after_text, guid, selection_guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                coding.id().value(), coding.source().value(), coding.code().value(), coding.coder().id(),
                coding.start(), coding.end(), coding.memo(), Times.format(coding.created()),
                coding.anchor().before(), coding.anchor().quote(), coding.anchor().after(),
                retired.guid(), retired.selectionGuid());
    }

    /** Every coding's GUID and that of the selection it came from (null where Scholion made it). */
    public java.util.Map<CodingId, CodingGuids> guids() {
        java.util.Map<CodingId, CodingGuids> guids = new java.util.HashMap<>();
        db.query("SELECT id, guid, selection_guid FROM codings", row -> guids.put(new CodingId(row.getLong(1)),
                new CodingGuids(row.getString(2), row.getString(3))));
        return guids;
    }

    /** Writes a coding's code, span, memo and anchor. */
    public void update(Coding coding) {
        int changed = db.update("UPDATE codings SET code_id = ?, start_offset = ?, end_offset = ?, memo = ?, "
                        + "before_text = ?, quote = ?, after_text = ? WHERE id = ?",
                coding.code().value(), coding.start(), coding.end(), coding.memo(), coding.anchor().before(),
                coding.anchor().quote(), coding.anchor().after(), coding.id().value());
        if (changed != 1) {
            throw new StoreException("there is no coding with id " + coding.id());
        }
    }

    public void delete(CodingId id) {
        db.update("DELETE FROM codings WHERE id = ?", id.value());
    }

    public Optional<Coding> find(CodingId id) {
        return db.queryOne(SELECT + " WHERE c.id = ?", CodingRepository::map, id.value());
    }

    public Coding get(CodingId id) {
        return find(id).orElseThrow(() -> new StoreException("there is no coding with id " + id));
    }

    /** Codings that pass the filter, by source and position. */
    public List<Coding> list(CodingFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!filter.codes().isEmpty()) {
            sql.append(" AND c.code_id IN (").append(filter.codes().stream().map(id -> "?").collect(Collectors.joining(", "))).append(')');
            filter.codes().forEach(id -> params.add(id.value()));
        }
        if (!filter.sources().isEmpty()) {
            sql.append(" AND c.source_id IN (").append(filter.sources().stream().map(id -> "?").collect(Collectors.joining(", "))).append(')');
            filter.sources().forEach(id -> params.add(id.value()));
        }
        if (filter.coder() != null) {
            sql.append(" AND k.name = ?");
            params.add(filter.coder());
        }
        sql.append(" ORDER BY c.source_id, c.start_offset, c.end_offset, c.id");
        return db.query(sql.toString(), CodingRepository::map, params.toArray());
    }

    /**
     * Every coding with what counting needs (id, source, span, code, coder) and without its memo
     * (empty), creation time (null) and anchor (empty): the anchors' text is most of what a full
     * list reads (with 40,000 codings, 0.08 s against 0.9 s). For the code reports.
     */
    public List<Coding> listForCounting() {
        java.util.Map<Long, Coder> coders = new java.util.HashMap<>();
        db.query("SELECT id, name FROM coders", row -> coders.put(row.getLong(1), new Coder(row.getLong(1), row.getString(2))));
        Anchor none = new Anchor("", "", "");
        return db.query("SELECT id, source_id, code_id, coder_id, start_offset, end_offset FROM codings ORDER BY id",
                row -> new Coding(new CodingId(row.getLong(1)), new SourceId(row.getLong(2)),
                        new Span(row.getInt(5), row.getInt(6)), new CodeId(row.getLong(3)), coders.get(row.getLong(4)),
                        null, "", none));
    }

    /** The codings of one source that overlap a span (share at least one code point with it). */
    public List<Coding> overlapping(SourceId source, Span span) {
        return db.query(SELECT + " WHERE c.source_id = ? AND c.start_offset < ? AND c.end_offset > ?"
                + " ORDER BY c.start_offset, c.end_offset, c.id", CodingRepository::map,
                source.value(), span.end(), span.start());
    }

    /** Number of codings per source (sources without codings are absent). */
    public java.util.Map<SourceId, Integer> countsBySource() {
        java.util.Map<SourceId, Integer> counts = new java.util.HashMap<>();
        db.query("SELECT source_id, count(*) FROM codings GROUP BY source_id",
                row -> counts.put(new SourceId(row.getLong(1)), row.getInt(2)));
        return counts;
    }

    public int count() {
        return (int) db.queryLong("SELECT count(*) FROM codings");
    }

    private static Coding map(ResultSet row) throws SQLException {
        return new Coding(new CodingId(row.getLong("id")), new SourceId(row.getLong("source_id")),
                new Span(row.getInt("start_offset"), row.getInt("end_offset")), new CodeId(row.getLong("code_id")),
                new Coder(row.getLong("coder_id"), row.getString("coder_name")), Times.parse(row.getString("created")),
                row.getString("memo"),
                new Anchor(row.getString("before_text"), row.getString("quote"), row.getString("after_text")));
    }
}
