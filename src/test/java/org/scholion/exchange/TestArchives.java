package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the hand-made .qdpx files the exchange tests read: well-made, quirky and hostile. */
final class TestArchives {

    static final String NAMESPACE_1 = "urn:QDA-XML:project:1.0";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>();

    static TestArchives qdpx() {
        return new TestArchives();
    }

    /** A project XML in the 1.0 namespace with {@code body} inside its Project element. */
    static String project(String body) {
        return projectIn(NAMESPACE_1, body);
    }

    /** A project XML in a given namespace ("" for none). */
    static String projectIn(String namespace, String body) {
        String xmlns = namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project" + xmlns
                + " name=\"Test project\" origin=\"Scholion tests\">" + body + "</Project>";
    }

    /** One text source whose text is in the archive at {@code path}. */
    static String textSource(String guid, String name, String path) {
        return "<Sources><TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"" + path
                + "\"/></Sources>";
    }

    TestArchives projectXml(String xml) {
        return entry("project.qde", xml);
    }

    TestArchives entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TestArchives entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        stored.put(name, false);
        return this;
    }

    /** An entry written uncompressed, as NVivo writes its entries. */
    TestArchives storedEntry(String name, byte[] bytes) {
        entries.put(name, bytes);
        stored.put(name, true);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (stored.get(entry.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCompressedSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * Rewrites every central-directory record of a ZIP to declare {@code size} inflated bytes: a
     * zip bomb's lie, which a reader must not believe.
     */
    static void declareSizes(Path zip, int size) throws IOException {
        patchCentralDirectory(zip, 24, size);
    }

    /** Rewrites every central-directory record to declare {@code size} compressed bytes. */
    static void declareCompressedSizes(Path zip, int size) throws IOException {
        patchCentralDirectory(zip, 20, size);
    }

    private static void patchCentralDirectory(Path zip, int field, int value) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + field, value);
                patched++;
            }
        }
        assertThat(patched).isPositive();
        Files.write(zip, bytes);
    }

    /** Text that compresses about a thousandfold. */
    static byte[] compressible(int bytes) {
        byte[] text = new byte[bytes];
        java.util.Arrays.fill(text, (byte) 'a');
        return text;
    }

    /** Letters in no pattern, which deflate shrinks by less than half. */
    static byte[] incompressible(int bytes, long seed) {
        java.util.Random random = new java.util.Random(seed);
        byte[] text = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        return text;
    }
}
