package org.scholion.project;

import java.nio.file.Path;
import java.util.List;
import org.scholion.coding.Coding;
import org.scholion.source.NewSource;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.TextOffsets;

/**
 * The sample project coded for export tests: five codings by three coders in four sources, one of
 * them a paged Ukrainian news text with Cyrillic, emoji, curly quotes, markup and a would-be
 * spreadsheet formula, so every writer meets what a real corpus throws at it.
 */
public record ExportProjects(Project project, Source kuzio, Source miholjcic, Source thesis, Source ukrainian,
                             Coding kuzioCoding, Coding miholjcicCoding, Coding thesisCoding, Coding acrossPages,
                             Coding formula) {

    public static final String GREAT_POWER = "Power-political interests/Great-power status";
    public static final String BORDER = "Security interests/Border security";
    public static final String GEORGIA = "Bilateral relations/Relations with Georgia";

    static final String PAGE_11 = "Вступ. Миротворці «не допомогли» жодному конфлікту.\n\n";
    static final String PAGE_12 = "Заява: “Росія — гарант миру” 🕊️ — так казали. <script>alert('x')</script> & Co.\n\n"
            + "=SUM(A1:A9) виглядає як формула.\n\n";
    static final String PAGE_13 = "Кінець 🙂 тексту, із лапками „так“ і 'ні'.";
    public static final String ACROSS_PAGES = "“Росія — гарант миру” 🕊️ — так казали. <script>alert('x')</script> & Co.\n\n"
            + "=SUM(A1:A9) виглядає як формула.\n\nКінець 🙂";
    public static final String FORMULA = "=SUM(A1:A9) виглядає як формула.";
    public static final String MIHOLJCIC_PASSAGE = "This article examines the nature of the peacekeeping missions";
    public static final String THESIS_PASSAGE = "Policymakers in the Kremlin explain their policies";
    public static final String UKRAINIAN_MEMO = "Мемо: “цитата” 🙂, =1+1 <b>";

    /** The project with its codings; the caller closes it. */
    public static ExportProjects create(Path parent) {
        Project project = SampleCorpus.imported(parent);
        try {
            Source kuzio = byKey(project, "kuzio2021");
            Source miholjcic = byKey(project, "miholjcic2022");
            Source thesis = byKey(project, "thesisSouthCaucasus");
            Source ukrainian = addUkrainian(project);
            Coding k = project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    TestProjects.code(project, TestProjects.PEACEKEEPING).id(), "anna", "peacekeepers as an instrument");
            Coding m = project.codings().code(miholjcic.id(), TestProjects.spanOf(project, miholjcic, MIHOLJCIC_PASSAGE),
                    TestProjects.code(project, TestProjects.PEACEKEEPING).id(), "boris", "");
            Coding t = project.codings().code(thesis.id(), TestProjects.spanOf(project, thesis, THESIS_PASSAGE),
                    TestProjects.code(project, GEORGIA).id(), "anna", "");
            Coding across = project.codings().code(ukrainian.id(), TestProjects.spanOf(project, ukrainian, ACROSS_PAGES),
                    TestProjects.code(project, GREAT_POWER).id(), "Олена", UKRAINIAN_MEMO);
            Coding formula = project.codings().code(ukrainian.id(), TestProjects.spanOf(project, ukrainian, FORMULA),
                    TestProjects.code(project, BORDER).id(), "anna", "");
            return new ExportProjects(project, kuzio, miholjcic, thesis, ukrainian, k, m, t, across, formula);
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** The stored text at a coding's offsets: what every export must quote. */
    public String stored(Coding coding) {
        return TextOffsets.of(project.sources().text(coding.source())).slice(coding.span());
    }

    public List<Coding> codings() {
        return List.of(kuzioCoding, miholjcicCoding, thesisCoding, acrossPages, formula);
    }

    private static Source byKey(Project project, String key) {
        return project.sources().list().stream().filter(s -> key.equals(s.metadata().citationKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source " + key + " in the sample corpus"));
    }

    private static Source addUkrainian(Project project) {
        String text = PAGE_11 + PAGE_12 + PAGE_13;
        int page12 = TextOffsets.codePointLength(PAGE_11);
        int page13 = page12 + TextOffsets.codePointLength(PAGE_12);
        PageMap pages = PageMap.of(List.of(new PageMap.PageStart("11", 0), new PageMap.PageStart("12", page12),
                new PageMap.PageStart("13", page13)));
        SourceMetadata metadata = new SourceMetadata("Миротворці & «гарантії»", SourceType.NEWS,
                List.of("Олена Петренко"), PartialDate.parse("2023-05"), "uk", "petrenko2023", "Дзеркало тижня");
        return project.sources().add(new NewSource(metadata, text, pages, null), TestProjects.CODER);
    }
}
