package org.scholion.corpus;

import java.nio.file.Path;

/**
 * Turns a file into the clean text Scholion stores, with its page map, metadata and hash. The one
 * door through which files enter a project; implementations decide how to read formats.
 */
public interface DocumentExtractor {

    /**
     * Extracts and normalises a file's text.
     *
     * @throws ExtractionException with a one-line reason when the file cannot be read as a document
     *     (empty, damaged, encrypted, not a document, over a limit, cancelled)
     */
    ExtractedDocument extract(Path file, ExtractionOptions options, CancellationSignal cancel) throws ExtractionException;
}
