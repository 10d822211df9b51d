package org.scholion.exchange;

import java.util.Optional;

/**
 * The files a project XML names by path (plainTextPath, richTextPath, a PDF's path), as the
 * reader of the XML asks for them. Inside a QDPX they come from its archive; a path that leads
 * outside it, or to nothing, is never opened and is recorded for the import report.
 */
interface SourceFiles {

    /**
     * The decoded text of a plain-text file; empty when it is not available (recorded).
     *
     * @param owner how the report names who asked: "TextSource 'Interview' (…)"
     */
    Optional<String> plainText(String written, String owner) throws ExchangeException;

    /** Makes a DOCX or PDF file available to the importer; false when it is not available (recorded). */
    boolean richText(String written, String owner) throws ExchangeException;

    /** For a project XML read on its own: no file is available. */
    SourceFiles NONE = new SourceFiles() {
        @Override
        public Optional<String> plainText(String written, String owner) {
            return Optional.empty();
        }

        @Override
        public boolean richText(String written, String owner) {
            return false;
        }
    };
}
