package org.scholion.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.scholion.source.NewSource;
import org.scholion.source.OriginalFile;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.TextOffsets;

/** Sources: metadata, the immutable stored text and the page map. */
public final class SourceRepository {

    private static final String COLUMNS = "id, title, type, authors, date, language, citation_key, publication, "
            + "file_sha256, file_name, media_type, file_size, text_length, text_sha256, imported, "
            + "(SELECT count(*) FROM source_pages p WHERE p.source_id = sources.id) AS pages";

    private final Database db;

    SourceRepository(Database db) {
        this.db = db;
    }

    public Source add(NewSource source, Instant now) {
        return add(source, null, now);
    }

    /** Adds a source under a given GUID (null: a new one), as an exchange import keeps it from its file. */
    public Source add(NewSource source, String guid, Instant now) {
        return db.inTransaction(() -> {
            SourceMetadata m = source.metadata();
            OriginalFile file = source.original();
            int length = TextOffsets.codePointLength(source.text());
            long id = db.insert("INSERT INTO sources (title, type, authors, date, language, citation_key, publication, "
                            + "file_sha256, file_name, media_type, file_size, text, text_length, text_sha256, imported, "
                            + "guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    m.title(), m.type().word(), String.join("\n", m.authors()),
                    m.date() == null ? null : m.date().toString(), m.language(), m.citationKey(), m.publication(),
                    file == null ? null : file.sha256(), file == null ? null : file.fileName(),
                    file == null ? null : file.mediaType(), file == null ? null : file.size(),
                    source.text(), length, sha256(source.text()), Times.format(now), Identities.canonical(guid));
            List<PageMap.PageStart> pages = source.pageMap().pages();
            for (int i = 0; i < pages.size(); i++) {
                PageMap.PageStart page = pages.get(i);
                if (page.start() > length) {
                    throw new StoreException("page " + page.label() + " starts at " + page.start()
                            + ", after the end of the text (" + length + " code points)");
                }
                db.update("INSERT INTO source_pages (source_id, ordinal, label, start) VALUES (?, ?, ?, ?)",
                        id, i, page.label(), page.start());
            }
            return get(new SourceId(id));
        });
    }

    public List<Source> list() {
        return db.query("SELECT " + COLUMNS + " FROM sources ORDER BY id", SourceRepository::map);
    }

    public Optional<Source> find(SourceId id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM sources WHERE id = ?", SourceRepository::map, id.value());
    }

    public Source get(SourceId id) {
        return find(id).orElseThrow(() -> new StoreException("there is no source with id " + id));
    }

    public Optional<Source> findByFileSha256(String sha256) {
        return db.queryOne("SELECT " + COLUMNS + " FROM sources WHERE file_sha256 = ?", SourceRepository::map, sha256);
    }

    public String text(SourceId id) {
        return db.queryOne("SELECT text FROM sources WHERE id = ?", row -> row.getString(1), id.value())
                .orElseThrow(() -> new StoreException("there is no source with id " + id));
    }

    public PageMap pageMap(SourceId id) {
        return new PageMap(db.query("SELECT label, start FROM source_pages WHERE source_id = ? ORDER BY ordinal",
                row -> new PageMap.PageStart(row.getString(1), row.getInt(2)), id.value()));
    }

    /** Every source's GUID. */
    public java.util.Map<SourceId, String> guids() {
        java.util.Map<SourceId, String> guids = new java.util.HashMap<>();
        db.query("SELECT id, guid FROM sources", row -> guids.put(new SourceId(row.getLong(1)), row.getString(2)));
        return guids;
    }

    public boolean citationKeyTaken(String key) {
        return db.queryLong("SELECT count(*) FROM sources WHERE citation_key = ?", key) > 0;
    }

    public int count() {
        return (int) db.queryLong("SELECT count(*) FROM sources");
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Source map(ResultSet row) throws SQLException {
        String authors = row.getString("authors");
        String date = row.getString("date");
        SourceMetadata metadata = new SourceMetadata(row.getString("title"), SourceType.fromWord(row.getString("type")),
                authors.isEmpty() ? List.of() : Arrays.asList(authors.split("\n")),
                date == null ? null : PartialDate.parse(date), row.getString("language"),
                row.getString("citation_key"), row.getString("publication"));
        String fileSha = row.getString("file_sha256");
        OriginalFile original = fileSha == null ? null
                : new OriginalFile(fileSha, row.getString("file_name"), row.getString("media_type"), row.getLong("file_size"));
        return new Source(new SourceId(row.getLong("id")), metadata, original, row.getInt("text_length"),
                row.getString("text_sha256"), row.getInt("pages"), Times.parse(row.getString("imported")));
    }
}
