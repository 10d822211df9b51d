package org.scholion.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link QdaProject} as a REFI-QDA project archive (.qdpx): a ZIP holding
 * {@code project.qde} at its root and, under {@code sources/} (lower case), each text source's
 * text as {@code <guid>.txt} in UTF-8 without a byte-order mark, the file its plainTextPath names.
 * The archive is written beside the target and moved over it when complete, so a failed export
 * leaves no half-written file and never damages the file it was to replace.
 */
public final class QdpxWriter {

    public static final String PROJECT_ENTRY = "project.qde";

    private final QdeWriter qde = new QdeWriter();

    public WriteReport write(QdaProject project, Path target) throws IOException {
        return AtomicWrite.write(target, out -> write(project, out));
    }

    private WriteReport write(QdaProject project, OutputStream out) throws IOException {
        XmlSafeText safe = new XmlSafeText();
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(buffered);
        zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
        WriteReport report = qde.write(project, zip, safe);
        zip.closeEntry();
        for (QdaSource source : project.sources()) {
            zip.putNextEntry(new ZipEntry(WrittenSourceFiles.entryName(source.guid())));
            zip.write(WrittenSourceFiles.bytes(source.plainText(), safe));
            zip.closeEntry();
        }
        zip.finish();
        buffered.flush();
        return new WriteReport(report.codes(), report.sources(), report.notes(), safe.replaced());
    }
}
