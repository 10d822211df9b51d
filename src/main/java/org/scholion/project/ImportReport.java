package org.scholion.project;

import java.util.List;

/** Every file's outcome, in the order imported; {@code cancelled} if the user stopped it. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<ImportOutcome> with(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public String summary() {
        return with(ImportOutcome.Status.IMPORTED).size() + " imported, " + with(ImportOutcome.Status.DUPLICATE).size()
                + " already in the project, " + with(ImportOutcome.Status.FAILED).size() + " failed"
                + (cancelled ? " (cancelled)" : "");
    }
}
