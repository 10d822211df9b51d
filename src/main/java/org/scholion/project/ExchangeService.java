package org.scholion.project;

import org.scholion.codebook.CodebookException;
import org.scholion.exchange.QdaCodebook;
import org.scholion.exchange.QdaProject;
import org.scholion.store.ProjectStore;

/**
 * REFI-QDA exchange of an open project (docs/exchange-mapping.md): the project or its codebook as
 * the exchange model, and a codebook (QDC) added to it as one undoable action. Importing a whole
 * project (QDPX) makes a new project: {@link QdaImport}.
 */
public final class ExchangeService {

    /** What Scholion writes as the origin of a file when the caller names no version. */
    public static final String ORIGIN = "Scholion";

    private final ProjectStore store;
    private final CodebookService codebook;

    ExchangeService(ProjectStore store, CodebookService codebook) {
        this.store = store;
        this.codebook = codebook;
    }

    /** The whole project: coders, codebook, sources with their text, codings, memos, attributes. */
    public QdaProject exportProject(String origin) {
        return new QdaExport(store).project(origin == null ? ORIGIN : origin);
    }

    /** The codebook alone, as a QDC file carries it. */
    public QdaCodebook exportCodebook(String origin) {
        return new QdaExport(store).codebook(origin == null ? ORIGIN : origin);
    }

    /**
     * Adds a codebook's codes to the project as one action (undo takes them all away again); codes
     * it has already are kept as they are.
     *
     * @throws CodebookException when the codes cannot be added (the project is then unchanged)
     */
    public QdaCodebookImportReport importCodebook(QdaCodebook file, String actor) {
        // The codebook service's import refreshes the index's code paths once the action commits.
        return new QdaCodebookImport(store, codebook).run(file, actor);
    }
}
