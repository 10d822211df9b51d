package org.scholion.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.scholion.corpus.CancellationSignal;

/**
 * Where and how to import a REFI-QDA project.
 *
 * @param target the new project's folder ({@code .scholion} is added as for a new project); it must
 *               not exist, or be an empty folder
 * @param actor who imports: the coder of codings the file names no user for
 * @param richTextFiles the file the reader extracted for a source's rich-text path as the file wrote
 *                      it ("internal://x.docx"), or empty when the archive does not hold it
 */
public record QdaImportRequest(Path target, String actor, Function<String, Optional<Path>> richTextFiles, Clock clock,
                               CancellationSignal cancel) {

    public QdaImportRequest {
        if (target == null) {
            throw new IllegalArgumentException("an import needs a target folder");
        }
        actor = actor == null || actor.isBlank() ? Project.defaultCoder() : actor.strip();
        richTextFiles = richTextFiles == null ? path -> Optional.empty() : richTextFiles;
        clock = clock == null ? Clock.systemUTC() : clock;
        cancel = cancel == null ? CancellationSignal.NONE : cancel;
    }

    public static QdaImportRequest of(Path target, String actor, Function<String, Optional<Path>> richTextFiles) {
        return new QdaImportRequest(target, actor, richTextFiles, null, null);
    }
}
