package org.scholion.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An untrusted .qdpx opened for reading: every entry's name is checked before anything is
 * inflated (no absolute path, no '..': zip slip), the number of entries is bounded, and every
 * read is watched by an {@link InflationBudget}. Entries are found case-insensitively, as tools
 * spell "sources" in either case.
 *
 * <p>The JDK's ZipFile (the central directory) rather than a ZipInputStream (the local headers):
 * it reads the stored entries some tools write with a data descriptor, which ZipInputStream
 * cannot, and it opens only the entries the project names; unnamed ones are never inflated.
 */
final class QdpxArchive implements Closeable {

    static final String SOURCES = "sources";

    private final Path file;
    private final ZipFile zip;
    private final ReadLimits limits;
    private final InflationBudget budget;
    private final Map<String, ZipEntry> byName = new LinkedHashMap<>();
    private final long archiveBytes;

    private QdpxArchive(Path file, ZipFile zip, ReadLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.budget = new InflationBudget(file, limits);
        this.archiveBytes = file.toFile().length();
    }

    static QdpxArchive open(Path file, ReadLimits limits) throws ExchangeException {
        ZipFile zip = openZip(file);
        QdpxArchive archive = new QdpxArchive(file, zip, limits);
        try {
            archive.index();
            return archive;
        } catch (ExchangeException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static ZipFile openZip(Path file) throws ExchangeException {
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(file, "", Files.exists(file) ? "not a file" : "no such file");
        }
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ExchangeException(file, "", "not a ZIP archive, or a damaged one (" + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExchangeException(file, "", "not allowed to read it", e);
        } catch (IOException e) {
            throw new ExchangeException(file, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void index() throws ExchangeException {
        if (zip.size() > limits.maxEntries()) {
            throw new ExchangeException(file, "", "the archive lists " + zip.size() + " entries, over the limit of "
                    + limits.maxEntries());
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        try {
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                String problem = escapes(name);
                if (problem != null) {
                    throw new ExchangeException(file, entry.getName(), problem + ": the entry would be written outside"
                            + " the folder it is unpacked to (zip slip); the archive is refused");
                }
                if (!entry.isDirectory()) {
                    byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the JDK reports a malformed central directory entry (e.g. a bad name encoding) this way
            throw new ExchangeException(file, "", "a damaged ZIP archive (" + e.getMessage() + ")", e);
        }
    }

    /** Why an entry name would escape the folder it is unpacked to, or null when it stays inside. */
    static String escapes(String name) {
        if (name.isEmpty()) {
            return "an entry without a name";
        }
        if (name.indexOf('\0') >= 0) {
            return "a NUL character in its path";
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "an absolute path";
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return "a '..' in its path";
            }
        }
        return null;
    }

    /** The project XML: project.qde at the top level, else the single .qde file there, whatever its name. */
    ZipEntry project() throws ExchangeException {
        ZipEntry standard = byName.get("project.qde");
        if (standard != null) {
            return standard;
        }
        List<ZipEntry> others = new ArrayList<>();
        for (Map.Entry<String, ZipEntry> entry : byName.entrySet()) {
            if (entry.getKey().endsWith(".qde") && entry.getKey().indexOf('/') < 0) {
                others.add(entry.getValue());
            }
        }
        if (others.size() == 1) {
            return others.getFirst();
        }
        if (others.isEmpty()) {
            throw new ExchangeException(file, "", "no project.qde (nor any .qde file) at the top of the archive:"
                    + " not a REFI-QDA project");
        }
        throw new ExchangeException(file, "", "several .qde files at the top of the archive ("
                + String.join(", ", others.stream().map(ZipEntry::getName).toList()) + ") and none is project.qde");
    }

    /** An entry under the sources folder, spelled in any case: "sources/x.txt", "Sources/X.TXT". */
    Optional<ZipEntry> inSources(String relative) {
        return at(SOURCES + "/" + relative);
    }

    /** An entry by its path from the top of the archive, in any case. */
    Optional<ZipEntry> at(String path) {
        return Optional.ofNullable(byName.get(path.replace('\\', '/').toLowerCase(Locale.ROOT)));
    }

    /** The entry's inflated bytes, watched by the archive's budget; the caller closes the stream. */
    InputStream open(ZipEntry entry) throws ExchangeException {
        if (entry.getSize() > limits.maxEntryBytes()) {
            // a refusal on the header's word costs nothing; an acceptance never relies on it
            throw new ExchangeException(file, entry.getName(), "declares " + entry.getSize()
                    + " bytes, over the limit of " + limits.maxEntryBytes() + " for one entry");
        }
        try {
            // a compressed size claimed past the archive's own size cannot loosen the ratio bound
            long compressed = Math.min(entry.getCompressedSize(), archiveBytes);
            return budget.watch(entry.getName(), zip.getInputStream(entry), compressed);
        } catch (IOException e) {
            throw damaged(entry, e);
        }
    }

    /** Copies an entry into a new file {@code target}, within every limit. */
    void copy(ZipEntry entry, Path target) throws ExchangeException {
        try (InputStream in = open(entry); OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = read(entry, in, buffer); n >= 0; n = read(entry, in, buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ExchangeException(file, entry.getName(), "cannot be unpacked to " + target.getParent()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private int read(ZipEntry entry, InputStream in, byte[] buffer) throws ExchangeException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw damaged(entry, e);
        }
    }

    ExchangeException damaged(ZipEntry entry, IOException e) {
        if (e instanceof EntryLimitException limit) {
            return limit.problem();
        }
        return new ExchangeException(file, entry.getName(), "the entry is damaged (" + e.getMessage() + ")", e);
    }

    Path file() {
        return file;
    }

    ReadLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
