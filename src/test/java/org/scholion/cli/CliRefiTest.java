package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;

/** `qdpx import|export` and `qdc import|export` on real files: a sample another tool wrote, Scholion's own, and a bad one. */
class CliRefiTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = CliRefiTest.class.getResourceAsStream("/refi-qda/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aQualCoderStyleProjectImportsWithItsReport() throws IOException {
        Cli cli = Cli.run("qdpx", "import", sample("qualitative-coding-demo.qdpx").toString(), dir.resolve("qc").toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().get(1)).startsWith("imported 1 coder, 262 codes, 2 sources, 205 codings");
        assertThat(cli.outLines()).contains("- a source without a name (33663939-3636-3632-3038-613431643463) is titled 'board_2017'");
        try (Project project = Project.open(dir.resolve("qc.scholion"))) {
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(205);
            assertThat(project.search().search("curriculum", 10, org.scholion.index.HitOrder.SOURCE).totalMatches()).isPositive();
        }
    }

    @Test
    void projectAndCodebookGoOutAndComeBack() throws IOException {
        try (Project project = SampleCorpus.imported(dir)) {
            assertThat(project.sources().list()).hasSize(5);
        }
        String study = dir.resolve("study").toString();
        Path qdpx = dir.resolve("study.qdpx");
        Cli export = Cli.run("qdpx", "export", study, qdpx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.outLines()).singleElement().asString().startsWith("Wrote " + qdpx + ": ").contains("5 sources");
        Cli again = Cli.run("qdpx", "export", study, qdpx.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString().contains("exists; use --force");

        Cli imported = Cli.run("qdpx", "import", qdpx.toString(), dir.resolve("copy").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        try (Project original = Project.open(dir.resolve("study.scholion"));
             Project copy = Project.open(dir.resolve("copy.scholion"))) {
            assertThat(copy.sources().list()).extracting(s -> copy.sources().text(s.id()))
                    .containsExactlyElementsOf(original.sources().list().stream().map(s -> original.sources().text(s.id())).toList());
            assertThat(copy.codebook().snapshot().size()).isEqualTo(original.codebook().snapshot().size());
        }

        Path qdc = dir.resolve("study.qdc");
        assertThat(Cli.run("qdc", "export", study, qdc.toString()).exit()).isZero();
        assertThat(Cli.run("new", dir.resolve("empty").toString()).exit()).isZero();
        Cli codebook = Cli.run("qdc", "import", dir.resolve("empty").toString(), qdc.toString());
        assertThat(codebook.exit()).as(codebook.err()).isZero();
        try (Project empty = Project.open(dir.resolve("empty.scholion"))) {
            assertThat(empty.codebook().snapshot().size()).isPositive();
        }
    }

    @Test
    void aFileThatIsNoProjectIsOneLineAndLeavesNothing() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.qdpx"), "just some notes, not an archive");
        Cli cli = Cli.run("qdpx", "import", notZip.toString(), dir.resolve("broken").toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.errLines()).singleElement().asString().startsWith("scholion qdpx import: ").contains("notes.qdpx");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("notes.qdpx");
        }
    }
}
