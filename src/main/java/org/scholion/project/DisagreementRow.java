package org.scholion.project;

import org.scholion.analysis.Disagreement;

/**
 * A place where the coders differ, with what a reader needs to judge it: the source's title, the
 * code's path, the page and the passage itself.
 *
 * @param pages the page or pages the passage is on; empty when the source has no pages
 * @param quote the passage, white space collapsed, shortened to {@link AgreementService#QUOTE_LENGTH}
 */
public record DisagreementRow(Disagreement place, String sourceTitle, String codePath, String pages, String quote) {
}
