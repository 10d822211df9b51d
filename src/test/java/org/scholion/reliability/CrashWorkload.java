package org.scholion.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.corpus.CancellationSignal;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The victim of {@link CrashKillTest}, run in its own JVM: opens a project and works on it as fast
 * as it can, one user action (one transaction) at a time: codings, their removal and memos, new
 * and renamed codes, and imports of small files. Before each action it prints what it is about to
 * do ({@code DO ...}); after the action returns, which is when the workbench would show it, it
 * prints {@code ACK ...} and flushes. The test kills it with SIGKILL at a random moment.
 *
 * <p>Arguments: project folder, folder to write files to import into, coder name, random seed, and
 * whether to import (loading the extractor takes a second, so only some runs do).
 */
public final class CrashWorkload {

    /** Enough for any test; a child whose parent never kills it still stops. */
    private static final int MAX_ACTIONS = 20_000;

    private final Project project;
    private final Path incoming;
    private final String coder;
    private final Random random;
    private final boolean imports;
    private final PrintStream out = System.out;

    private CrashWorkload(Project project, Path incoming, String coder, Random random, boolean imports) {
        this.project = project;
        this.incoming = incoming;
        this.coder = coder;
        this.random = random;
        this.imports = imports;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path incoming = Files.createDirectories(Path.of(args[1]));
        Random random = new Random(Long.parseLong(args[3]));
        try (Project project = Project.open(folder)) {
            System.out.println("OPEN");
            new CrashWorkload(project, incoming, args[2], random, Boolean.parseBoolean(args[4])).run();
        }
    }

    private void run() throws IOException {
        for (int i = 0; i < MAX_ACTIONS && !out.checkError(); i++) {
            int roll = random.nextInt(100);
            if (roll < 50) {
                code();
            } else if (roll < 62) {
                remove();
            } else if (roll < 74) {
                memo(i);
            } else if (roll < 84) {
                addCode(i);
            } else if (roll < 94 || !imports) {
                rename(i);
            } else {
                importFile(i);
            }
        }
    }

    private void code() {
        List<Source> sources = project.sources().list();
        Source source = sources.get(random.nextInt(sources.size()));
        List<Code> codes = project.codebook().snapshot().depthFirst();
        CodeId code = codes.get(random.nextInt(codes.size())).id();
        int length = source.textLength();
        int start = random.nextInt(length - 1);
        int end = start + 1 + random.nextInt(Math.min(60, length - start - 1) + 1);
        Action action = Action.code(source.id().value(), start, end, code.value());
        say("DO", action);
        Coding coding = project.codings().code(source.id(), new Span(start, end), code, coder, "");
        say("ACK", action.withId(coding.id().value()));
    }

    private void remove() {
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        if (codings.isEmpty()) {
            return;
        }
        Coding coding = codings.get(random.nextInt(codings.size()));
        Action action = Action.remove(coding.id().value());
        say("DO", action);
        project.codings().remove(coding.id(), coder);
        say("ACK", action);
    }

    private void memo(int i) {
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        if (codings.isEmpty()) {
            return;
        }
        Coding coding = codings.get(random.nextInt(codings.size()));
        Action action = Action.memo(coding.id().value(), "memo-" + Long.toHexString(random.nextLong()) + "-" + i);
        say("DO", action);
        project.codings().setMemo(coding.id(), action.text(), coder);
        say("ACK", action);
    }

    private void addCode(int i) {
        List<Code> codes = project.codebook().snapshot().depthFirst();
        // A code at the top or under any code, so the tree grows deep as well as wide.
        long parent = random.nextInt(3) == 0 ? 0 : codes.get(random.nextInt(codes.size())).id().value();
        Action action = Action.addCode(parent, uniqueName("code", i));
        say("DO", action);
        Code code = project.codebook().add(parent == 0 ? null : new CodeId(parent), action.text(),
                CodeColor.parse("teal"), null, coder);
        say("ACK", action.withId(code.id().value()));
    }

    private void rename(int i) {
        List<Code> codes = project.codebook().snapshot().depthFirst();
        Code code = codes.get(random.nextInt(codes.size()));
        Action action = Action.rename(code.id().value(), uniqueName("renamed", i));
        say("DO", action);
        project.codebook().rename(code.id(), action.text(), coder);
        say("ACK", action);
    }

    private void importFile(int i) throws IOException {
        String marker = uniqueName("marker", i).replace("-", "");
        Path file = Files.writeString(incoming.resolve(marker + ".txt"), ImportedText.of(marker));
        Action action = Action.importing(marker);
        say("DO", action);
        ImportReport report = project.imports().importPaths(List.of(file), ImportRequest.defaults(), coder,
                ImportListener.NONE, CancellationSignal.NONE);
        ImportOutcome outcome = report.outcomes().getFirst();
        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
            throw new IllegalStateException("the import of " + file + " failed: " + outcome.line());
        }
        SourceId id = outcome.source();
        say("ACK", action.withId(id.value()));
    }

    /** Names unique in the whole project, so no rename or addition is refused as a duplicate. */
    private String uniqueName(String prefix, int i) {
        return prefix + "-" + Long.toHexString(random.nextLong() & 0xffffffffL) + "-" + i;
    }

    private void say(String verb, Action action) {
        out.println(verb + " " + action.line());
        out.flush();
    }

}
