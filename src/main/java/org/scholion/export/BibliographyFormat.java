package org.scholion.export;

/** The bibliography written beside a Markdown export: BibTeX (.bib) or CSL-JSON (.json, Zotero's and citeproc's format). */
public enum BibliographyFormat {
    BIBTEX(".bib"), CSL_JSON(".json");

    private final String extension;

    BibliographyFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
