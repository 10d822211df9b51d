package org.scholion.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.scholion.ui.codebook.CodebookView;
import org.scholion.ui.codebook.CodebookViewModel;
import org.scholion.ui.exchange.ExchangeReportDialog;
import org.scholion.ui.exchange.ExchangeViewModel;
import org.scholion.ui.inspector.InspectorView;
import org.scholion.ui.inspector.InspectorViewModel;
import org.scholion.ui.search.SearchView;
import org.scholion.ui.search.SearchViewModel;
import org.scholion.ui.segments.SegmentsView;
import org.scholion.ui.segments.SegmentsViewModel;
import org.scholion.ui.sources.SourcesView;
import org.scholion.ui.sources.SourcesViewModel;
import org.scholion.ui.viewer.DocumentView;
import org.scholion.ui.viewer.DocumentViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * The main window: sources and codebook on the left, the document in the centre with search and
 * retrieved segments below it, the inspector on the right, the status bar at the foot. Its place,
 * size and dividers are remembered.
 */
public final class MainWindow {

    private final MainViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final SplitPane columns = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final ExchangeViewModel exchange;
    private TabPane bottom;
    private org.scholion.ui.analysis.AnalysisWindow analysis;
    private org.scholion.ui.agreement.AgreementWindow agreement;

    public MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        Session session = model.session();
        exchange = new ExchangeViewModel(session, model::open);
        exchange.reportProperty().addListener((obs, was, report) -> {
            if (report != null) {
                exchange.reportShown();
                new ExchangeReportDialog(report, stage).show();
            }
        });

        left.setOrientation(Orientation.VERTICAL);
        left.getItems().addAll(new SourcesView(new SourcesViewModel(session)).node(),
                new CodebookView(new CodebookViewModel(session)).node());
        bottom = new TabPane(
                tab("Search", "search-tab", new SearchView(new SearchViewModel(session)).node()),
                tab("Retrieved segments", "segments-tab", new SegmentsView(new SegmentsViewModel(session)).node()));
        bottom.setId("bottom-tabs");
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().addAll(new DocumentView(new DocumentViewModel(session)).node(), bottom);
        columns.getItems().addAll(left, centre, new InspectorView(new InspectorViewModel(session)).node());
        columns.setId("columns");

