/**
 * Coded excerpts leave Scholion for the thesis chapter: the values an export is made of
 * ({@link Excerpt}, {@link Citation}, {@link CitedSource}, {@link CodebookEntry}), what is selected
 * ({@link ExcerptSelection}), and the writers ({@link ExcerptWriter} with {@link ExportOptions}):
 * Markdown with its BibTeX bibliography, HTML and CSV here; DOCX and XLSX (Apache POI, which lives
 * here and nowhere else) from their own branch; JSON in {@code json} (Jackson). The excerpts are
 * gathered from a project by {@code project.ExportService}; {@code json.ExportWriters} maps each
 * {@link ExportFormat} to its writer. Formats are documented in docs/export.md.
 */
package org.scholion.export;
