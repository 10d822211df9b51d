package org.scholion.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.scholion.export.CitationStyle;
import org.scholion.export.CodedSample;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportOptions;

/**
 * What a user gets from the Word export, as pictures for docs/export-sample: the sample project
 * with the study codebook's example passages coded (and Kuzio's sentence, and a Russian interview
 * on pages 12–13), exported as DOCX with inline citations and with footnotes, each converted to PDF
 * by LibreOffice, and the first page and the appendix page rendered to PNG with PDFBox. A program,
 * not a test (the suite must not need LibreOffice); docs/export-sample/make-sample.sh runs it.
 *
 * <pre>ExportSample OUTPUT_FOLDER</pre>
 */
public final class ExportSample {

    private static final int DPI = 80;

    private ExportSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/export-sample");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("export-sample");
        CodedSample sample = CodedSample.create(work);
        ExportContent content = sample.project().exports().content(ExcerptSelection.ALL);
        sample.project().close();
        System.out.printf("%d excerpts, %d codes%n", content.excerpts().size(), content.codebook().size());
        List<Path> pngs = new ArrayList<>();
        pngs.addAll(export(content, ExportOptions.DEFAULT, work.resolve("sample-inline.docx"), out, "inline"));
        pngs.addAll(export(content, ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE),
                work.resolve("sample-footnotes.docx"), out, "footnotes"));
        pngs.forEach(p -> System.out.println("wrote " + p));
    }

    private static List<Path> export(ExportContent content, ExportOptions options, Path docx, Path out, String name)
            throws IOException, InterruptedException {
        try (OutputStream stream = Files.newOutputStream(docx)) {
            new DocxWriter().write(content, options, stream);
        }
        Path pdf = toPdf(docx);
        List<Path> written = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            written.add(render(renderer, 0, out.resolve(name + "-page1.png")));
            int appendix = pageWith(document, "Appendix: Codebook");
            if (appendix >= 0 && options.citationStyle() == CitationStyle.INLINE) {
                written.add(render(renderer, appendix, out.resolve(name + "-appendix.png")));
            }
            System.out.printf("%s: %d pages%n", name, document.getNumberOfPages());
        }
        return written;
    }

    /** LibreOffice's own converter, as a user opening the file would see it. */
    private static Path toPdf(Path docx) throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                docx.getParent().toString(), docx.toString()).inheritIO().start();
        if (!soffice.waitFor(180, TimeUnit.SECONDS) || soffice.exitValue() != 0) {
            soffice.destroy();
            throw new IOException("LibreOffice could not convert " + docx);
        }
        String name = docx.getFileName().toString();
        Path pdf = docx.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.exists(pdf)) {
            throw new IOException("LibreOffice wrote no " + pdf);
        }
        return pdf;
    }

    private static int pageWith(PDDocument document, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        return -1;
    }

    private static Path render(PDFRenderer renderer, int page, Path png) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, DPI);
        File file = png.toFile();
        ImageIO.write(image, "png", file);
        return png;
    }
}
