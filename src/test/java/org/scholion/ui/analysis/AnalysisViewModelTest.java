package org.scholion.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.CodedSample;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Span;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/**
 * The analysis window without a window, on the sample corpus coded by ana, ben and cleo: each
 * report's numbers equal codings counted straight from the project, choices recompute it, a
 * co-occurrence cell lists the segments behind it and one opens in the viewer, the report follows
 * a new coding, and the chart and table are saved as files that read back.
 */
class AnalysisViewModelTest {

    @TempDir
    static Path dir;
    static Project project;
    static List<Coding> codings;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private AnalysisViewModel model;

    @BeforeAll
    static void open() {
        project = CodedSample.coded(dir);
        codings = project.codings().list(CodingFilter.ALL);
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @BeforeEach
    void openTheProject() {
        session.setProject(project);
        model = new AnalysisViewModel(session);
    }

    @Test
    void frequenciesCountEachCodersSegmentsOfACode() {
        CountTable table = model.table();
        assertThat(table.title()).startsWith("Coded segments per code");
        assertThat(model.chartKind()).isEqualTo(org.scholion.chart.ChartKind.BAR);
        for (String path : List.of(CodedSample.NATO, CodedSample.GEORGIA, CodedSample.TURKEY)) {
            assertThat(table.rowTotal(table.rows().indexOf(path))).as(path).isEqualTo(segments(path, null));
        }
        model.breakdownProperty().set(Breakdown.CODER);
        table = model.table();
        assertThat(table.columns()).containsExactly(CodedSample.ANA, CodedSample.BEN, CodedSample.CLEO);
        assertThat(table.cell(CodedSample.NATO, CodedSample.CLEO)).isEqualTo(segments(CodedSample.NATO, CodedSample.CLEO));
        assertThat(table.cell(CodedSample.TURKEY, CodedSample.ANA)).as("only ben codes Turkey").isZero();

        model.coderProperty().set(CodedSample.ANA);
        assertThat(model.table().rows()).as("codes ana never used are left out").doesNotContain(CodedSample.TURKEY)
                .contains(CodedSample.ENERGY);
        model.hideEmptyProperty().set(false);
        assertThat(model.table().rows()).contains(CodedSample.TURKEY);
        assertThat(model.coders()).containsExactly(CodedSample.ANA, CodedSample.BEN, CodedSample.CLEO);
    }

    @Test
    void matrixAndOverTimeAreTheChosenReports() {
        model.reportProperty().set(Report.MATRIX);
        model.breakdownProperty().set(Breakdown.TYPE);
        assertThat(model.table().columnHeading()).isEqualTo("Source type");
        assertThat(model.table().measure()).isEqualTo("segments");
        assertThat(model.table().total()).isEqualTo(project.analysis().matrix(
                new org.scholion.analysis.ReportRequest(Set.of(), Set.of(), false), Breakdown.TYPE, MatrixMeasure.SEGMENTS)
                .total());
        model.measureProperty().set(MatrixMeasure.CHARACTERS);
        assertThat(model.table().measure()).isEqualTo("coded characters");

        model.reportProperty().set(Report.OVER_TIME);
        assertThat(model.chartKind()).isEqualTo(org.scholion.chart.ChartKind.LINE);
        CountTable overTime = model.table();
        assertThat(overTime.columns()).startsWith("2012").contains("2021");
        assertThat(overTime.rowTotal(overTime.rows().indexOf(CodedSample.NATO))).isEqualTo(segments(CodedSample.NATO, null));
    }

    @Test
    void aCoOccurrenceCellListsTheSegmentsBehindItAndOneOpensInTheViewer() {
        model.reportProperty().set(Report.CO_OCCURRENCE);
        model.scopeProperty().set(CoOccurrenceScope.PARAGRAPH);
        CountTable table = model.table();
        assertThat(table.rows()).isEqualTo(table.columns());
        int row = table.rows().indexOf(CodedSample.NATO);
        int column = table.columns().indexOf(CodedSample.GEORGIA);
        long count = table.cell(row, column);
        assertThat(count).isPositive();

        model.pickCell(row, column);
        List<CellSegment> listed = model.segments();
        assertThat(listed).hasSize((int) Math.min(count, AnalysisViewModel.LISTED_SEGMENTS));
        assertThat(model.segmentsCaptionProperty().get()).contains(Long.toString(count))
                .contains(CodedSample.NATO + " \u00d7 " + CodedSample.GEORGIA);
        CodeId nato = TestProjects.code(project, CodedSample.NATO).id();
        CodeId georgia = TestProjects.code(project, CodedSample.GEORGIA).id();
        for (CellSegment segment : listed) {
            // The segment spans a NATO coding and a Georgia coding of one coder in its source.
            List<Coding> inside = codings.stream().filter(c -> c.source().equals(segment.source())
                    && segment.span().start() <= c.span().start() && c.span().end() <= segment.span().end()).toList();
            assertThat(inside).extracting(Coding::code).contains(nato, georgia);
            assertThat(segment.codes()).contains("NATO enlargement", "Relations with Georgia");
            assertThat(segment.text()).isNotBlank();
        }

        List<Jump> jumps = new ArrayList<>();
        session.onJump(jumps::add);
        model.open(listed.getFirst());
        assertThat(jumps).containsExactly(new Jump(listed.getFirst().source(), listed.getFirst().span()));
        assertThat(session.currentSourceProperty().get()).isEqualTo(listed.getFirst().source());

        model.scopeProperty().set(CoOccurrenceScope.OVERLAP);
        assertThat(model.segments()).as("a new report forgets the old cell").isEmpty();
    }

    @Test
    void theReportFollowsANewCoding() {
        long before = model.table().rowTotal(model.table().rows().indexOf(CodedSample.TURKEY));
        var source = project.sources().list().getFirst();
        Coding added = project.codings().code(source.id(), new Span(0, 12),
                TestProjects.code(project, CodedSample.TURKEY).id(), "nino", null);
        try {
            session.codingsChanged();
            assertThat(model.table().rowTotal(model.table().rows().indexOf(CodedSample.TURKEY))).isEqualTo(before + 1);
        } finally {
            project.codings().remove(added.id(), "nino");
            session.codingsChanged();
        }
    }

    @Test
    void wordsOfTheChosenCode() {
        model.reportProperty().set(Report.WORDS);
        assertThat(model.table().rows()).isEmpty();
        model.codeProperty().set(model.codes().stream().filter(c -> c.path().equals(CodedSample.ENERGY)).findFirst()
                .orElseThrow());
        model.wordsProperty().set(10);
        CountTable words = model.table();
        assertThat(words.rows()).hasSize(10).contains("pipeline");
        assertThat(words.columns()).containsExactly("occurrences", "passages");

        model.collocateProperty().set("pipeline");
        CountTable collocates = model.table();
        assertThat(collocates.title()).isEqualTo("Collocates of 'pipeline' in " + CodedSample.ENERGY);
        assertThat(collocates.columns()).containsExactly("together", "occurrences");
        assertThat(collocates.rows()).hasSizeBetween(1, 10).doesNotContain("pipeline");
        for (int r = 0; r < collocates.rows().size(); r++) {
            assertThat(collocates.cell(r, 0)).as("together at most as often as it occurs")
                    .isPositive().isLessThanOrEqualTo(collocates.cell(r, 1));
        }
    }

    @Test
    void chartAndTableAreSavedAsFiles(@TempDir Path out) throws Exception {
        model.reportProperty().set(Report.FREQUENCIES);
        assertThat(model.fileName(".svg")).isEqualTo("Coded segments per code.svg");
        model.saveSvg(out.resolve("chart.svg"));
        model.saveCsv(out.resolve("table.csv"));
        model.saveXlsx(out.resolve("table.xlsx"));
        model.savePng(new ArgbImage(2, 1, new int[] {0xff000000, 0xffffffff}), out.resolve("chart.png"));
        String svg = Files.readString(out.resolve("chart.svg"));
        assertThat(svg).contains("data-row=\"" + CodedSample.NATO + "\"");
        assertThat(Files.readString(out.resolve("table.csv"))).contains("\"" + CodedSample.NATO + "\",\""
                + segments(CodedSample.NATO, null) + "\"");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("table.xlsx")))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
        }
        var png = javax.imageio.ImageIO.read(out.resolve("chart.png").toFile());
        assertThat(png.getWidth()).isEqualTo(2);
        assertThat(png.getRGB(1, 0)).isEqualTo(0xffffffff);
        assertThat(model.messageProperty().get()).isEqualTo("Saved the chart as chart.png");
    }

    /** Distinct segments (source, span, coder) coded with a code, counted from the project's codings. */
    private static long segments(String path, String coder) {
        CodeId code = TestProjects.code(project, path).id();
        Set<String> distinct = new HashSet<>();
        for (Coding c : codings) {
            if (c.code().equals(code) && (coder == null || c.coder().name().equals(coder))) {
                distinct.add(c.source().value() + ":" + c.span() + ":" + c.coder().name());
            }
        }
        return distinct.size();
    }
}
