package org.scholion.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files end in one precise line, never in a crash, a hang or a full heap. */
class BadInputTest {

    private static final TikaDocumentExtractor EXTRACTOR = new TikaDocumentExtractor();

    @TempDir
    Path dir;

    private static String failure(Path file, ExtractionOptions options, CancellationSignal cancel) {
        try {
            EXTRACTOR.extract(file, options, cancel);
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.getFileName() + ": ");
            assertThat(e.file()).isEqualTo(file);
            return e.getMessage();
        }
        throw new AssertionError(file + " was extracted, but should have been refused");
    }

    private static String failure(Path file) {
        return failure(file, ExtractionOptions.defaults(), CancellationSignal.NONE);
    }

    @Test
    void zeroByteFile() throws Exception {
        assertThat(failure(Fixtures.write(dir, "empty.pdf", new byte[0]))).isEqualTo("empty.pdf: the file is empty");
    }

    @Test
    void missingFile() {
        assertThat(failure(dir.resolve("gone.pdf"))).isEqualTo("gone.pdf: no such file");
    }

    @Test
    void truncatedPdf() throws Exception {
        Path whole = Fixtures.pdf(dir, "whole.pdf", List.of(List.of("Some text on a page.")), "T", "A");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Fixtures.write(dir, "truncated.pdf", java.util.Arrays.copyOf(bytes, 400));

        // Cut inside its objects, before the page tree: PDFBox's repair finds no pages to read.
        assertThat(bytes).hasSizeGreaterThan(800);
        assertThat(failure(truncated))
                .isEqualTo("truncated.pdf: the PDF is damaged or truncated (Page tree root must be a dictionary)");
    }

    @Test
    void encryptedPdf() throws Exception {
        assertThat(failure(Fixtures.encryptedPdf(dir, "report.pdf")))
                .isEqualTo("report.pdf: the PDF is encrypted (password protected)");
    }

    @Test
    void binaryFileNamedTxt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(failure(Fixtures.write(dir, "fake.txt", noise)))
                .isEqualTo("fake.txt: not a text document (detected application/octet-stream)");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] good = "Миротворцы в Карабахе — Russian peacekeepers in Karabakh. ".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xD0; // a lead byte
        bad[good.length + 1] = (byte) 0x41; // not followed by a continuation byte
        assertThat(failure(Fixtures.write(dir, "broken.txt", bad)))
                .isEqualTo("broken.txt: not valid UTF-8 (a malformed byte sequence at byte " + good.length + ")");
    }

    @Test
    void zipBombDisguisedAsDocx() throws Exception {
        assertThat(failure(Fixtures.zipBombDocx(dir, "bomb.docx")))
                .isEqualTo("bomb.docx: the file looks like a ZIP bomb (it would expand far beyond its size)");
    }

    @Test
    void veryLargeTextIsRefusedBySizeBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "A line of a very large text file that nobody should read into memory.\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 200L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(failure(big)).isEqualTo("big.txt: the file is too large (200 MB; the limit is 100 MB)");
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws Exception {
        Path file = Fixtures.write(dir, "long.txt", "word ".repeat(10_000));
        assertThat(failure(file, ExtractionOptions.defaults().withMaxCharacters(1_000), CancellationSignal.NONE))
                .isEqualTo("long.txt: the text is longer than the limit of 1,000 characters");
    }

    private Path nestedHtml(String name, String tag, int depth) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            byte[] open = ("<" + tag + ">").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < depth; i++) {
                out.write(open);
            }
            out.write("deep".getBytes(StandardCharsets.US_ASCII));
            byte[] close = ("</" + tag + ">").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < depth; i++) {
                out.write(close);
            }
            out.write("</body></html>".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** Tika's HTML parser does not pass <div> elements on: any depth of them is flat text. */
    @Test
    void deeplyNestedDivsAreFlattenedAndTheirTextComesOut() throws Exception {
        Path file = nestedHtml("divs.html", "div", 10_000);
        assertThat(EXTRACTOR.extract(file, ExtractionOptions.defaults(), CancellationSignal.NONE).text()).isEqualTo("deep");
    }

    /** Nested quotations are passed on, and Tika's guard stops them at 100 levels. */
    @Test
    void deeplyNestedBlockquotesAreRefusedAsTooDeep() throws Exception {
        Path file = nestedHtml("nested.html", "blockquote", 1_000);
        assertThat(failure(file)).isEqualTo("nested.html: the document is nested too deeply (more than 100 levels)");
    }

    @Test
    void cancelledBeforeStart() throws Exception {
        CancellationSignal.Flag flag = CancellationSignal.flag();
        flag.cancel();
        Path file = Fixtures.write(dir, "a.txt", "Some text.");
        assertThat(failure(file, ExtractionOptions.defaults(), flag)).isEqualTo("a.txt: extraction cancelled");
    }

    @Test
    void cancelledWhileParsing() throws Exception {
        Path file = Fixtures.pdf(dir, "long.pdf", List.of(List.of("One."), List.of("Two."), List.of("Three.")), "T", "A");
        AtomicInteger asked = new AtomicInteger();
        // Not cancelled for the first checks (before the parse starts), then cancelled: the parse stops.
        CancellationSignal cancelsLater = () -> asked.incrementAndGet() > 2;
        assertThat(failure(file, ExtractionOptions.defaults(), cancelsLater)).isEqualTo("long.pdf: extraction cancelled");
    }

    /**
     * A parser stuck in a file: the worker thread blocks in its first check of the signal until it
     * is interrupted, which only abandoning it does. So the parse cannot finish before the limit,
     * whatever the machine's speed, and the worker must be stopped afterwards.
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards against a hang only
    void parseOverTheTimeLimitIsAbandonedAndItsWorkerStopped() throws Exception {
        Path file = Fixtures.write(dir, "stuck.txt", "Some text that the parser never gets through.");
        Thread caller = Thread.currentThread();
        CountDownLatch neverOpened = new CountDownLatch(1);
        CountDownLatch workerStopped = new CountDownLatch(1);
        CancellationSignal stuckInTheWorker = () -> {
            if (Thread.currentThread() == caller) {
                return false;
            }
            try {
                neverOpened.await();
            } catch (InterruptedException interrupted) {
                workerStopped.countDown();
                Thread.currentThread().interrupt();
            }
            return true;
        };

        assertThat(failure(file, ExtractionOptions.defaults().withMaxParseTime(Duration.ofMillis(200)), stuckInTheWorker))
                .isEqualTo("stuck.txt: reading took longer than the limit of 200 ms");
        workerStopped.await(); // returns once abandoning the parse has interrupted the worker
        assertThat(workerStopped.getCount()).as("the abandoned worker was stopped").isZero();
    }
}
