package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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

    /**
     * A new project in {@code parent} with the study codebook and the five corpus texts; the caller
     * closes it. The corpus is imported once per test JVM (Tika takes seconds) into a template,
     * and each call gets its own copy of that project folder, opened with the tests' clock.
     */
    public static synchronized Project imported(Path parent) {
        Path folder = parent.resolve(template().getFileName().toString());
        copyTree(template(), folder);
        return Project.open(folder, TestProjects.clock());
    }

    private static Path template;

    private static Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("scholion-sample-template");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                try (Project project = importedAfresh(dir)) {
                    template = project.info().folder();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    /** The import itself, as a researcher does it, into a new project. */
    public static Project importedAfresh(Path parent) {
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

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals(".lock")) {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample project to " + to, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder; the system cleans it eventually
        }
    }
}
