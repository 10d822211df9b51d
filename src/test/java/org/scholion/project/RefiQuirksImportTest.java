package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.MemoTarget;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.QuirkArchives;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

/**
 * Each hand-made quirk archive (text with a BOM and CRLF, a capitalised Sources/ folder, project XML
 * named otherwise, namespace 2.0 and none, braced upper-case GUIDs, memos in Description elements)
 * imported end to end through {@link RefiFiles#importProject}: the project that opens has the one
 * code, the source text with LF line ends and no BOM, and the coding on "Second line", which the
 * file places at code points 12-23 of the CRLF text.
 */
class RefiQuirksImportTest {

    /** The quirk archives' text as Scholion stores it. */
    private static final String STORED_TEXT = "First line\nSecond line: Grüße 😀\n";

    @TempDir
    Path dir;

    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> quirks() {
        return Stream.of(
                Arguments.of("BOM and CRLF", (Maker) QuirkArchives::bomAndCrlf),
                Arguments.of("Sources/ capitalised", (Maker) QuirkArchives::capitalSources),
                Arguments.of("project XML named otherwise", (Maker) QuirkArchives::projectXmlNamedOtherwise),
                Arguments.of("namespace 2.0", (Maker) QuirkArchives::namespace2),
                Arguments.of("no namespace", (Maker) QuirkArchives::noNamespace),
                Arguments.of("braced upper-case GUIDs", (Maker) QuirkArchives::bracedUpperCaseGuids),
                Arguments.of("memos in Description", (Maker) QuirkArchives::memosInDescriptions));
    }

    private QdaImport.Imported imported(Maker maker) throws Exception {
        return RefiFiles.importProject(maker.make(dir), dir.resolve("imported"), "tester", CancellationSignal.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quirks")
    void importsWithTheCodeTheTextAndTheCodingAtTheRightText(String quirk, Maker maker) throws Exception {
        QdaImport.Imported imported = imported(maker);

        assertThat(imported.report().counts().codings()).isEqualTo(1);
        try (Project project = Project.open(imported.project())) {
            assertThat(project.codebook().snapshot().depthFirst()).singleElement().satisfies(code -> {
                assertThat(code.name()).isEqualTo("Border security");
                assertThat(code.color()).isEqualTo(CodeColor.parse("#33AA77"));
            });
            Source source = project.sources().list().getFirst();
            assertThat(project.sources().list()).hasSize(1);
            assertThat(source.title()).isEqualTo("Interview 1");
            String text = project.sources().text(source.id());
            assertThat(text).isEqualTo(STORED_TEXT).doesNotContain("\r").doesNotStartWith("\uFEFF");

            Coding coding = TestProjects.onlyCoding(project);
            assertThat(coding.source()).isEqualTo(source.id());
            assertThat(TextOffsets.of(text).slice(coding.span())).isEqualTo("Second line");
            assertThat(coding.coder().name()).isEqualTo("Ana");
            Code code = project.codebook().snapshot().get(coding.code());
            assertThat(code.name()).isEqualTo("Border security");
            // the index holds the text as stored
            assertThat(project.search().search("\"Second line\"", 10, org.scholion.index.HitOrder.SOURCE).hits())
                    .hasSize(1);
        }
    }

    @Test
    void memosKeptInDescriptionsArriveWhereTheyBelong() throws Exception {
        QdaImport.Imported imported = imported(QuirkArchives::memosInDescriptions);

        try (Project project = Project.open(imported.project())) {
            Coding coding = TestProjects.onlyCoding(project);
            assertThat(coding.memo()).isEqualTo("Quotation comment.");
            assertThat(project.memos().on(new MemoTarget.OnSource(coding.source())))
                    .extracting(org.scholion.coding.Memo::text).containsExactly("Source memo: first interview.");
            assertThat(project.info().description()).isEqualTo("Project memo: a study of borders.");
            Code code = project.codebook().snapshot().get(coding.code());
            String codeNotes = code.guidance() + " " + project.memos().on(new MemoTarget.OnCode(code.id()));
            assertThat(codeNotes).contains("Code memo: borders.");
        }
        assertThat(imported.report().counts().codingMemos()).isEqualTo(1);
    }
}