        root.setTop(menus());
        root.setCenter(columns);
        root.setBottom(new StatusBar(session.status()).node());
        acceptDroppedFiles();
    }

    /** Shows the window where it was last, with the dividers where they were. */
    public Scene show() {
        WorkbenchSettings settings = model.settings();
        Scene scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        settings.window().ifPresent(place -> {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.setMaximized(place.maximized());
        });
        columns.setDividerPositions(settings.dividers("columns").orElse(new double[] {0.3, 0.8}));
        left.setDividerPositions(settings.dividers("left").orElse(new double[] {0.45}));
        centre.setDividerPositions(settings.dividers("centre").orElse(new double[] {0.68}));
        stage.setOnHiding(e -> remember());
        stage.show();
        return scene;
    }

    /** Writes the window's place and dividers to the settings. */
    public void remember() {
        WorkbenchSettings settings = model.settings();
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            settings.setWindow(new WorkbenchSettings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else if (stage.isMaximized()) {
            settings.window().ifPresent(p -> settings.setWindow(
                    new WorkbenchSettings.WindowPlace(p.x(), p.y(), p.width(), p.height(), true)));
        }
        settings.setDividers("columns", columns.getDividerPositions());
        settings.setDividers("left", left.getDividerPositions());
        settings.setDividers("centre", centre.getDividerPositions());
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> recent.getItems().setAll(model.recentProjects().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            return item;
        }).toList());
        model.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().addAll(
                item("_New Project...", "Shortcut+N", "menu-new", this::newProject),
                item("_Open Project...", "Shortcut+O", "menu-open", this::openProject),
                recent,
                new SeparatorMenuItem(),
                item("_Import Sources...", "Shortcut+I", "menu-import", this::importSources),
                item("_Export Excerpts...", "Shortcut+E", "menu-export", () -> {
                    if (model.session().hasProject()) {
                        new org.scholion.ui.export.ExportDialog(new org.scholion.ui.export.ExportViewModel(model.session()),
                                stage).show();
                    }
                }),
                item("Project _Memo...", "Shortcut+Shift+M", "menu-project-memo", () -> {
                    if (model.session().hasProject()) {
                        new org.scholion.ui.memo.ProjectMemoDialog(
                                new org.scholion.ui.memo.ProjectMemoViewModel(model.session()), stage).show();
                    }
                }),
                new SeparatorMenuItem(),
                item("Import REFI-QDA Project (.qdpx)...", null, "menu-import-qdpx", this::importQdpx),
                item("Export REFI-QDA Project (.qdpx)...", null, "menu-export-qdpx", this::exportQdpx),
                item("Import Codebook (.qdc)...", null, "menu-import-qdc", this::importQdc),
                item("Export Codebook (.qdc)...", null, "menu-export-qdc", this::exportQdc),
                item("Merge Codings from Project or QDPX...", null, "menu-merge-codings", this::mergeCodings),
                new SeparatorMenuItem(),
                item("_Close Project", "Shortcut+W", "menu-close", model::close),
                item("_Quit", "Shortcut+Q", "menu-quit", stage::close));

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", "menu-undo", model::undo);
        undo.textProperty().bind(javafx.beans.binding.Bindings.when(model.nextUndoProperty().isEmpty())
                .then("_Undo").otherwise(model.nextUndoProperty()));
        undo.disableProperty().bind(model.nextUndoProperty().isEmpty());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", "menu-redo", model::redo);
        redo.textProperty().bind(javafx.beans.binding.Bindings.when(model.nextRedoProperty().isEmpty())
                .then("_Redo").otherwise(model.nextRedoProperty()));
        redo.disableProperty().bind(model.nextRedoProperty().isEmpty());
        MenuItem find = item("_Find in Sources", "Shortcut+F", "menu-find", () -> {
            bottom.getSelectionModel().select(0);
            javafx.scene.Node field = root.lookup("#search-query");
            if (field != null) {
                field.requestFocus();
            }
        });
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(),
                item("Your _Name as Coder...", null, "menu-coder", this::askCoderName));

        Menu view = new Menu("_View");
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        Menu coders = new Menu("_Coders Shown");
        coders.setId("menu-coders");
        Runnable fillCoders = () -> coders.getItems().setAll(model.coders().stream().map(name -> {
            CheckMenuItem shown = new CheckMenuItem(name);
            shown.setMnemonicParsing(false);
            shown.setSelected(!model.session().hiddenCoders().contains(name));
            shown.selectedProperty().addListener((obs, was, now) -> model.showCoder(name, now));
            return (MenuItem) shown;
        }).toList());
        model.coders().addListener((javafx.collections.ListChangeListener<String>) c -> fillCoders.run());
        view.getItems().addAll(dark, coders);

        Menu tools = new Menu("_Tools");
        tools.getItems().add(item("_Rebuild Search Index", null, "menu-reindex", model::reindex));

        Menu reports = new Menu("_Analysis");
        for (org.scholion.ui.analysis.Report report : org.scholion.ui.analysis.Report.values()) {
            reports.getItems().add(item(report.label() + "...", null,
                    "menu-analysis-" + report.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    () -> showAnalysis(report)));
        }
        reports.getItems().addAll(new SeparatorMenuItem(),
                item("Inter-coder _Agreement...", "Shortcut+Shift+A", "menu-agreement", this::showAgreement));

        MenuBar bar = new MenuBar(file, edit, view, reports, tools);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** The agreement window; one window, made when first asked for, as it listens to the session. */
    void showAgreement() {
        if (!model.session().hasProject()) {
            return;
        }
        if (agreement == null) {
            agreement = new org.scholion.ui.agreement.AgreementWindow(
                    new org.scholion.ui.agreement.AgreementViewModel(model.session()), stage);
        }
        agreement.show();
    }

    /** The analysis window with a report chosen; one window, made when first asked for. */
    void showAnalysis(org.scholion.ui.analysis.Report report) {
        if (analysis == null) {
            analysis = new org.scholion.ui.analysis.AnalysisWindow(
                    new org.scholion.ui.analysis.AnalysisViewModel(model.session()), stage);
        }
        analysis.show(report);
    }

    /** Asks for the coder's name; on the first start this happens before anything can be coded. */
    void askCoderName() {
        TextInputDialog name = new TextInputDialog(model.session().coder());
        name.setTitle("Coder");
        name.setHeaderText("Your name as a coder: every coding you make carries it");
        name.initOwner(stage);
        name.showAndWait().ifPresent(model::setCoder);
    }

    private void newProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the new project (empty or new)");
        File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        if (!MainViewModel.canHoldNewProject(folder.toPath())) {
            model.session().status().notify("A new project needs an empty folder: " + folder + " is not empty");
            return;
        }
        TextInputDialog name = new TextInputDialog(folder.getName());
        name.setHeaderText("Name of the project");
        name.initOwner(stage);
        name.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> model.create(folder.toPath(), n.strip()));
    }

    private void openProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Scholion project folder");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.open(folder.toPath());
        }
    }

    private void importSources() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import sources");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.pdf", "*.docx", "*.doc", "*.odt", "*.rtf", "*.html",
                        "*.htm", "*.epub", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            model.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** A REFI-QDA project becomes a new project, named after the file, in a folder the user picks. */
    private void importQdpx() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a REFI-QDA project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA project (.qdpx)", "*.qdpx"));
        File qdpx = chooser.showOpenDialog(stage);
        if (qdpx == null) {
            return;
        }
        DirectoryChooser parent = new DirectoryChooser();
        parent.setTitle("Folder to hold the new project (it is named after the file)");
        parent.setInitialDirectory(qdpx.getAbsoluteFile().getParentFile());
        File folder = parent.showDialog(stage);
        if (folder != null) {
            exchange.importProject(qdpx.toPath(), folder.toPath());
        }
    }

    private void exportQdpx() {
        if (!model.session().hasProject()) {
            return;
        }
        File file = saveChooser("Export as a REFI-QDA project", "REFI-QDA project (.qdpx)", ".qdpx");
        if (file != null) {
            exchange.exportProject(file.toPath());
        }
    }

    private void importQdc() {
        if (!model.session().hasProject()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a REFI-QDA codebook to the project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA codebook (.qdc)", "*.qdc"));
        File qdc = chooser.showOpenDialog(stage);
        if (qdc != null) {
            exchange.importCodebook(qdc.toPath());
        }
    }

    private void exportQdc() {
        if (!model.session().hasProject()) {
            return;
        }
        File file = saveChooser("Export the codebook", "REFI-QDA codebook (.qdc)", ".qdc");
        if (file != null) {
            exchange.exportCodebook(file.toPath());
        }
    }

    /** A second coder's codings, from another copy of the project or a QDPX file. */
    private void mergeCodings() {
        if (model.session().hasProject()) {
            new org.scholion.ui.exchange.MergeDialog(new org.scholion.ui.exchange.MergeViewModel(model.session(),
                    exchange::mergeCodings), stage).show();
        }
    }

    private File saveChooser(String title, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(model.session().project().info().name() + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        return chooser.showSaveDialog(stage);
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.session().hasProject()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
