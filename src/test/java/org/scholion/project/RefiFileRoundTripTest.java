package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.MemoTarget;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.RefiSchemas;
import org.scholion.source.AttributeType;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

/**
 * The coded sample project (Cyrillic, emoji, three coders) with memos on the project, a source and
 * a code and a source attribute, written to a .qdpx file by {@link RefiFiles#exportProject}
 * (whose project.qde validates against the REFI-QDA schema) and read back by
 * {@link RefiFiles#importProject} into a new project folder, is the same project to a user: the
 * same codes, codings at the same spans quoting the same text, memos, coders and attributes. Its
 * codebook written as a .qdc and read into an empty project gives the same code tree.
 */
class RefiFileRoundTripTest {

    private static final String CODE_MEMO = "Грань с «силовой политикой» 🧭 — see also power.";

    @TempDir
    Path dir;

    /** The sample project with a memo of each kind and an attribute added; the caller closes it. */
    private static Project sample(Path parent) {
        ExportProjects sample = ExportProjects.create(parent);
        Project project = sample.project();
        project.memos().add(MemoTarget.project(), "Research question", "Guarantor or spoiler? 🕊️", "anna");
        project.memos().add(new MemoTarget.OnSource(sample.ukrainian().id()), "Провенанс",
                "Передрук з «Дзеркала тижня».", "Олена");
        project.memos().add(new MemoTarget.OnCode(TestProjects.code(project, ExportProjects.BORDER).id()), "Boundary",
                CODE_MEMO, "boris");
        project.sources().setAttribute(sample.kuzio().id(), "region", AttributeType.TEXT, "South Caucasus", "anna");
        project.sources().setAttribute(sample.ukrainian().id(), "pages", AttributeType.INTEGER, "3", "anna");
        return project;
    }

    /** What a user sees of the codings: source, span, code, coder, memo and the text at the span now. */
    private static List<String> codings(Project project) {
        Codebook codebook = project.codebook().snapshot();
        List<String> rows = new ArrayList<>();
        for (Coding coding : project.codings().list(CodingFilter.ALL)) {
            String text = project.sources().text(coding.source());
            rows.add(project.sources().get(coding.source()).title() + " " + coding.span() + " "
                    + codebook.pathOf(coding.code()) + " by " + coding.coder().name() + " memo '" + coding.memo()
                    + "' text '" + TextOffsets.of(text).slice(coding.span()) + "'");
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> memos(Project project) {
        Codebook codebook = project.codebook().snapshot();
        List<String> rows = new ArrayList<>();
        project.memos().list().forEach(memo -> rows.add(switch (memo.target()) {
            case MemoTarget.OnProject p -> "project";
            case MemoTarget.OnSource s -> "source " + project.sources().get(s.source()).title();
            case MemoTarget.OnCode c -> "code " + codebook.pathOf(c.code());
        } + ": '" + memo.title() + "' '" + memo.text() + "'"));
        rows.sort(null);
        return rows;
    }

    private static List<String> codes(Project project) {
        Codebook codebook = project.codebook().snapshot();
        return codebook.depthFirst().stream().map(code -> codebook.pathOf(code.id()) + " " + code.color()).toList();
    }

    private static Map<String, String> attributes(Project project) {
        Map<String, String> all = new TreeMap<>();
        for (Source source : project.sources().list()) {
            all.put(source.title(), project.sources().attributes(source.id()).toString());
        }
        return all;
    }

    private static List<String> coders(Project project) {
        return project.coders().stream().map(c -> c.name()).sorted().toList();
    }

    private static List<String> toTheSecond(List<String> rows) {
        return rows.stream().map(row -> row.replaceAll("(T\\d\\d:\\d\\d:\\d\\d)\\.\\d+Z", "$1Z")).toList();
    }

    @Test
    void aProjectWrittenToQdpxAndReadIntoANewFolderIsTheSameProject() throws Exception {
        Path qdpx = dir.resolve("study.qdpx");
        List<String> codes;
        List<String> codings;
        List<String> memos;
        List<String> coders;
        Map<String, String> attributes;
        ExchangeProjects.Fingerprint original;
        try (Project project = sample(dir.resolve("original"))) {
            codes = codes(project);
            codings = codings(project);
            memos = memos(project);
            coders = coders(project);
            attributes = attributes(project);
            original = ExchangeProjects.Fingerprint.of(project);
            RefiFiles.exportProject(project, qdpx);
        }
        assertThat(codings).hasSize(5).anySatisfy(row -> assertThat(row).contains(ExportProjects.ACROSS_PAGES)
                .contains(ExportProjects.UKRAINIAN_MEMO).contains("by Олена"));
        assertThat(memos).hasSizeGreaterThanOrEqualTo(3).anySatisfy(row -> assertThat(row).contains(CODE_MEMO));
        assertThat(coders).contains("anna", "boris", "Олена");
        assertThat(attributes.values()).anySatisfy(value -> assertThat(value).contains("South Caucasus"));

        try (ZipFile zip = new ZipFile(qdpx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            RefiSchemas.project().newValidator().validate(new StreamSource(new ByteArrayInputStream(in.readAllBytes())));
            assertThat(zip.stream().filter(e -> e.getName().endsWith(".txt")))
                    .allSatisfy(e -> assertThat(e.getName()).startsWith("sources/"));
        }

        QdaImport.Imported imported = RefiFiles.importProject(qdpx, dir.resolve("copy"), "carla",
                CancellationSignal.NONE);

        assertThat(imported.report().counting()).startsWith("Unicode code points");
        assertThat(imported.report().counts().codings()).isEqualTo(5);
        try (Project copy = Project.open(imported.project())) {
            assertThat(codes(copy)).isEqualTo(codes);
            assertThat(codings(copy)).isEqualTo(codings);
            assertThat(memos(copy)).isEqualTo(memos);
            assertThat(coders(copy)).isEqualTo(coders);
            assertThat(attributes(copy)).isEqualTo(attributes);
            ExchangeProjects.Fingerprint again = ExchangeProjects.Fingerprint.of(copy);
            assertThat(again.codes()).isEqualTo(original.codes());
            // times and authors too, to the second: the writer writes xsd:dateTime to the second, as the other tools do
            assertThat(again.codings()).isEqualTo(toTheSecond(original.codings()));
            assertThat(again.memos()).isEqualTo(toTheSecond(original.memos()));
            assertThat(again.sources()).isEqualTo(original.sources());
            assertThat(copy.search().search("\"гарант миру\"", 10, org.scholion.index.HitOrder.SOURCE).hits())
                    .hasSize(1);
            assertThat(copy.store().integrityCheck()).containsExactly("ok");
        }
    }

    @Test
    void aCodebookWrittenToQdcAndReadIntoAnEmptyProjectHasTheSameCodes() throws Exception {
        Path qdc = dir.resolve("codes.qdc");
        List<String> codes;
        try (Project project = sample(dir.resolve("original"))) {
            codes = codes(project);
            RefiFiles.exportCodebook(project, qdc);
        }
        RefiSchemas.codebook().newValidator().validate(new StreamSource(qdc.toFile()));

        try (Project fresh = Project.create(dir.resolve("fresh"), "Fresh")) {
            assertThat(fresh.codebook().snapshot().isEmpty()).isTrue();
            RefiFiles.CodebookImport result = RefiFiles.importCodebook(fresh, qdc, "tester");

            assertThat(codes(fresh)).isEqualTo(codes);
            assertThat(fresh.codebook().snapshot().depthFirst()).extracting(Code::name)
                    .contains("Border security", "Great-power status");
            assertThat(result.readerWarnings()).isEmpty();
        }
    }
}
