package org.scholion.project;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.source.MetadataPatch;

/**
 * What to import and how: metadata by file name (from a metadata file), metadata for every file
 * (from the command line, over the file's), extraction limits, and files to pass over (the
 * metadata file itself, when it sits in the imported folder).
 */
public record ImportRequest(Map<String, MetadataPatch> byFileName, MetadataPatch forAll, ExtractionOptions options,
                            Set<Path> skip) {

    public ImportRequest {
        byFileName = byFileName == null ? Map.of() : Map.copyOf(byFileName);
        forAll = forAll == null ? MetadataPatch.NONE : forAll;
        options = options == null ? ExtractionOptions.defaults() : options;
        skip = skip == null ? Set.of() : Set.copyOf(skip.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    public static ImportRequest defaults() {
        return new ImportRequest(Map.of(), MetadataPatch.NONE, ExtractionOptions.defaults(), Set.of());
    }

    MetadataPatch patchFor(Path file) {
        return forAll.over(byFileName.getOrDefault(file.getFileName().toString(), MetadataPatch.NONE));
    }
}
