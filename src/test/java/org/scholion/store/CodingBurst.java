package org.scholion.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Random;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The victim of {@link CrashSafetyTest}, run in its own JVM: opens a project and codes random
 * passages of one source as fast as it can, one user action (one transaction) each. After each
 * commit it prints {@code ACK <codingId> <start> <end>} and flushes, which is the moment a user
 * would have seen the coding appear; the test then kills it with SIGKILL at a random moment.
 *
 * <p>Arguments: project folder, source id, code id, coder name, random seed.
 */
public final class CodingBurst {

    /** Enough for any test; a child whose parent never kills it still stops. */
    private static final int MAX_CODINGS = 5_000;

    private CodingBurst() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        SourceId source = new SourceId(Long.parseLong(args[1]));
        CodeId code = new CodeId(Long.parseLong(args[2]));
        String coder = args[3];
        Random random = new Random(Long.parseLong(args[4]));
        PrintStream out = System.out;
        try (Project project = Project.open(folder)) {
            int length = project.sources().get(source).textLength();
            for (int i = 0; i < MAX_CODINGS; i++) {
                int start = random.nextInt(length - 1);
                int end = start + 1 + random.nextInt(Math.min(40, length - start));
                Coding coding = project.codings().code(source, new Span(start, end), code, coder, "burst " + i);
                out.println("ACK " + coding.id().value() + " " + start + " " + end);
                out.flush();
                if (out.checkError()) {
                    return; // the test is gone: stop rather than code on unobserved
                }
            }
        }
    }
}
