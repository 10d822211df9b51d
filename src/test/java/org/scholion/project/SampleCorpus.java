package org.scholion.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;

/**
 * The sample corpus imported as a researcher imports it: the folder corpus/ with corpus/sources.json
 * as its metadata (and not itself imported), into a project holding the study codebook.
 */
public final class SampleCorpus {

    public static final Path METADATA = TestProjects.CORPUS.resolve("sources.json");
    public static final String MIHOLJCIC = "article-miholjcic-russian-peacekeeping.txt";
    public static final String KUZIO = "news-kuzio-russian-peacekeepers-2021.txt";
    public static final String THESIS = "thesis-russia-conflicts-south-caucasus.txt";
    public static final String POWER_POLITICAL_INTERESTS = "Power-political interests";

    private SampleCorpus() {
    }

    public static ImportRequest request() {
        return new ImportRequest(SourceMetadataJson.read(METADATA), null, ExtractionOptions.defaults(), Set.of(METADATA));
    }

    /** A new project in {@code parent} with the study codebook and the five corpus texts; the caller closes it. */
    public static Project imported(Path parent) {
        Project project = TestProjects.emptyProject(parent);
        try {
            project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), TestProjects.CODER);
            ImportReport report = project.imports().importPaths(List.of(TestProjects.CORPUS), request(),
                    TestProjects.CODER, ImportListener.NONE, CancellationSignal.NONE);
            if (report.with(ImportOutcome.Status.IMPORTED).size() != 5) {
                throw new IllegalStateException("the sample corpus did not import: " + report.outcomes());
            }
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }
}
