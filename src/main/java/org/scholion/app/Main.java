package org.scholion.app;

import org.scholion.cli.ScholionCli;

/**
 * The composition root. Until the workbench exists, Scholion is its command line: without
 * arguments it prints the help.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ScholionCli.run(args));
    }
}
