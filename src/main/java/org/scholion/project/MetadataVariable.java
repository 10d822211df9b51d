package org.scholion.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scholion.exchange.Guid;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;

/**
 * The parts of a source's metadata that REFI-QDA has no place for, written as Text variables under
 * names no other tool uses ("scholion:authors"), so that an import recognises them and puts them
 * back into the metadata rather than into attributes. Authors are one a line; the page map is one
 * page a line, its start (code points) and its label.
 */
enum MetadataVariable {
    TYPE("scholion:type"),
    AUTHORS("scholion:authors"),
    DATE("scholion:date"),
    PUBLICATION("scholion:publication"),
    CITATION_KEY("scholion:citation-key"),
    LANGUAGE("scholion:language"),
    PAGES("scholion:pages");

    private final String written;

    MetadataVariable(String written) {
        this.written = written;
    }

    String written() {
        return written;
    }

    Guid guid() {
        return DerivedGuids.variable(written);
    }

    static Optional<MetadataVariable> named(String name) {
        return Arrays.stream(values()).filter(v -> v.written.equals(name == null ? "" : name.strip())).findFirst();
    }

    /** This part of a source's metadata as a variable's value, or null where the source has none. */
    String valueOf(SourceMetadata metadata, PageMap pages) {
        return switch (this) {
            case TYPE -> metadata.type().word();
            case AUTHORS -> metadata.authors().isEmpty() ? null : String.join("\n", metadata.authors());
            case DATE -> metadata.date() == null ? null : metadata.date().toString();
            case PUBLICATION -> metadata.publication();
            case CITATION_KEY -> metadata.citationKey();
            case LANGUAGE -> metadata.language();
            case PAGES -> pages.isEmpty() ? null : String.join("\n",
                    pages.pages().stream().map(p -> p.start() + " " + p.label()).toList());
        };
    }

    /**
     * The metadata with this part set from a variable's value; an exception saying why when the
     * value is not one (a date that is no date, an unknown source type).
     */
    SourceMetadata applyTo(SourceMetadata metadata, String value) {
        String v = value.strip();
        return switch (this) {
            case TYPE -> new SourceMetadata(metadata.title(), SourceType.fromWord(v), metadata.authors(),
                    metadata.date(), metadata.language(), metadata.citationKey(), metadata.publication());
            case AUTHORS -> new SourceMetadata(metadata.title(), metadata.type(),
                    v.lines().map(String::strip).filter(a -> !a.isEmpty()).toList(), metadata.date(),
                    metadata.language(), metadata.citationKey(), metadata.publication());
            case DATE -> new SourceMetadata(metadata.title(), metadata.type(), metadata.authors(), PartialDate.parse(v),
                    metadata.language(), metadata.citationKey(), metadata.publication());
            case PUBLICATION -> new SourceMetadata(metadata.title(), metadata.type(), metadata.authors(),
                    metadata.date(), metadata.language(), metadata.citationKey(), value);
            case CITATION_KEY -> metadata.withCitationKey(v);
            case LANGUAGE -> new SourceMetadata(metadata.title(), metadata.type(), metadata.authors(),
                    metadata.date(), v, metadata.citationKey(), metadata.publication());
            case PAGES -> metadata;
        };
    }

    /** A page map as {@link #PAGES} writes it; an exception saying why when it is not one. */
    static PageMap pages(String value) {
        List<PageMap.PageStart> pages = new ArrayList<>();
        for (String line : value.strip().split("\n")) {
            String[] parts = line.strip().split(" ", 2);
            try {
                pages.add(new PageMap.PageStart(parts.length < 2 ? "" : parts[1], Integer.parseInt(parts[0])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + line + "' is not a page start and label");
            }
        }
        return new PageMap(pages);
    }
}
