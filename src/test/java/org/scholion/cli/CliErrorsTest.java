package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.TestProjects.PEACEKEEPING;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/**
 * What the command line promises scripts and users: help on every command (exit 0), bad usage is
 * exit 2 with the error and a hint on stderr, a failure is exit 1 with exactly one line naming the
 * problem and no stack trace unless --verbose asks for it, and a failed command changes nothing.
 * "DIR" in an argument list stands for the study project, "NEW" for a folder with no project.
 */
class CliErrorsTest {

    @TempDir
    Path dir;

    private TestProjects.State before;

    @BeforeEach
    void studyProject() {
        try (Project project = TestProjects.studyProject(dir)) {
            before = TestProjects.State.of(project);
        }
    }

    private String[] resolve(String... args) {
        return Arrays.stream(args).map(a -> switch (a) {
            case "DIR" -> dir.resolve("study").toString();
            case "NEW" -> dir.resolve("nowhere").toString();
            default -> a.replace("DIR", dir.resolve("study").toString()).replace("NEW", dir.resolve("nowhere").toString());
        }).toArray(String[]::new);
    }

    private void assertProjectUnchanged() {
        try (Project project = Project.open(dir.resolve("study"), TestProjects.clock())) {
            assertThat(TestProjects.State.of(project)).isEqualTo(before);
        }
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of(), List.of("new"), List.of("info"), List.of("codebook"), List.of("codebook", "import"),
                List.of("codebook", "export"), List.of("codebook", "list"), List.of("code"), List.of("codings"),
                List.of("undo"), List.of("redo"), List.of("memo"), List.of("memos"), List.of("memo-edit"),
                List.of("memo-delete"));
    }

    @ParameterizedTest(name = "scholion {0} --help")
    @MethodSource("commands")
    void everyCommandPrintsItsUsageOnHelp(List<String> command) {
        Cli help = Cli.run(Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new));

        assertThat(help.exit()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith(String.join(" ", Stream.concat(Stream.of("Usage: scholion"), command.stream())
                .toList()) + " ").contains("-h, --help", "--verbose");
    }

    @Test
    void theHelpCommandShowsACommandsOptions() {
        Cli help = Cli.run("help", "code");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: scholion code ").contains("--source=ID", "--start=N", "--end=M",
                "--code=PATH", "--memo=TEXT", "--coder=NAME");
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(List.of("codings", "DIR", "--bogus"), "scholion codings", "Unknown option: '--bogus'"),
                Arguments.of(List.of("code", "DIR", "--source", "1", "--end", "5", "--code", PEACEKEEPING),
                        "scholion code", "Missing required option: '--start=N'"),
                Arguments.of(List.of("code", "DIR", "--source", "1", "--start", "x", "--end", "5", "--code", PEACEKEEPING),
                        "scholion code", "Invalid value for option '--start': 'x' is not an int"),
                Arguments.of(List.of("info"), "scholion info", "Missing required parameter: 'DIR'"),
                Arguments.of(List.of("codebook", "import", "DIR"), "scholion codebook import",
                        "Missing required parameter: 'FILE'"),
                Arguments.of(List.of("frobnicate"), "scholion", "Unmatched argument at index 0: 'frobnicate'"),
                Arguments.of(List.of("memo", "DIR", "--project", "--code", PEACEKEEPING, "two targets"), "scholion memo",
                        "Error: --project, --code=PATH are mutually exclusive (specify only one)"),
                Arguments.of(List.of("memo", "DIR"), "scholion memo", "Missing required parameter: 'TEXT'"),
                Arguments.of(List.of("memo-edit", "DIR", "1"), "scholion memo-edit", "Give a new TEXT, a new --title, or both"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUsage")
    void badUsageExitsWithTwoAndSaysWhatIsWrong(List<String> args, String command, String error) {
        Cli run = Cli.run(resolve(args.toArray(String[]::new)));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(command + ": " + error, "Try '" + command + " --help'.");
        assertProjectUnchanged();
    }

    static Stream<Arguments> failures() {
        String malformed = Path.of("src", "test", "resources", "codebooks", "malformed", "not-json.json").toString();
        return Stream.of(
                Arguments.of(List.of("code", "DIR", "--source", "1", "--start", "0", "--end", "5",
                        "--code", "Security interests/Borders"),
                        "scholion code: no code 'Security interests/Borders' in the codebook"),
                Arguments.of(List.of("code", "DIR", "--source", "1", "--start", "0", "--end", "5",
                        "--code", "security interests"),
                        "scholion code: no code 'security interests' in the codebook (did you mean 'Security interests'?)"),
                Arguments.of(List.of("code", "DIR", "--source", "7", "--start", "0", "--end", "5", "--code", PEACEKEEPING),
                        "scholion code: there is no source with id 7"),
                Arguments.of(List.of("code", "DIR", "--source", "1", "--start", "9", "--end", "3", "--code", PEACEKEEPING),
                        "scholion code: span end 3 must be after its start 9"),
                Arguments.of(List.of("info", "NEW"), "scholion info: NEW: not a Scholion project (no project.db in it)"),
                Arguments.of(List.of("memo", "DIR", "--code", "Security interests/Borders", "a memo"),
                        "scholion memo: no code 'Security interests/Borders' in the codebook"),
                Arguments.of(List.of("memo", "DIR", "--source", "7", "a memo"), "scholion memo: there is no source with id 7"),
                Arguments.of(List.of("memos", "DIR", "--source", "7"), "scholion memos: there is no source with id 7"),
                Arguments.of(List.of("memo-edit", "DIR", "42", "new text"), "scholion memo-edit: there is no memo with id 42"),
                Arguments.of(List.of("memo-delete", "DIR", "42"), "scholion memo-delete: there is no memo with id 42"),
                Arguments.of(List.of("codings", "NEW", "--json"),
                        "scholion codings: NEW: not a Scholion project (no project.db in it)"),
                Arguments.of(List.of("codebook", "import", "DIR", malformed),
                        "scholion codebook import: " + malformed + ":1:1: not valid JSON: Unrecognized token 'key': "
                                + "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                Arguments.of(List.of("codebook", "import", "DIR", "NEW.json"),
                        "scholion codebook import: NEW.json:1:1: there is no such file"),
                Arguments.of(List.of("new", "DIR"),
                        "scholion new: DIR.scholion: a project already exists here"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureIsOneLineOnStandardErrorAndChangesNothing(List<String> args, String error) {
        Cli run = Cli.run(resolve(args.toArray(String[]::new)));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(resolve(error)[0]);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertProjectUnchanged();
    }

    @Test
    void aSpanBeyondTheTextIsRefusedWithTheTextsLength() {
        int length = TestProjects.read(TestProjects.KUZIO_TEXT).codePointCount(0,
                TestProjects.read(TestProjects.KUZIO_TEXT).length());

        Cli run = Cli.run(resolve("code", "DIR", "--source", "1", "--start", "100", "--end",
                Integer.toString(length + 1), "--code", PEACEKEEPING));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("scholion code: span [100, " + (length + 1) + ") ends after the text "
                + "of source 1 ('Why Russian peacekeepers are a threat to peace in the South Caucasus'), which has "
                + length + " code points");
        assertProjectUnchanged();
    }

    @Test
    void aProjectOpenElsewhereIsRefusedNamingIt() {
        try (Project open = Project.open(dir.resolve("study"))) {
            Cli run = Cli.run(resolve("codings", "DIR"));

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly("scholion codings: project " + open.info().folder()
                    + " is already open in this Scholion");
        }
    }

    @Test
    void nothingToUndoInANewProjectIsAFailure() {
        Cli.run(resolve("new", "NEW"));

        Cli run = Cli.run(resolve("undo", "NEW"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("scholion undo: there is nothing to undo");
        Cli redo = Cli.run(resolve("redo", "NEW"));
        assertThat(redo.exit()).isEqualTo(1);
        assertThat(redo.errLines()).containsExactly("scholion redo: there is nothing to redo");
    }

    @Test
    void redoWithAStrayArgumentIsBadUsage() {
        Cli run = Cli.run(resolve("redo", "DIR", "again"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines().getFirst()).startsWith("scholion redo: ").contains("again");
        assertProjectUnchanged();
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheMessageWhereverItIsGiven() {
        String[] unknownCode = {"code", "DIR", "--source", "1", "--start", "0", "--end", "5", "--code", "Nope"};
        List<String[]> variants = List.of(
                resolve(Stream.concat(Stream.of("--verbose"), Arrays.stream(unknownCode)).toArray(String[]::new)),
                resolve(Stream.concat(Arrays.stream(unknownCode), Stream.of("--verbose")).toArray(String[]::new)));

        for (String[] args : variants) {
            Cli run = Cli.run(args);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).first().isEqualTo("scholion code: no code 'Nope' in the codebook");
            assertThat(run.errLines()).element(1)
                    .isEqualTo("org.scholion.codebook.CodebookException: no code 'Nope' in the codebook");
            assertThat(run.errLines()).anyMatch(line -> line.startsWith("\tat org.scholion.codebook.Codebook.resolve"));
        }
    }
}
