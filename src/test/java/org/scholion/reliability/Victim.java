package org.scholion.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.scholion.store.ChildJvm;

/**
 * One run of {@link CrashWorkload} in a child JVM, killed with SIGKILL: after a number of
 * acknowledged actions, or after a time from its start that may end it while it is still
 * starting, opening the project or rebuilding the index.
 */
final class Victim {

    /** SIGKILL is signal 9; Java reports a process killed by signal n as exit value 128 + n. */
    static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String END = "\u0000end";

    private final Path work;
    private final String name;
    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private Victim(Path work, String name, Process process) {
        this.work = work;
        this.name = name;
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("victim-reader-" + name).start(this::read);
    }

    static Victim start(Path work, String name, Path project, Path incoming, String coder, long seed,
                        boolean imports) {
        try {
            Process process = ChildJvm.of(work, name, List.of("-Xmx256m"), CrashWorkload.class,
                    project.toString(), incoming.toString(), coder, Long.toString(seed), Boolean.toString(imports)).start();
            process.getOutputStream().close();
            return new Victim(work, name, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for this many acknowledgements and then a little more (an action takes milliseconds:
     * the kill should land anywhere in the next one, its transaction and fsync included, not just
     * between two), then kills; returns every whole line the child printed.
     */
    List<String> killAfterAcks(int acks, Duration more) throws InterruptedException {
        java.util.ArrayList<String> seen = new java.util.ArrayList<>();
        int acked = 0;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (acked < acks) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError("%s stopped or stalled after %d of %d acknowledgements (exit %s): %s"
                        .formatted(name, acked, acks, process.isAlive() ? "none yet" : process.exitValue(),
                                ChildJvm.stderr(work, name)));
            }
            seen.add(line);
            acked += line.startsWith("ACK ") ? 1 : 0;
        }
        Thread.sleep(more);
        seen.addAll(kill());
        return seen;
    }

    /** Kills after this long from the start, whatever the child is doing; returns its whole lines. */
    List<String> killAfter(Duration delay) throws InterruptedException {
        Thread.sleep(delay);
        return kill();
    }

    private List<String> kill() throws InterruptedException {
        // Through the handle: Process.destroyForcibly() would also close the pipe before it is read.
        process.toHandle().destroyForcibly();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not die of SIGKILL");
        }
        if (process.exitValue() != KILLED_BY_SIGKILL) {
            throw new AssertionError("%s ended by itself (exit %d) before the kill: %s"
                    .formatted(name, process.exitValue(), ChildJvm.stderr(work, name)));
        }
        reader.join(PATIENCE);
        java.util.ArrayList<String> rest = new java.util.ArrayList<>();
        lines.drainTo(rest);
        rest.remove(END);
        return rest;
    }

    /** Whole lines only: a line the kill cut short was never seen by a user. */
    private void read() {
        try (InputStream in = process.getInputStream();
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c = text.read(); c != -1; c = text.read()) {
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the pipe broke with the kill: what was read is all there is
        } finally {
            lines.add(END);
        }
    }
}
