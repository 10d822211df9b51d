package org.scholion.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code scholion COMMAND DIR ...}. Exit codes: 0 success, 1 failure, 2 bad
 * usage. An error is one line on stderr; --verbose adds the stack trace.
 */
@Command(name = "scholion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scholion: qualitative discourse analysis of your sources.",
        subcommands = {NewCommand.class, DemoCommand.class, InfoCommand.class, ImportCommand.class,
                SourcesCommand.class, TextCommand.class, SearchCommand.class, KwicCommand.class,
                AutocodeCommand.class, ReindexCommand.class, CodebookCommand.class, CodeCommand.class,
                CodingsCommand.class, MemoCommand.class, MemosCommand.class, MemoEditCommand.class,
                MemoDeleteCommand.class, ExportCommand.class, ExportCodebookCommand.class, QdpxCommand.class, QdcCommand.class, MergeCommand.class, AgreementCommand.class, UndoCommand.class, RedoCommand.class,
                StatsCommand.class, CooccurrenceCommand.class, WordsCommand.class, BackupCommand.class,
                BackupsCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class ScholionCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, print the full stack trace.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line with the process's own streams. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ScholionCli root = new ScholionCli();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(prefix(line) + ": " + oneLine(e));
            if (root.verbose) {
                e.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return FAILURE;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println(prefix(line) + ": " + oneLine(e));
            line.getErr().println("Try '" + prefix(line) + " --help'.");
            line.getErr().flush();
            return USAGE;
        });
        return cli;
    }

    /** "scholion codebook import": the command as the user typed it. */
    private static String prefix(CommandLine line) {
        return line.getCommandSpec().qualifiedName(" ");
    }

    /** The message of an error as one line: what the user reads instead of a stack trace. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
