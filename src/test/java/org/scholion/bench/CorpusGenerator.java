package org.scholion.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.scholion.source.MetadataPatch;
import org.scholion.source.PartialDate;
import org.scholion.source.SourceType;

/**
 * The benchmark's inputs, all derived deterministically from the sample corpus: the five texts
 * rendered as multi-page PDFs (PDFBox) and as DOCX (POI), and a synthetic corpus of news-length
 * sources recombined from the corpus paragraphs with a fixed seed.
 */
final class CorpusGenerator {

    /** The seed of the synthetic corpus: the same files, byte for byte, on every run. */
    static final long SEED = 20_211_125L;

    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final float MARGIN = 60;
    private static final int LINE_CHARS = 95;

    private final Path corpus;
    private final Map<String, MetadataPatch> metadata;

    CorpusGenerator(Path corpus, Map<String, MetadataPatch> metadata) {
        this.corpus = corpus;
        this.metadata = metadata;
    }

    /** The sample corpus's text files, in the order of its metadata file. */
    List<Path> textFiles() {
        return metadata.keySet().stream().map(corpus::resolve).toList();
    }

    /** Metadata for a rendered copy of each corpus text (same title, type, date, language; origin left to the format). */
    Map<String, MetadataPatch> metadataFor(String extension) {
        Map<String, MetadataPatch> renamed = new LinkedHashMap<>();
        metadata.forEach((file, p) -> renamed.put(baseName(file) + "." + extension,
                new MetadataPatch(p.title(), p.type(), p.authors(), p.date(), p.language(), p.citationKey(),
                        p.publication(), null)));
        return renamed;
    }

    /** Each corpus text as a PDF of Letter pages, 10 pt Helvetica, lines wrapped at about 95 characters. */
    List<Path> writePdfs(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Path text : textFiles()) {
            Path file = dir.resolve(baseName(text.getFileName().toString()) + ".pdf");
            writePdf(Files.readString(text), file);
            files.add(file);
        }
        return files;
    }

    /** Each corpus text as a DOCX, one Word paragraph per paragraph of the text. */
    List<Path> writeDocx(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Path text : textFiles()) {
            Path file = dir.resolve(baseName(text.getFileName().toString()) + ".docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                for (String paragraph : paragraphs(Files.readString(text))) {
                    doc.createParagraph().createRun().setText(String.join(" ", paragraph.lines().map(String::strip).toList()));
                }
                doc.write(out);
            }
            files.add(file);
        }
        return files;
    }

    /**
     * {@code count} synthetic news-length sources (about {@code targetBytes} each) as .txt files
     * in {@code dir}, with their metadata by file name: corpus paragraphs drawn at random (fixed
     * seed) and recombined; types news/article/interview/other, years 1991-2021.
     */
    Map<String, MetadataPatch> writeSynthetic(Path dir, int count, int targetBytes) throws IOException {
        return writeSynthetic(dir, count, targetBytes, "synthetic", SEED);
    }

    /** As above, the files named {@code PREFIX-00001.txt}..., drawn with {@code seed}. */
    Map<String, MetadataPatch> writeSynthetic(Path dir, int count, int targetBytes, String prefix, long seed)
            throws IOException {
        Files.createDirectories(dir);
        List<String> pool = new ArrayList<>();
        for (Path text : textFiles()) {
            for (String paragraph : paragraphs(Files.readString(text))) {
                String joined = String.join(" ", paragraph.lines().map(String::strip).toList());
                if (joined.length() >= 120 && joined.length() <= 2_500) {
                    pool.add(joined);
                }
            }
        }
        Random random = new Random(seed);
        SourceType[] types = {SourceType.NEWS, SourceType.NEWS, SourceType.ARTICLE, SourceType.INTERVIEW, SourceType.OTHER};
        Map<String, MetadataPatch> written = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + "-%05d.txt".formatted(i);
            StringBuilder text = new StringBuilder();
            String first = pool.get(random.nextInt(pool.size()));
            String title = titleFrom(first) + " (" + i + ")";
            text.append(title).append("\n\n").append(first);
            while (text.length() < targetBytes) {
                text.append("\n\n").append(pool.get(random.nextInt(pool.size())));
            }
            text.append('\n');
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            int year = 1991 + random.nextInt(31);
            written.put(name, new MetadataPatch(title, types[random.nextInt(types.length)], List.of(),
                    PartialDate.ofYear(year), "en", null, null, null));
        }
        return written;
    }

    private static String titleFrom(String paragraph) {
        String[] words = paragraph.split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(8, words.length); i++) {
            title.append(i == 0 ? "" : " ").append(words[i]);
        }
        return title.toString().replaceAll("[\\p{Punct}&&[^'-]]+$", "");
    }

    /** Blocks of text between blank lines. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        return paragraphs;
    }

    static void writePdf(String text, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        Map<Integer, Boolean> encodable = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            String joined = String.join(" ", paragraph.lines().map(String::strip).toList());
            lines.addAll(wrap(printable(joined, font, encodable)));
            lines.add("");
        }
        PDRectangle size = PDRectangle.LETTER;
        int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
        try (PDDocument doc = new PDDocument()) {
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        if (!line.isEmpty()) {
                            content.showText(line);
                        }
                        content.newLine();
                    }
                    content.endText();
                    // a page number at the foot, as printed PDFs have
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.newLineAtOffset(size.getWidth() / 2, MARGIN / 2);
                    content.showText(Integer.toString(doc.getNumberOfPages()));
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** The text with every character Helvetica (WinAnsi) cannot show replaced by '?'. */
    private static String printable(String text, PDType1Font font, Map<Integer, Boolean> encodable) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp, c -> {
                if (Character.isISOControl(c)) {
                    return false;
                }
                try {
                    font.encode(Character.toString(c));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? Character.toString(cp) : cp == '\t' ? " " : "?");
        });
        return out.toString();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
