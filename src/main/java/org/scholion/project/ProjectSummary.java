package org.scholion.project;

import org.scholion.store.ProjectInfo;

/** How big a project is: what `scholion info` shows. */
public record ProjectSummary(ProjectInfo info, int sources, int codes, int codings, int coders, long actions) {
}
