package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.Fixtures;
import org.scholion.json.CodebookJson;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * Files of other formats, generated here (a three-page PDF with PDFBox, a DOCX with POI), imported
 * through the project: their own metadata, the PDF's pages, and a coding on page 2 shown as page 2.
 */
class ImportFormatsEndToEndTest {

    private static final String ON_PAGE_TWO = "Moscow treats the mission as leverage over Baku.";

    @TempDir
    Path dir;

    @Test
    void aPdfAndADocxImportWithTheirMetadataAndThePdfKeepsItsPages() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Fixtures.pdf(files, "report.pdf", List.of(
                List.of("Russian peacekeepers arrived in November 2020."),
                List.of(ON_PAGE_TWO),
                List.of("The mandate runs for five years.")), "Peacekeeping in Karabakh", "Anna Petrova");
        Fixtures.docx(files, "interview.docx", "Interview with a mediator", "Boris Ivanov",
                "The Minsk Group has lost its role.", "Moscow mediates alone now.");

        try (Project project = TestProjects.emptyProject(dir)) {
            project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), TestProjects.CODER);
            ImportReport report = project.imports().importPaths(List.of(files), ImportRequest.defaults(),
                    TestProjects.CODER, ImportListener.NONE, CancellationSignal.NONE);

            assertThat(report.with(ImportOutcome.Status.IMPORTED)).hasSize(2);
            Source docx = project.sources().list().get(0);
            Source pdf = project.sources().list().get(1);

            assertThat(docx.title()).isEqualTo("Interview with a mediator");
            assertThat(docx.metadata().authors()).containsExactly("Boris Ivanov");
            assertThat(docx.metadata().type()).isEqualTo(SourceType.OTHER);
            assertThat(docx.metadata().date()).as("POI stamps the creation date").isNotNull();
            assertThat(docx.metadata().citationKey()).isEqualTo("ivanov" + docx.metadata().date().year());
            assertThat(docx.original().mediaType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(docx.pageCount()).isZero();
            assertThat(project.sources().text(docx.id()))
                    .isEqualTo("The Minsk Group has lost its role.\n\nMoscow mediates alone now.");

            assertThat(pdf.title()).isEqualTo("Peacekeeping in Karabakh");
            assertThat(pdf.metadata().authors()).containsExactly("Anna Petrova");
            assertThat(pdf.metadata().date().toString()).isEqualTo("2021-11-25");
            assertThat(pdf.metadata().citationKey()).isEqualTo("petrova2021");
            assertThat(pdf.original().mediaType()).isEqualTo("application/pdf");
            assertThat(pdf.pageCount()).isEqualTo(3);
            PageMap pages = project.sources().pageMap(pdf.id());
            assertThat(pages.pages()).extracting(PageMap.PageStart::label).containsExactly("1", "2", "3");

            String text = project.sources().text(pdf.id());
            Span span = TestProjects.spanOf(text, ON_PAGE_TWO);
            assertThat(pages.pageAt(TestProjects.spanOf(text, "Russian peacekeepers").start())).isEqualTo("1");
            assertThat(pages.pageAt(TestProjects.spanOf(text, "The mandate runs").start())).isEqualTo("3");
            project.codings().code(pdf.id(), span, TestProjects.code(project, TestProjects.PEACEKEEPING).id(),
                    TestProjects.CODER, "");

            assertThat(project.codings().rows(CodingFilter.ALL)).singleElement().satisfies(row -> {
                assertThat(row.pages()).isEqualTo("2");
                assertThat(row.source().id()).isEqualTo(pdf.id());
                assertThat(row.coding().anchor().quote()).isEqualTo(ON_PAGE_TWO);
            });
            assertThat(project.search().search("leverage", 10, org.scholion.index.HitOrder.SOURCE).hits())
                    .singleElement().satisfies(hit -> assertThat(hit.page()).isEqualTo("2"));
        }
    }
}
