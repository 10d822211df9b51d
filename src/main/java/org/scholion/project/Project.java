package org.scholion.project;

import java.nio.file.Path;
import java.time.Clock;
import org.scholion.corpus.TikaDocumentExtractor;
import org.scholion.index.IndexStatus;
import org.scholion.store.ProjectInfo;
import org.scholion.store.ProjectStore;

/**
 * An open project and the services that work on it: what the command line and the workbench
 * both use. Closing it releases the project for other processes.
 */
public final class Project implements AutoCloseable {

    private final ProjectStore store;
    private final IndexHolder index;
    private final SourceService sources;
    private final MemoService memos;
    private final CodebookService codebook;
    private final CodingService codings;
    private final HistoryService history;
    private final ImportService imports;
    private final SearchService search;
    private final ExportService exports;
    private final QuickKeys quickKeys;
    private final ExchangeService exchange;
    private final AgreementService agreement;
    private final CodingMerge merges;
    private final AnalysisService analysis;

    private Project(ProjectStore store) {
        this.store = store;
        OriginalCopies.removeLeftovers(store.layout());
        StaleIndexMarker staleIndex = new StaleIndexMarker(store.layout());
        this.index = new IndexHolder(store, staleIndex);
        IndexUpdates updates = new IndexUpdates(store, index, staleIndex);
        this.memos = new MemoService(store);
        this.sources = new SourceService(store, updates, memos);
        this.codebook = new CodebookService(store, updates);
        this.history = new HistoryService(store, updates);
        this.codings = new CodingService(store, updates, history);
        // Tika's set-up costs a second; only an import pays it.
        this.imports = new ImportService(store, TikaDocumentExtractor::new, updates);
        this.search = new SearchService(store, index, updates);
        this.exports = new ExportService(store);
        this.quickKeys = new QuickKeys(store);
        this.exchange = new ExchangeService(store, codebook);
        this.agreement = new AgreementService(store);
        this.merges = new CodingMerge(store, updates);
        this.analysis = new AnalysisService(store);
    }

    public static Project create(Path folder, String name) {
        return create(folder, name, Clock.systemUTC());
    }

    public static Project create(Path folder, String name, Clock clock) {
        return new Project(ProjectStore.create(folder, name, clock));
    }

    public static Project open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    public static Project open(Path folder, Clock clock) {
        return new Project(ProjectStore.open(folder, clock));
    }

    /** The name actions are recorded under when the user gives none: the operating-system user. */
    public static String defaultCoder() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "researcher" : user;
    }

    public ProjectInfo info() {
        return store.info();
    }

    public ProjectSummary summary() {
        return store.read(() -> new ProjectSummary(store.info(), store.sources().count(), store.codes().codebook().size(),
                store.codings().count(), store.coders().list().size(), store.log().actions()));
    }

    /** Everyone who has coded in this project, or imported into it. */
    public java.util.List<org.scholion.coding.Coder> coders() {
        return store.read(() -> store.coders().list());
    }

    public SourceService sources() {
        return sources;
    }

    /** Memos on the project, its sources and its codes. */
    public MemoService memos() {
        return memos;
    }

    public CodebookService codebook() {
        return codebook;
    }

    /** Keys 1-9 that code the viewer's selection, per project. */
    public QuickKeys quickKeys() {
        return quickKeys;
    }

    public CodingService codings() {
        return codings;
    }

    /** Undo and redo of coding, codebook and memo actions, kept in the action log. */
    public HistoryService history() {
        return history;
    }

    public ImportService imports() {
        return imports;
    }

    /** Coded excerpts and the codebook, gathered for an export. */
    public ExportService exports() {
        return exports;
    }

    /** REFI-QDA exchange: the project or its codebook as an exchange model, a codebook added to it. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** Inter-coder agreement: how far coders agree on the codes, and where they differ. */
    public AgreementService agreement() {
        return agreement;
    }

    /** A second coder's work merged in from another copy of the project or a QDPX file. */
    public CodingMerge merges() {
        return merges;
    }

    /** Code reports: frequencies, matrices, co-occurrence, codes over time, words and collocates. */
    public AnalysisService analysis() {
        return analysis;
    }

    public SearchService search() {
        return search;
    }

    /** How the search index was found on opening: READY, or why it is rebuilt from the store on first use. */
    public IndexStatus indexStatus() {
        return index.get().openedAs();
    }

    /** The store beneath, for the few callers that need it directly (integrity checks, the log). */
    public ProjectStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
