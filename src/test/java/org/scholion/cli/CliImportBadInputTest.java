package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.app.Main;
import org.scholion.corpus.Fixtures;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.store.ChildJvm;

/**
 * `scholion import` of a folder where good files sit among broken and hostile ones, run as the
 * researcher runs it: a separate JVM with a small heap. Each bad file costs one line on stderr
 * naming it and why; the good ones are imported; the project stays sound.
 */
class CliImportBadInputTest {

    private static final List<String> GOOD = List.of("article-miholjcic-russian-peacekeeping.txt",
            "news-kuzio-russian-peacekeepers-2021.txt", "report.pdf", "interview.docx");

    @TempDir
    Path dir;

    /** The bad files, each with the reason the import must give for it. */
    private Map<String, String> writeBadFiles(Path folder) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        Fixtures.write(folder, "empty.txt", new byte[0]);
        reasons.put("empty.txt", "the file is empty");

        Path whole = Fixtures.pdf(dir, "whole.pdf", List.of(List.of("Some text on a page.")), "T", "A");
        Fixtures.write(folder, "truncated.pdf", Arrays.copyOf(Files.readAllBytes(whole), 400));
        reasons.put("truncated.pdf", "the PDF is damaged or truncated (Page tree root must be a dictionary)");

        Fixtures.encryptedPdf(folder, "encrypted.pdf");
        reasons.put("encrypted.pdf", "the PDF is encrypted (password protected)");

        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Fixtures.write(folder, "noise.txt", noise);
        reasons.put("noise.txt", "not a text document (detected application/octet-stream)");

        byte[] good = "Миротворцы в Карабахе — Russian peacekeepers in Karabakh. ".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(good, good.length + 2);
        broken[good.length] = (byte) 0xD0;
        broken[good.length + 1] = (byte) 0x41;
        Fixtures.write(folder, "broken-utf8.txt", broken);
        reasons.put("broken-utf8.txt", "not valid UTF-8 (a malformed byte sequence at byte " + good.length + ")");

        Fixtures.zipBombDocx(folder, "bomb.docx");
        reasons.put("bomb.docx", "the file looks like a ZIP bomb (it would expand far beyond its size)");

        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<blockquote>".repeat(1_000)).append("deep").append("</blockquote>".repeat(1_000));
        Fixtures.write(folder, "nested.html", nested.append("</body></html>").toString());
        reasons.put("nested.html", "the document is nested too deeply (more than 100 levels)");

        byte[] line = "A line of a large text that is over the limit given on the command line.\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(folder.resolve("big.txt"))) {
            for (long written = 0; written < 2L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        reasons.put("big.txt", "the file is too large (2 MB; the limit is 1 MB)");
        return reasons;
    }

    private void writeGoodFiles(Path folder) throws IOException {
        for (String text : GOOD.subList(0, 2)) {
            Files.copy(TestProjects.CORPUS.resolve(text), folder.resolve(text));
        }
        Fixtures.pdf(folder, "report.pdf", List.of(List.of("Russian peacekeepers arrived in 2020."),
                List.of("The mandate runs for five years.")), "Peacekeeping in Karabakh", "Anna Petrova");
        Fixtures.docx(folder, "interview.docx", "Interview with a mediator", "Boris Ivanov",
                "The Minsk Group has lost its role.");
    }

    @Test
    void eachBadFileIsOneLineOnStderrAndEveryGoodFileIsImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files"));
        writeGoodFiles(folder);
        Map<String, String> reasons = writeBadFiles(folder);
        Path projectDir;
        try (Project project = TestProjects.emptyProject(dir)) {
            projectDir = project.info().folder();
        }

        Path work = dir.resolve("child");
        ProcessBuilder child = ChildJvm.of(work, "import", List.of("-Xmx512m"), Main.class,
                "import", projectDir.toString(), folder.toString(), "--max-file-mb", "1");
        Path stdout = work.resolve("import.stdout.txt");
        Process process = child.redirectOutput(stdout.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
            fail("the import did not end; stderr: " + ChildJvm.stderr(work, "import"));
        }
        String stderr = ChildJvm.stderr(work, "import");

        assertThat(process.exitValue()).as("stderr: %s", stderr).isEqualTo(3);
        assertThat(stderr.lines().toList()).containsExactlyInAnyOrderElementsOf(reasons.entrySet().stream()
                .map(e -> "scholion import: " + folder.resolve(e.getKey()) + ": " + e.getValue()).toList());
        assertThat(Files.readString(stdout)).contains("4 imported, 0 already in the project, 8 failed");
        try (Project project = Project.open(projectDir)) {
            assertThat(project.sources().list()).extracting(s -> s.original().fileName())
                    .containsExactlyInAnyOrderElementsOf(GOOD);
            for (Source source : project.sources().list()) {
                assertThat(project.sources().text(source.id())).isNotBlank();
            }
            assertThat(project.store().integrityCheck()).containsExactly("ok");
        }
    }

    @Test
    void whenEveryFileFailsTheExitCodeIsOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Fixtures.write(folder, "empty.txt", new byte[0]);
        Fixtures.encryptedPdf(folder, "encrypted.pdf");
        Path projectDir;
        try (Project project = TestProjects.emptyProject(dir)) {
            projectDir = project.info().folder();
        }

        Cli run = Cli.run("import", projectDir.toString(), folder.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "scholion import: " + folder.resolve("empty.txt") + ": the file is empty",
                "scholion import: " + folder.resolve("encrypted.pdf") + ": the PDF is encrypted (password protected)");
        assertThat(run.outLines()).containsExactly("0 imported, 0 already in the project, 2 failed");
        try (Project project = Project.open(projectDir)) {
            assertThat(project.sources().list()).isEmpty();
        }
    }
}
