package org.scholion.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.CodebookSpec;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.source.MetadataPatch;

/**
 * The sample project: the study codebook and the five sources of the sample corpus with their
 * metadata. Where the files are is the caller's business (the installation folder).
 */
public final class SampleProject {

    public static final String CODEBOOK = "codebooks/discourse-russia-south-caucasus.json";
    public static final String CORPUS = "corpus";
    public static final String METADATA = "corpus/sources.json";

    private SampleProject() {
    }

    public static ImportReport fill(Project project, CodebookSpec codebook, Path corpus, Path metadataFile,
                                    Map<String, MetadataPatch> metadata, String actor) {
        project.imports().prepare();
        project.codebook().importSpec(codebook, actor);
        ImportRequest request = new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of(metadataFile));
        return project.imports().importPaths(List.of(corpus), request, actor, ImportListener.NONE, CancellationSignal.NONE);
    }
}
