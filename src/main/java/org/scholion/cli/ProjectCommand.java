package org.scholion.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.scholion.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** A command that works on an existing project: opens it, runs, and closes it whatever happens. */
abstract class ProjectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.scholion; the extension may be left out).")
    Path projectDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Project project = Project.open(projectDir)) {
            return run(project);
        }
    }

    abstract int run(Project project) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints what a JSON writer produces; JSON is always UTF-8. */
    void printJson(Consumer<OutputStream> writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.accept(buffer);
        out().print(buffer.toString(StandardCharsets.UTF_8));
        out().flush();
    }
}
