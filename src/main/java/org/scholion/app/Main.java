package org.scholion.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scholion.cli.Installation;
import org.scholion.cli.ScholionCli;

/**
 * The composition root. Without arguments Scholion is the workbench: on the first run it builds
 * the sample project, then opens the last project (or the sample). With arguments it is the
 * command line. {@code scholion workbench [PROJECT]} opens a given project.
 */
public final class Main {

    /**
     * Held so it is not collected: Lucene warns through java.util.logging, on every start, that the
     * incubating vector API is not enabled, which is advice for servers, not for a researcher.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
        if (args.length == 0 || "workbench".equals(args[0])) {
            System.exit(workbench(args.length > 1 ? Path.of(args[1]) : null));
        }
        System.exit(ScholionCli.run(args));
    }

    private static int workbench(Path project) {
        FirstRun firstRun = new FirstRun(Installation.home(), FirstRun.defaultDataFolder());
        firstRun.ensureSampleProject(System.err);
        return WorkbenchStarter.run(FirstRun.defaultDataFolder(), project, firstRun.sampleProject());
    }
}
