/**
 * Coded excerpts leave Scholion for the thesis chapter: the values an export is made of
 * ({@link Excerpt}, {@link Citation}, {@link CodebookEntry}), what is selected
 * ({@link ExcerptSelection}), and the writers of each {@link ExportFormat}. Apache POI (DOCX,
 * XLSX) lives here and nowhere else; the JSON writer is in {@code json} (Jackson). The excerpts
 * are gathered from a project by {@code project.ExportService}.
 */
package org.scholion.export;
