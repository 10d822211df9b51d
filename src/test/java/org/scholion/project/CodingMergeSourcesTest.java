package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.QuirkArchives;
import org.scholion.source.PageMap;

/**
 * Merges from the other kinds of second coder: the three-coder sample project, a QDPX file as
 * another tool writes it (byte-order mark, CRLF line ends, a character outside the BMP), a
 * codebook whose code differs only in case, and hostile or broken files, which change nothing.
 */
class CodingMergeSourcesTest {

    @TempDir
    Path dir;

    @Test
    void everyCodingOfTheCodedSampleArrivesOnceUnderTheNewName() {
        Path coded;
        Set<List<Object>> distinct = new HashSet<>();
        int total;
        try (Project sample = CodedSample.coded(dir.resolve("coded"))) {
            coded = sample.info().folder();
            List<Coding> all = sample.codings().list(CodingFilter.ALL);
            total = all.size();
            for (Coding c : all) {
                // ana and ben sometimes code the same passage with the same code: the same coding for "second"
                distinct.add(List.of(sample.sources().get(c.source()).textSha256(), c.span(),
                        sample.codebook().snapshot().pathOf(c.code()).toString()));
            }
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            MergeReport report = mine.merges().fromProject(coded, "second");

            assertThat(report.merged()).isEqualTo(distinct.size());
            assertThat(report.merged() + report.duplicates()).isEqualTo(total);
            assertThat(report.createdCodes()).isEmpty();
            assertThat(report.unmatchedSources()).isEmpty();
            Set<List<Object>> here = new HashSet<>();
            for (Coding c : mine.codings().list(new CodingFilter(Set.of(), Set.of(), "second"))) {
                here.add(List.of(mine.sources().get(c.source()).textSha256(), c.span(),
                        mine.codebook().snapshot().pathOf(c.code()).toString()));
            }
            assertThat(here).isEqualTo(distinct);
        }
    }

    @Test
    void onlyTheCodingsOfOneCoderThereAreMergedWhenAsked() {
        Path coded;
        java.util.Map<String, Integer> byCoder = new java.util.HashMap<>();
        try (Project sample = CodedSample.coded(dir.resolve("coded"))) {
            coded = sample.info().folder();
            sample.codings().list(CodingFilter.ALL).forEach(c -> byCoder.merge(c.coder().name(), 1, Integer::sum));
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            MergeReport report = mine.merges().from(coded, "second", "ANA", CancellationSignal.NONE);

            assertThat(report.otherCoders()).isEqualTo(byCoder);
            assertThat(report.onlyBy()).isEqualTo("ANA");
            assertThat(report.merged()).isEqualTo(byCoder.get(CodedSample.ANA));
            assertThat(report.lines().get(1)).endsWith("; only those by 'ANA' merged");
            assertThat(mine.codings().list(new CodingFilter(Set.of(), Set.of(), "second"))).hasSize(report.merged());

            TestProjects.State before = TestProjects.State.of(mine);
            assertThatThrownBy(() -> mine.merges().from(coded, "third", "zed", CancellationSignal.NONE))
                    .isInstanceOf(CodingMergeException.class)
                    .hasMessageContaining("it has no codings by 'zed' (its codings are by ")
                    .hasMessageContaining("'ana'").hasMessageContaining("'ben'").hasMessageContaining("'cleo'");
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
        }
    }

    @Test
    void aMergeCancelledHalfWayThroughItsWritingLeavesNothingBehind() {
        Path coded;
        try (Project sample = CodedSample.coded(dir.resolve("coded"))) {
            coded = sample.info().folder();
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            int[] looks = {0};
            // the first look is before writing, the second at the first coding: the third comes hundreds of codings in
            org.scholion.corpus.CancellationSignal cancelOnThirdLook = () -> ++looks[0] >= 3;

            assertThatThrownBy(() -> mine.merges().from(coded, "second", cancelOnThirdLook))
                    .isInstanceOf(CodingMergeException.class).hasMessageEndingWith("was cancelled; nothing was changed");

            assertThat(looks[0]).isEqualTo(3);
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
            assertThat(mine.coders()).noneMatch(c -> c.name().equals("second"));
        }
    }

    @Test
    void aForeignQdpxLandsWhereItsOwnImportPutTheCodings() throws Exception {
        Path qdpx = QuirkArchives.bomAndCrlf(dir);
        QdaImport.Imported imported = RefiFiles.importProject(qdpx, dir.resolve("imported"), "tester",
                CancellationSignal.NONE);
        try (Project project = Project.open(imported.project())) {
            Coding ana = TestProjects.onlyCoding(project);

            MergeReport report = project.merges().fromQdpx(qdpx, "ben");

            assertThat(report.merged()).isEqualTo(1);
            assertThat(report.matchedCodes()).containsExactly("Border security");
            assertThat(report.createdCodes()).isEmpty();
            assertThat(report.counting()).isNotBlank();
            Coding ben = project.codings().list(new CodingFilter(Set.of(), Set.of(), "ben")).getFirst();
            assertThat(ben.span()).isEqualTo(ana.span());
            assertThat(ben.code()).isEqualTo(ana.code());
            assertThat(ben.anchor().quote()).isEqualTo("Second line").isEqualTo(ana.anchor().quote());

            assertThat(project.merges().fromQdpx(qdpx, "ben").duplicates()).isEqualTo(1);
        }
    }

