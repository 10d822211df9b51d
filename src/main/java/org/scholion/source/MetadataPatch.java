package org.scholion.source;

import java.util.List;

/**
 * Metadata a user supplies for one file (from a metadata file or the command line), overriding
 * what the file itself says; null fields leave the file's value alone.
 */
public record MetadataPatch(String title, SourceType type, List<String> authors, PartialDate date, String language,
                            String citationKey, String publication, TextOrigin origin) {

    public static final MetadataPatch NONE = new MetadataPatch(null, null, null, null, null, null, null, null);

    public MetadataPatch {
        authors = authors == null ? null : List.copyOf(authors);
    }

    /** This patch's values where set, else the other's: for layering command line over file. */
    public MetadataPatch over(MetadataPatch other) {
        return new MetadataPatch(pick(title, other.title), pick(type, other.type), pick(authors, other.authors),
                pick(date, other.date), pick(language, other.language), pick(citationKey, other.citationKey),
                pick(publication, other.publication), pick(origin, other.origin));
    }

    /** The base metadata with this patch's values put over it. */
    public SourceMetadata applyTo(SourceMetadata base) {
        return new SourceMetadata(pick(title, base.title()), pick(type, base.type()), pick(authors, base.authors()),
                pick(date, base.date()), pick(language, base.language()), pick(citationKey, base.citationKey()),
                pick(publication, base.publication()));
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
