package org.scholion.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * The files a project names, taken from its archive and unpacked into the work folder the caller
 * gave (which the importer deletes afterwards): each under a name made here from the entry's last
 * path segment, never from its path, so nothing can land outside that folder.
 *
 * <p>Paths are resolved as REFI-QDA writes them: {@code internal://name} against the sources
 * folder (in any case); a bare relative name (qc writes "board_2017.txt") the same way, told in a
 * warning. {@code relative://}, {@code absolute://}, {@code file://} and absolute paths point
 * outside the archive: they are never opened, only listed as unavailable.
 */
final class ArchiveFiles implements SourceFiles {

    private final QdpxArchive archive;
    private final Path folder;
    private final ReadWarnings warnings;
    private final Map<String, Path> byWrittenPath = new LinkedHashMap<>();
    private final Map<String, Path> byEntry = new HashMap<>();
    private final Map<Path, String> entryOf = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<Path> written = new ArrayList<>();
    private final List<String> unavailable = new ArrayList<>();

    ArchiveFiles(QdpxArchive archive, Path folder, ReadWarnings warnings) {
        this.archive = archive;
        this.folder = folder;
        this.warnings = warnings;
    }

    @Override
    public Optional<String> plainText(String path, String owner) throws ExchangeException {
        Optional<Path> file = unpack(path, owner);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(file.get(), archive.limits().maxTextChars());
            if (!decoded.note().isEmpty()) {
                warnings.add(owner, path.strip() + " is " + decoded.note());
            }
            return Optional.of(decoded.text());
        } catch (PlainTextDecoder.TextTooLongException e) {
            throw new ExchangeException(archive.file(), entryOf.get(file.get()), e.getMessage(), e);
        } catch (IOException e) {
            throw new ExchangeException(archive.file(), entryOf.get(file.get()), "cannot be read from the work folder ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean richText(String path, String owner) throws ExchangeException {
        return unpack(path, owner).isPresent();
    }

    /** The unpacked files by the path the project XML wrote for them. */
    Map<String, Path> files() {
        return Map.copyOf(byWrittenPath);
    }

    /** One line per path that was not read: who named it, the path, why. */
    List<String> unavailable() {
        return List.copyOf(unavailable);
    }

    /** Removes what was unpacked, after a failure: a refused archive leaves nothing behind. */
    void deleteUnpacked() {
        for (Path file : written.reversed()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the importer deletes the whole work folder in any case
            }
        }
    }

    private Optional<Path> unpack(String path, String owner) throws ExchangeException {
        String key = path.strip();
        Path known = byWrittenPath.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ZipEntry> entry = resolve(key, owner);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Path file = byEntry.get(entry.get().getName());
        if (file == null) {
            file = folder.resolve(uniqueName(entry.get().getName()));
            if (!file.normalize().startsWith(folder.normalize())) {
                throw new IllegalStateException("an unpacked name left the work folder: " + file);
            }
            written.add(file);
            archive.copy(entry.get(), file);
            byEntry.put(entry.get().getName(), file);
            entryOf.put(file, entry.get().getName());
        }
        byWrittenPath.put(key, file);
        return Optional.of(file);
    }

    private Optional<ZipEntry> resolve(String path, String owner) {
        int scheme = path.indexOf("://");
        if (scheme > 0) {
            String name = path.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!name.equals("internal")) {
                return notAvailable(owner, path, "points outside the archive (" + name + "://); not read");
            }
            return inside(path.substring(scheme + 3), owner, path);
        }
        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/") || (slashed.length() > 1 && slashed.charAt(1) == ':')) {
            return notAvailable(owner, path, "is an absolute path outside the archive; not read");
        }
        Optional<ZipEntry> entry = inside(path, owner, path);
        entry.ifPresent(found -> warnings.once("bare path", owner, "path '" + path + "' has no internal:// scheme;"
                + " read from the archive's " + found.getName() + " (told once for all such paths)"));
        return entry;
    }

    private Optional<ZipEntry> inside(String relative, String owner, String written) {
        String name = relative.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.isEmpty() || QdpxArchive.escapes(name) != null) {
            return notAvailable(owner, written, "leaves the archive; not read");
        }
        Optional<ZipEntry> entry = archive.inSources(name).or(() -> archive.at(relative.replace('\\', '/')));
        if (entry.isEmpty()) {
            return notAvailable(owner, written, "is not in the archive");
        }
        return entry;
    }

    private Optional<ZipEntry> notAvailable(String owner, String written, String why) {
        unavailable.add(owner + ": " + written + " " + why);
        return Optional.empty();
    }

    /** The entry's file name, reduced to safe characters, made unique in the work folder, extension kept. */
    private String uniqueName(String entryName) {
        String last = entryName.substring(entryName.lastIndexOf('/') + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (safe.isEmpty()) {
            safe = "entry";
        }
        if (safe.length() > 120) {
            safe = safe.substring(safe.length() - 120);
        }
        String name = safe;
        for (int n = 2; !usedNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = n + "-" + safe;
        }
        return name;
    }
}