    @Test
    void aQualCoderProjectMergesOntoTheCodingsItsImportMade() throws Exception {
        Path qdpx = dir.resolve("qualitative-coding-demo.qdpx");
        try (var in = getClass().getResourceAsStream("/refi-qda/samples/qualitative-coding-demo.qdpx")) {
            Files.copy(in, qdpx);
        }
        QdaImport.Imported imported = RefiFiles.importProject(qdpx, dir.resolve("qc"), "tester", CancellationSignal.NONE);
        try (Project project = Project.open(imported.project())) {
            Set<List<Object>> importedCodings = new HashSet<>();
            for (Coding c : project.codings().list(CodingFilter.ALL)) {
                importedCodings.add(List.of(c.source(), c.span(), c.code()));
            }

            MergeReport report = project.merges().fromQdpx(qdpx, "ben");

            assertThat(report.unmatchedSources()).isEmpty();
            assertThat(report.createdCodes()).isEmpty();
            assertThat(report.counting()).isEqualTo(imported.report().counting());
            Set<List<Object>> merged = new HashSet<>();
            for (Coding c : project.codings().list(new CodingFilter(Set.of(), Set.of(), "ben"))) {
                merged.add(List.of(c.source(), c.span(), c.code()));
            }
            assertThat(merged).isEqualTo(importedCodings);
            assertThat(report.merged()).isEqualTo(importedCodings.size());
        }
    }

    @Test
    void aCodeThatDiffersOnlyInCaseIsTheSameCode() {
        Path theirs;
        try (Project other = SampleCorpus.imported(dir.resolve("theirs"))) {
            theirs = other.info().folder();
            var parent = TestProjects.code(other, SampleCorpus.POWER_POLITICAL_INTERESTS);
            var arctic = other.codebook().add(parent.id(), "Arctic route", CodeColor.parse("#336699"), CodeGuidance.NONE, "x");
            var kuzio = CodingMergeTest.source(other, SampleCorpus.KUZIO);
            other.codings().code(kuzio.id(), TestProjects.spanOf(other, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    arctic.id(), "x", "");
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            var parent = TestProjects.code(mine, SampleCorpus.POWER_POLITICAL_INTERESTS);
            var mineArctic = mine.codebook().add(parent.id(), "ARCTIC ROUTE", CodeColor.parse("#aa0000"),
                    CodeGuidance.NONE, "me");

            MergeReport report = mine.merges().fromProject(theirs, "ben");

            assertThat(report.createdCodes()).isEmpty();
            assertThat(report.matchedCodes()).containsExactly("Power-political interests/ARCTIC ROUTE");
            assertThat(mine.codings().list(new CodingFilter(Set.of(), Set.of(), "ben")))
                    .singleElement().satisfies(c -> assertThat(c.code()).isEqualTo(mineArctic.id()));
        }
    }

    @Test
    void hostileAndBrokenFilesAreRefusedInOneLineAndChangeNothing() throws Exception {
        String fine = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource"
                + " guid=\"6f1c1b4e-1111-4e4e-8a8a-000000000001\" name=\"Interview\" plainTextPath=\"internal://a.txt\"/>"
                + "</Sources></Project>";
        Map<String, byte[]> slip = new LinkedHashMap<>();
        slip.put("project.qde", bytes(fine));
        slip.put("sources/a.txt", bytes("A fine text."));
        slip.put("../../evil.txt", bytes("owned"));
        Map<String, byte[]> doctype = new LinkedHashMap<>();
        doctype.put("project.qde", bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE Project>\n<Project name=\"p\"/>"));
        byte[] whole = Files.readAllBytes(archive("whole.qdpx", slip));
        Path cut = Files.write(dir.resolve("cut.qdpx"), Arrays.copyOf(whole, whole.length / 2));
        Path notZip = Files.writeString(dir.resolve("notes.qdpx"), "just some notes");

        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            for (Path file : List.of(archive("slip.qdpx", slip), archive("doctype.qdpx", doctype), cut, notZip,
                    dir.resolve("missing.qdpx"))) {
                assertThatThrownBy(() -> mine.merges().from(file, "ben"))
                        .isInstanceOf(CodingMergeException.class)
                        .hasMessageStartingWith("cannot merge " + file + ": ")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
                assertThat(TestProjects.State.of(mine)).isEqualTo(before);
            }
            assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
            assertThat(mine.coders()).noneMatch(c -> c.name().equals("ben"));
        }
    }

    @Test
    void aSourceWhoseTextDiffersIsReportedAndItsCodingsStayOut() {
        Path theirs;
        try (Project other = TestProjects.emptyProject(dir.resolve("theirs"))) {
            theirs = other.info().folder();
            other.codebook().add(null, "Borders", CodeColor.parse("#336699"), CodeGuidance.NONE, "x");
            var source = TestProjects.addSource(other, "Interview", "The border moved twice.", PageMap.NONE);
            other.codings().code(source.id(), new org.scholion.source.Span(4, 10),
                    TestProjects.code(other, "Borders").id(), "x", "");
        }
        try (Project mine = TestProjects.emptyProject(dir.resolve("mine"))) {
            TestProjects.addSource(mine, "Interview", "The border moved twice!", PageMap.NONE);
            TestProjects.State before = TestProjects.State.of(mine);

            MergeReport report = mine.merges().fromProject(theirs, "ben");

            assertThat(report.merged()).isZero();
            assertThat(report.unmatchedSources()).containsExactly(
                    new MergeReport.Unmatched("Interview", 1, "no source here has the same text"));
            assertThat(report.createdCodes()).as("no code is brought in for codings left out").isEmpty();
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
            assertThat(mine.history().nextUndo()).isEmpty();
        }
    }

    private Path archive(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
