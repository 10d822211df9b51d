package org.scholion.ui.analysis;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.MatrixMeasure;

/**
 * The analysis window (menu Analysis): the report and its choices at the top, the chart, the table
 * of numbers below it, for co-occurrence the segments behind the cell clicked (double-click or
 * Enter opens one in the viewer), and the save buttons at the foot. Its own stage beside the main
 * window, at most 940 x 680. Ids: {@code analysis-report}, {@code analysis-breakdown},
 * {@code analysis-count}, {@code analysis-measure}, {@code analysis-scope}, {@code analysis-code},
 * {@code analysis-collocate}, {@code analysis-coder}, {@code analysis-subcodes}, {@code analysis-hide-empty},
 * {@code analysis-chart-area} (holding {@code analysis-chart}), {@code analysis-table},
 * {@code analysis-segments}, {@code analysis-segments-caption}, {@code analysis-save-png},
 * {@code analysis-save-svg}, {@code analysis-save-csv}, {@code analysis-save-xlsx},
 * {@code analysis-message}.
 */
public final class AnalysisWindow {

    private final AnalysisViewModel model;
    private final Stage stage = new Stage();
    private final ScrollPane chartArea = new ScrollPane();
    private final ReportTable table;
    private final SplitPane lower = new SplitPane();
    private final VBox segmentsPane;
    private Node chart;

