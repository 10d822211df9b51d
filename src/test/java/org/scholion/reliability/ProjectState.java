package org.scholion.reliability;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholion.codebook.Code;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.source.Source;

/**
 * What a project holds of what {@link CrashWorkload} does to it, in comparable form: each coding as
 * "source start end code memo", each code as "parent name", each source as its marker word. The
 * test keeps one built from acknowledgements and compares it with one read from the project.
 */
record ProjectState(Map<Long, String> codings, Map<Long, String> codes, Map<Long, String> sources) {

    private static final Pattern MARKER = Pattern.compile("Opening of (\\w+):");

    ProjectState {
        codings = new TreeMap<>(codings);
        codes = new TreeMap<>(codes);
        sources = new TreeMap<>(sources);
    }

    static ProjectState of(Project project) {
        Map<Long, String> codings = new TreeMap<>();
        for (Coding coding : project.codings().list(CodingFilter.ALL)) {
            codings.put(coding.id().value(), coding(coding.source().value(), coding.span().start(),
                    coding.span().end(), coding.code().value(), coding.memo()));
        }
        Map<Long, String> codes = new TreeMap<>();
        for (Code code : project.codebook().snapshot().depthFirst()) {
            codes.put(code.id().value(), code(code.parent() == null ? 0 : code.parent().value(), code.name()));
        }
        Map<Long, String> sources = new TreeMap<>();
        for (Source source : project.sources().list()) {
            Matcher marker = MARKER.matcher(project.sources().text(source.id()));
            sources.put(source.id().value(), marker.find() ? marker.group(1) : "(no marker)");
        }
        return new ProjectState(codings, codes, sources);
    }

    /** This state with an action done; a new thing takes the action's id. */
    ProjectState with(Action action) {
        ProjectState next = new ProjectState(codings, codes, sources);
        long[] n = action.numbers();
        switch (action.kind()) {
            case "code" -> next.codings.put(action.id(), coding(n[0], n[1], n[2], n[3], ""));
            case "remove" -> next.codings.remove(action.id());
            case "memo" -> next.codings.computeIfPresent(action.id(),
                    (id, old) -> old.substring(0, nthSpace(old, 4)) + " " + memoWord(action.text()));
            case "addcode" -> next.codes.put(action.id(), code(n[0], action.text()));
            case "rename" -> next.codes.computeIfPresent(action.id(),
                    (id, old) -> old.substring(0, old.indexOf(' ')) + " " + action.text());
            case "import" -> next.sources.put(action.id(), action.text());
            default -> throw new IllegalArgumentException("unknown action: " + action);
        }
        return next;
    }

    /**
     * How this state (from the acknowledgements) can be what {@code found} holds, with the action
     * that was under way when the process died either done or not: the state found, or empty when
     * it holds anything else.
     */
    Optional<ProjectState> explains(ProjectState found, Action underWay) {
        if (found.equals(this)) {
            return Optional.of(found);
        }
        if (underWay == null) {
            return Optional.empty();
        }
        Action done = underWay;
        if (underWay.makesSomething()) {
            Map<Long, String> mine = underWay.kind().equals("code") ? codings
                    : underWay.kind().equals("addcode") ? codes : sources;
            Map<Long, String> theirs = underWay.kind().equals("code") ? found.codings
                    : underWay.kind().equals("addcode") ? found.codes : found.sources;
            Optional<Long> made = theirs.keySet().stream().filter(id -> !mine.containsKey(id)).findFirst();
            if (made.isEmpty()) {
                return Optional.empty();
            }
            done = underWay.withId(made.get());
        }
        return with(done).equals(found) ? Optional.of(found) : Optional.empty();
    }

    private static String coding(long source, long start, long end, long code, String memo) {
        return source + " " + start + " " + end + " " + code + " " + memoWord(memo);
    }

    private static String code(long parent, String name) {
        return parent + " " + name;
    }

    private static String memoWord(String memo) {
        return memo == null || memo.isEmpty() ? "-" : memo;
    }

    private static int nthSpace(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(' ', at + 1);
        }
        return at;
    }
}
