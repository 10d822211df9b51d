package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodePath;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;

/** `scholion merge`: a colleague's copy of the project merged in words and as JSON, undone, and refused. */
class CliMergeTest {

    @TempDir
    Path dir;

    private Path colleaguesCopy() {
        try (Project theirs = SampleCorpus.imported(dir.resolve("theirs"))) {
            var kuzio = theirs.sources().list().stream()
                    .filter(s -> s.original() != null && s.original().fileName().equals(SampleCorpus.KUZIO))
                    .findFirst().orElseThrow();
            theirs.codings().code(kuzio.id(), TestProjects.spanOf(theirs, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    TestProjects.code(theirs, TestProjects.PEACEKEEPING).id(), "xavier", "control");
            return theirs.info().folder();
        }
    }

    private Path mine() {
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            return mine.info().folder();
        }
    }

    @Test
    void aColleaguesCopyIsMergedAndReportedInWords() {
        Path theirs = colleaguesCopy();
        Path mine = mine();

        Cli cli = Cli.run("merge", mine.toString(), theirs.toString(), "--as-coder", "ben");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines()).startsWith("Merged " + theirs + " as coder 'ben'",
                "codings there by 'xavier' (1)",
                "1 coding merged, 0 duplicates skipped (already coded so by 'ben')",
                "5 sources matched by text:");
        assertThat(cli.outLines()).contains("1 code matched: '" + TestProjects.PEACEKEEPING + "'", "0 codes created");
        try (Project project = Project.open(mine)) {
            assertThat(project.codings().list(new CodingFilter(Set.of(), Set.of(), "ben"))).singleElement()
                    .satisfies(c -> {
                        assertThat(c.memo()).isEqualTo("control");
                        assertThat(c.anchor().quote()).isEqualTo(TestProjects.PEACEKEEPERS_PASSAGE);
                        assertThat(project.codebook().snapshot().pathOf(c.code()))
                                .isEqualTo(CodePath.parse(TestProjects.PEACEKEEPING));
                    });
        }

        Cli undo = Cli.run("undo", mine.toString());
        assertThat(undo.out()).contains("merged 1 coding from '" + theirs + "' as coder 'ben'");
        try (Project project = Project.open(mine)) {
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        }
    }

    @Test
    void theJsonReportCountsDuplicatesOnTheSecondMerge() {
        Path theirs = colleaguesCopy();
        Path mine = mine();
        assertThat(Cli.run("merge", mine.toString(), theirs.toString(), "--as-coder", "ben").exit()).isZero();

        Cli again = Cli.run("merge", mine.toString(), theirs.toString(), "--as-coder", "ben", "--json");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"coder\": \"ben\"", "\"merged\": 0", "\"duplicates\": 1",
                "\"unmatchedSources\": []", "\"positionCounting\": null", "\"xavier\": 1", "\"onlyBy\": null");
    }

    @Test
    void aMissingCoderNameAndAMergeIntoItselfAreRefusedInOneLine() throws Exception {
        Path mine = mine();
        Cli noCoder = Cli.run("merge", mine.toString(), mine.toString());
        assertThat(noCoder.exit()).isEqualTo(2);
        assertThat(noCoder.errLines().getFirst()).contains("--as-coder");

        Cli itself = Cli.run("merge", mine.toString(), mine.toString(), "--as-coder", "ben");
        assertThat(itself.exit()).isEqualTo(1);
        assertThat(itself.errLines()).singleElement().asString()
                .isEqualTo("scholion merge: cannot merge " + mine + ": it is this project; merge another copy of it");

        Path junk = Files.writeString(dir.resolve("junk.qdpx"), "no archive");
        Cli broken = Cli.run("merge", mine.toString(), junk.toString(), "--as-coder", "ben");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.errLines()).singleElement().asString().startsWith("scholion merge: cannot merge " + junk + ": ");
    }
}
