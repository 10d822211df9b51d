package org.scholion.corpus;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The formats Scholion reads, and which default normalisation each gets. */
final class Formats {

    static final MediaType PDF = MediaType.application("pdf");
    private static final Set<MediaType> HTML = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));
    private static final Set<MediaType> OFFICE = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("rtf"),
            MediaType.application("epub+zip"));
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "csv", "log");

    private final MediaTypeRegistry registry;

    Formats(MediaTypeRegistry registry) {
        this.registry = registry;
    }

    boolean isPdf(MediaType type) {
        return type.getBaseType().equals(PDF);
    }

    boolean isHtml(MediaType type) {
        return HTML.contains(type.getBaseType());
    }

    /** Plain text and its kin (Markdown, CSV), but not HTML, which Tika also files under text. */
    boolean isPlainText(MediaType type) {
        return !isHtml(type) && registry.isInstanceOf(type.getBaseType(), MediaType.TEXT_PLAIN);
    }

    boolean isSupported(MediaType type) {
        return isPdf(type) || isHtml(type) || isPlainText(type) || OFFICE.contains(type.getBaseType());
    }

    /** Whether the file's name promises plain text, so a mismatch is reported as "not a text document". */
    static boolean namedAsText(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && TEXT_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
