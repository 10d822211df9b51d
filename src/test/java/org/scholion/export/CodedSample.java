package org.scholion.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholion.codebook.Code;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

/**
 * The sample project coded as a researcher codes it: each code's example passage from the study
 * codebook (verbatim in the thesis, across its hard line breaks), Kuzio's sentence on peacekeepers,
 * and an interview transcript in Russian with curly quotes and emoji, on pages 12 and 13, whose
 * codings carry memos (one of them written like a spreadsheet formula).
 */
public record CodedSample(Project project, Source interview, List<Coding> codings) {

    public static final String INTERVIEW_TITLE = "Интервью с экспертом «Кавказ» 🕊";
    /** Page 12 ends, and page 13 starts, at the paragraph break in the middle. */
    public static final String INTERVIEW_PAGE_12 =
            "Вопрос: Какова роль России? Ответ: “Россия — гарант мира”, сказал он 🙂.\n";
    public static final String INTERVIEW_PAGE_13 =
            "Миротворцы остаются «на неопределённый срок» 🇷🇺 — and that is the point.\n";
    public static final String FORMULA_MEMO = "=HYPERLINK(\"http://example.org\",\"click\")";
    public static final String CYRILLIC_MEMO = "Заметка: “гарант” is ironic 😉";

    /** A new sample project in {@code parent}, coded; the caller closes the project. */
    public static CodedSample create(Path parent) {
        Project project = SampleCorpus.imported(parent);
        try {
            List<Coding> codings = new ArrayList<>();
            Codebook codebook = project.codebook().snapshot();
            Source thesis = bySourceTitle(project, "Russia's policies");
            String thesisText = project.sources().text(thesis.id());
            for (Code code : codebook.depthFirst()) {
                String quote = quoted(code.guidance().example());
                if (quote != null) {
                    codings.add(project.codings().code(thesis.id(), find(thesisText, quote), code.id(),
                            TestProjects.CODER, codings.size() % 4 == 0 ? "example from the codebook" : null));
                }
            }
            Source kuzio = bySourceTitle(project, "Why Russian peacekeepers");
            codings.add(project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio,
                    TestProjects.PEACEKEEPERS_PASSAGE), TestProjects.code(project, TestProjects.PEACEKEEPING).id(),
                    "nino", FORMULA_MEMO));
            String text = INTERVIEW_PAGE_12 + INTERVIEW_PAGE_13;
            int page13 = text.codePointCount(0, INTERVIEW_PAGE_12.length());
            Source interview = TestProjects.addSource(project, INTERVIEW_TITLE, text,
                    PageMap.of(List.of(new PageMap.PageStart("12", 0), new PageMap.PageStart("13", page13))));
            codings.add(project.codings().code(interview.id(), TestProjects.spanOf(text, "“Россия — гарант мира”"),
                    TestProjects.code(project, TestProjects.PEACEKEEPING).id(), TestProjects.CODER, CYRILLIC_MEMO));
            codings.add(project.codings().code(interview.id(),
                    TestProjects.spanOf(text, "сказал он 🙂.\nМиротворцы остаются «на неопределённый срок» 🇷🇺"),
                    TestProjects.code(project, "Power-political interests/Military bases and physical presence").id(),
                    TestProjects.CODER, null));
            return new CodedSample(project, interview, List.copyOf(codings));
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    private static Source bySourceTitle(Project project, String prefix) {
        return project.sources().list().stream().filter(s -> s.title().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The part of a codebook example between its curly quotes, or null. */
    static String quoted(String example) {
        if (example == null) {
            return null;
        }
        int open = example.indexOf('\u201C');
        int close = example.lastIndexOf('\u201D');
        return open < 0 || close <= open ? null : example.substring(open + 1, close);
    }

    /** The code-point span of a quote in a text whose line breaks fall anywhere between its words. */
    static org.scholion.source.Span find(String text, String quote) {
        String regex = String.join("\\s+", java.util.Arrays.stream(quote.strip().split("\\s+")).map(Pattern::quote).toList());
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        return TextOffsets.of(text).toCodePoints(matcher.start(), matcher.end());
    }
}
