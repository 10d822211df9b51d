package org.scholion.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportReport;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;

/**
 * On the first start, Scholion builds the sample project (the sample corpus and the study
 * codebook) in the user's data folder, so there is something to open and try at once.
 */
final class FirstRun {

    private final Path installation;
    private final Path dataFolder;

    FirstRun(Path installation, Path dataFolder) {
        this.installation = installation;
        this.dataFolder = dataFolder;
    }

    /** Where Scholion keeps its own files: -Dscholion.data, else ~/.scholion. */
    static Path defaultDataFolder() {
        String configured = System.getProperty("scholion.data");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".scholion");
    }

    Path sampleProject() {
        return dataFolder.resolve("sample.scholion");
    }

    /** Builds the sample project unless it exists or the sample files are not installed; says what it did. */
    void ensureSampleProject(PrintStream out) {
        Path target = sampleProject();
        Path corpus = installation.resolve(SampleProject.CORPUS);
        if (Files.exists(target.resolve("project.db")) || !Files.isDirectory(corpus)) {
            return;
        }
        out.println("First run: building the sample project in " + target + " ...");
        Path metadata = installation.resolve(SampleProject.METADATA);
        try (Project project = Project.create(target, "Sample: Russia and the conflicts of the South Caucasus")) {
            project.imports().prepare();
            ImportReport report = SampleProject.fill(project, CodebookJson.read(installation.resolve(SampleProject.CODEBOOK)),
                    corpus, metadata, SourceMetadataJson.read(metadata), Project.defaultCoder());
            out.println("Sample project ready: " + report.summary() + ". Try: ./scholion sources " + target);
        } catch (RuntimeException e) {
            out.println("Could not build the sample project: " + e.getMessage());
        }
    }
}
