package org.scholion.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Where and on what a benchmark ran: the machine, the JDK, the commit, the load, the process's peak memory. */
final class MachineInfo {

    private MachineInfo() {
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + BenchStats.fmt(ImportSearchBenchmark.totalMemory() / (1024.0 * 1024 * 1024), 1) + " GiB memory; JDK "
                + System.getProperty("java.vm.vendor") + " " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    /** The commit the program's sources are at ({@code git describe}), "+ changes" when the tree differs from it. */
    static String commit(Path home) {
        String head = git(home, "log", "-1", "--format=%h %s");
        String dirty = git(home, "status", "--porcelain", "--untracked-files=no");
        return head.isEmpty() ? "unknown (not a git checkout)" : head + (dirty.isEmpty() ? "" : " (+ uncommitted changes)");
    }

    /** The process's peak resident set (VmHWM in /proc/self/status), MB; -1 where there is no /proc. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String git(Path home, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = home.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
