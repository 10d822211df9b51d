package org.scholion.project;

import java.util.List;

/**
 * What importing a codebook file did. Codes are matched to the project's by key; codes the project
 * has and the file lacks are kept, never deleted, and listed.
 */
public record CodebookImportReport(List<String> added, List<String> updated, List<String> unchanged,
                                   List<String> keptNotInFile) {

    public String summary() {
        return added.size() + " added, " + updated.size() + " updated, " + unchanged.size() + " unchanged"
                + (keptNotInFile.isEmpty() ? "" : ", " + keptNotInFile.size() + " kept that the file does not have");
    }
}
