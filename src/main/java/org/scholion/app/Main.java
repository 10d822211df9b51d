package org.scholion.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.scholion.cli.Installation;
import org.scholion.cli.ScholionCli;

/**
 * The composition root. Until the workbench exists, Scholion is its command line: without
 * arguments it builds the sample project on the first run and prints the help.
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
        if (args.length == 0) {
            new FirstRun(Installation.home(), FirstRun.defaultDataFolder()).ensureSampleProject(System.err);
        }
        System.exit(ScholionCli.run(args));
    }
}