    public AnalysisWindow(AnalysisViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Analysis");
        table = new ReportTable(model::pickCell);
        chartArea.setId("analysis-chart-area");
        chartArea.setFitToWidth(true);
        chartArea.setStyle("-fx-background: white;");

        ListView<CellSegment> segments = new ListView<>(model.segments());
        segments.setId("analysis-segments");
        segments.setCellFactory(list -> new SegmentCell());
        segments.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(segments.getSelectionModel().getSelectedItem());
            }
        });
        segments.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.open(segments.getSelectionModel().getSelectedItem());
            }
        });
        Label caption = new Label();
        caption.setId("analysis-segments-caption");
        caption.textProperty().bind(model.segmentsCaptionProperty());
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        segmentsPane = new VBox(4, caption, segments);
        VBox.setVgrow(segments, Priority.ALWAYS);
        segmentsPane.setPadding(new Insets(4));

        lower.getItems().add(table.node());
        SplitPane centre = new SplitPane(chartArea, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);

        BorderPane root = new BorderPane(centre);
        root.setTop(choices());
        root.setBottom(saving());
        Scene scene = new Scene(root, 940, 680);
        scene.getStylesheets().add(AnalysisWindow.class.getResource("analysis.css").toExternalForm());
        stage.setScene(scene);
        stage.setMaxWidth(960);
        stage.setMaxHeight(700);

        model.activeProperty().bind(stage.showingProperty());
        model.tableProperty().addListener((obs, was, now) -> show(now));
        model.reportProperty().addListener((obs, was, now) -> placeSegments());
        show(model.table());
        placeSegments();
    }

    /** Shows the window with a report chosen (or brings it to the front). */
    public void show(Report report) {
        model.reportProperty().set(report);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The chart as shown, as a picture (on the JavaFX thread); null while there is none. */
    public ArgbImage chartPicture() {
        return chart == null ? null : ChartPictures.of(chart);
    }

    private void show(CountTable shown) {
        table.show(shown);
        if (shown == null) {
            chart = null;
            chartArea.setContent(new Label(""));
            return;
        }
        chart = ChartNodes.of(model.chartKind(), shown, model::pickCell);
        chartArea.setContent(chart);
    }

    private void placeSegments() {
        boolean wanted = model.reportProperty().get() == Report.CO_OCCURRENCE;
        if (wanted && !lower.getItems().contains(segmentsPane)) {
            lower.getItems().add(segmentsPane);
            lower.setDividerPositions(0.5);
        } else if (!wanted) {
            lower.getItems().remove(segmentsPane);
        }
    }

    private Node choices() {
        ChoiceBox<Report> report = choice("analysis-report", Report.values());
        report.valueProperty().bindBidirectional(model.reportProperty());
        ChoiceBox<Breakdown> breakdown = choice("analysis-breakdown", Breakdown.values());
        breakdown.valueProperty().bindBidirectional(model.breakdownProperty());
        breakdown.setConverter(named(b -> b == Breakdown.OVERALL ? "overall" : "by " + b.heading().toLowerCase(java.util.Locale.ROOT)));
        ChoiceBox<Boolean> count = choice("analysis-count", Boolean.FALSE, Boolean.TRUE);
        count.valueProperty().bindBidirectional(model.countSourcesProperty());
        count.setConverter(named(sources -> sources ? "sources per code" : "segments per code"));
        ChoiceBox<MatrixMeasure> measure = choice("analysis-measure", MatrixMeasure.values());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        measure.setConverter(named(MatrixMeasure::unit));
        ChoiceBox<CoOccurrenceScope> scope = choice("analysis-scope", CoOccurrenceScope.values());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scope.setConverter(named(s -> s == CoOccurrenceScope.OVERLAP ? "overlapping segments" : "same paragraph"));
        ComboBox<CodeChoice> code = new ComboBox<>(model.codes());
        code.setId("analysis-code");
        code.setPromptText("Choose a code");
        code.setPrefWidth(260);
        code.valueProperty().bindBidirectional(model.codeProperty());
        javafx.scene.control.TextField collocate = new javafx.scene.control.TextField();
        collocate.setId("analysis-collocate");
        collocate.setPromptText("collocates of\u2026 (Enter)");
        collocate.setPrefColumnCount(12);
        // Computed on Enter, not on every keystroke.
        collocate.setOnAction(e -> model.collocateProperty().set(collocate.getText()));
        model.collocateProperty().addListener((obs, was, now) -> collocate.setText(now));
        ChoiceBox<String> coder = new ChoiceBox<>();
        coder.setId("analysis-coder");
        Runnable fillCoders = () -> {
            String chosen = model.coderProperty().get();
            coder.getItems().setAll(model.coders());
            coder.getItems().addFirst(null);
            coder.setValue(chosen);
        };
        model.coders().addListener((javafx.collections.ListChangeListener<String>) c -> fillCoders.run());
        fillCoders.run();
        coder.valueProperty().bindBidirectional(model.coderProperty());
        coder.setConverter(named(name -> name));
        CheckBox subCodes = new CheckBox("with sub-codes");
        subCodes.setId("analysis-subcodes");
        subCodes.selectedProperty().bindBidirectional(model.withSubCodesProperty());
        CheckBox hideEmpty = new CheckBox("hide codes without counts");
        hideEmpty.setId("analysis-hide-empty");
        hideEmpty.selectedProperty().bindBidirectional(model.hideEmptyProperty());

        shownFor(breakdown, Report.FREQUENCIES, Report.MATRIX);
        shownFor(count, Report.FREQUENCIES);
        shownFor(measure, Report.MATRIX);
        shownFor(scope, Report.CO_OCCURRENCE);
        shownFor(code, Report.WORDS);
        shownFor(collocate, Report.WORDS);
        shownFor(hideEmpty, Report.FREQUENCIES, Report.MATRIX, Report.CO_OCCURRENCE, Report.OVER_TIME);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.computingProperty());
        FlowPane bar = new FlowPane(8, 6, report, breakdown, count, measure, scope, code, collocate, new Label("Coder:"), coder,
                subCodes, hideEmpty, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node saving() {
        Label message = new Label();
        message.setId("analysis-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        BooleanBinding nothing = model.tableProperty().isNull();
        HBox bar = new HBox(6, space,
                button("Save Chart as PNG\u2026", "analysis-save-png", nothing, () -> saveAs("PNG picture", ".png",
                        file -> {
                            ArgbImage picture = chartPicture();
                            if (picture != null) {
                                model.savePng(picture, file);
                            }
                        })),
                button("Save Chart as SVG\u2026", "analysis-save-svg", nothing,
                        () -> saveAs("SVG drawing", ".svg", model::saveSvg)),
                button("Save Table as CSV\u2026", "analysis-save-csv", nothing,
                        () -> saveAs("CSV table", ".csv", model::saveCsv)),
                button("Save Table as XLSX\u2026", "analysis-save-xlsx", nothing,
                        () -> saveAs("Excel workbook", ".xlsx", model::saveXlsx)));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox foot = new VBox(4, message, bar);
        foot.setPadding(new Insets(6, 8, 8, 8));
        return foot;
    }

    private void saveAs(String kind, String extension, Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as " + kind);
        chooser.setInitialFileName(model.fileName(extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    private static Button button(String text, String id, BooleanBinding disabled, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void shownFor(Control control, Report... reports) {
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> java.util.Arrays.asList(reports).contains(model.reportProperty().get()), model.reportProperty());
        control.visibleProperty().bind(shown);
        control.managedProperty().bind(shown);
    }

    @SafeVarargs
    private static <T> ChoiceBox<T> choice(String id, T... values) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        return box;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "all coders" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A segment behind a co-occurrence cell: source and codes above, its text below. */
    private static final class SegmentCell extends ListCell<CellSegment> {
        @Override
        protected void updateItem(CellSegment segment, boolean empty) {
            super.updateItem(segment, empty);
            if (empty || segment == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label where = new Label(segment.sourceTitle() + " \u00b7 " + segment.codes() + " \u00b7 " + segment.coders());
            where.setStyle("-fx-font-weight: bold;");
            Label text = new Label(segment.text());
            text.setWrapText(true);
            if (getListView() != null) {
                text.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                text.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                text.setMinHeight(Region.USE_PREF_SIZE);
                where.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, where, text));
        }
    }
}
