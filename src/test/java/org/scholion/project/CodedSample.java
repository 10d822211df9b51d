package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholion.codebook.CodeId;

/**
 * The sample corpus coded by three coders, the way a reliability study codes it: each coder
 * auto-codes the corpus with her own queries and scopes, so they agree on much and differ on some.
 * Ana and Ben code the same codes with overlapping but different queries and scopes (Ben codes NATO by
 * paragraph, Ana by sentence); only Ana codes energy, only Ben codes Turkey; Cleo codes NATO alone.
 * Every query runs against the corpus before anyone codes, so no coder's codings hide another's.
 *
 * <p>Built once per test JVM into a template; each call gets its own copy, which the caller closes.
 */
public final class CodedSample {

    public static final String ANA = "ana";
    public static final String BEN = "ben";
    public static final String CLEO = "cleo";
    public static final String NATO = "Power-political interests/NATO enlargement and Western presence";
    public static final String PEACEKEEPING = TestProjects.PEACEKEEPING;
    public static final String GEORGIA = "Bilateral relations/Relations with Georgia";
    public static final String ARMENIA = "Bilateral relations/Relations with Armenia";
    public static final String ENERGY = "Power-political interests/Energy and pipelines";
    public static final String TURKEY = "Bilateral relations/Relations with Turkey";

    /** One coder's pass over the corpus: every hit of the query, widened to the scope, gets the code. */
    public record Pass(String coder, String query, String codePath, AutocodeScope scope) {
    }

    public static final List<Pass> PASSES = List.of(
            new Pass(ANA, "peacekeeping OR peacekeepers", PEACEKEEPING, AutocodeScope.SENTENCE),
            new Pass(BEN, "peacekeeping OR mediation", PEACEKEEPING, AutocodeScope.SENTENCE),
            new Pass(ANA, "NATO", NATO, AutocodeScope.SENTENCE),
            new Pass(BEN, "NATO", NATO, AutocodeScope.PARAGRAPH),
            new Pass(CLEO, "NATO", NATO, AutocodeScope.SENTENCE),
            new Pass(ANA, "Georgia", GEORGIA, AutocodeScope.SENTENCE),
            new Pass(BEN, "Georgia OR Tbilisi", GEORGIA, AutocodeScope.SENTENCE),
            new Pass(ANA, "Armenia", ARMENIA, AutocodeScope.SENTENCE),
            new Pass(BEN, "Armenia OR Yerevan", ARMENIA, AutocodeScope.MATCH),
            new Pass(ANA, "pipeline OR pipelines", ENERGY, AutocodeScope.SENTENCE),
            new Pass(BEN, "Turkey", TURKEY, AutocodeScope.SENTENCE));

    private static Path template;

    private CodedSample() {
    }

    public static synchronized Project coded(Path parent) {
        Path folder = parent.resolve("coded-sample");
        SampleCorpus.copyTree(template(), folder);
        return Project.open(folder, TestProjects.clock());
    }

    private static Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("scholion-coded-template");
                try (Project project = SampleCorpus.imported(dir)) {
                    codeAll(project);
                    template = project.info().folder();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void codeAll(Project project) {
        List<AutocodePreview> previews = new ArrayList<>();
        for (Pass pass : PASSES) {
            CodeId code = TestProjects.code(project, pass.codePath()).id();
            AutocodePreview all = project.search().preview(pass.query(), code, pass.scope());
            previews.add(all);
        }
        for (int i = 0; i < PASSES.size(); i++) {
            Pass pass = PASSES.get(i);
            project.search().applyAutocode(previews.get(i), TestProjects.code(project, pass.codePath()).id(), pass.coder());
        }
    }

}
