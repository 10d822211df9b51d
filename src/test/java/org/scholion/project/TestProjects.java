package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.json.CodebookJson;
import org.scholion.source.NewSource;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * Real projects for the service, format and command-line tests: the study's codebook, texts from
 * the study's corpus, and a fingerprint of everything a user could see change.
 */
public final class TestProjects {

    /** Relative paths work: surefire runs the tests in the project's base directory. */
    public static final Path STUDY_CODEBOOK = Path.of("codebooks", "discourse-russia-south-caucasus.json");
    public static final Path CORPUS = Path.of("corpus");
    public static final Path KUZIO_TEXT = CORPUS.resolve("news-kuzio-russian-peacekeepers-2021.txt");

    public static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123Z");
    public static final String CODER = "anna";

    public static final String PEACEKEEPING = "Power-political interests/Exclusive peacekeeping and mediation";
    /** The passage the study project's one coding quotes. */
    public static final String PEACEKEEPERS_PASSAGE =
            "Russian peacekeepers have never helped resolve any conflict";

    private TestProjects() {
    }

    public static Clock clock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    /** A new, empty project in {@code parent}/study.scholion. */
    public static Project emptyProject(Path parent) {
        return Project.create(parent.resolve("study"), "Russia and the South Caucasus", clock());
    }

    /**
     * A new project holding the study codebook, the Kuzio commentary as source 1 and one coding of
     * {@link #PEACEKEEPERS_PASSAGE} with {@link #PEACEKEEPING}. The caller closes it.
     */
    public static Project studyProject(Path parent) {
        Project project = emptyProject(parent);
        try {
            project.codebook().importSpec(CodebookJson.read(STUDY_CODEBOOK), CODER);
            Source kuzio = addKuzio(project);
            project.codings().code(kuzio.id(), spanOf(project, kuzio, PEACEKEEPERS_PASSAGE),
                    code(project, PEACEKEEPING).id(), CODER, "peacekeepers as an instrument, not a neutral force");
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    public static Source addKuzio(Project project) {
        SourceMetadata metadata = new SourceMetadata("Why Russian peacekeepers are a threat to peace in the South Caucasus",
                SourceType.NEWS, List.of("Taras Kuzio"), PartialDate.parse("2021-11-25"), "en", "kuzio2021",
                "New Eastern Europe");
        return project.sources().add(new NewSource(metadata, read(KUZIO_TEXT), PageMap.NONE, null), CODER);
    }

    public static Source addSource(Project project, String title, String text, PageMap pages) {
        return project.sources().add(new NewSource(SourceMetadata.titled(title, SourceType.OTHER), text, pages, null),
                CODER);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code-point span of the first occurrence of {@code passage} in a text. */
    public static Span spanOf(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in the text");
        }
        TextOffsets offsets = TextOffsets.of(text);
        return offsets.toCodePoints(at, at + passage.length());
    }

    public static Span spanOf(Project project, Source source, String passage) {
        return spanOf(project.sources().text(source.id()), passage);
    }

    public static Code code(Project project, String path) {
        return project.codebook().snapshot().resolve(CodePath.parse(path));
    }

    public static String path(Project project, Code code) {
        return project.codebook().snapshot().pathOf(code.id()).toString();
    }

    public static Coding onlyCoding(Project project) {
        List<Coding> all = project.codings().list(CodingFilter.ALL);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one coding, found " + all.size());
        }
        return all.getFirst();
    }

    public static Memo memoOnCode(Project project, Code code, String title, String text) {
        var author = project.store().coders().ensure(CODER, T0);
        return project.store().memos().add(new MemoTarget.OnCode(code.id()), title, text, author, T0);
    }

    /** The exported codebook file of a project, as text (it is UTF-8). */
    public static String exported(Project project) {
        return new String(CodebookJson.toBytes(project.codebook().exportSpec()), StandardCharsets.UTF_8);
    }

    /**
     * Everything of a project a refused operation must not touch: the exported codebook, every code
     * with its id and position, every coding with its anchor, every memo, and the length of the log.
     */
    public record State(String codebookFile, List<Code> codes, List<Coding> codings, List<Memo> memos, long actions) {
        public static State of(Project project) {
            return new State(exported(project), project.codebook().snapshot().depthFirst(),
                    project.codings().list(CodingFilter.ALL), project.store().memos().all(),
                    project.store().log().size());
        }
    }
}
