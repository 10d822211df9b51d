package org.scholion.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.source.AttributeType;
import org.scholion.source.NewSource;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.store.ProjectStore;

/**
 * The sample project made into what a REFI-QDA round trip must carry: codings by two coders (one
 * span coded twice, memos on codings), memos on the project, a source and a code, typed attributes,
 * a code that only groups others, a code with a bare definition, a source whose text has emoji and
 * a page map; and a fingerprint of all of it that a user could see.
 */
final class ExchangeProjects {

    static final String BORIS = "Борис";
    static final String EMOJI_TEXT = "Миротворцы 🕊\uFE0F прибыли в Карабах 😀 в ноябре 2020 года.\n"
            + "Second page: 𝔄 thesis on the peacekeepers 👩\u200D🔬 and their mandate.";

    private ExchangeProjects() {
    }

    /** The sample corpus and codebook with everything above added; the caller closes it. */
    static Project coded(Path dir) {
        Project project = SampleCorpus.imported(dir);
        try {
            ProjectStore store = project.store();
            store.write(TestProjects.CODER, () -> store.describe("A study of Russia's role in the South Caucasus."));
            List<Source> sources = project.sources().list();
            Source kuzio = sources.stream().filter(s -> project.sources().text(s.id())
                    .contains(TestProjects.PEACEKEEPERS_PASSAGE)).findFirst().orElseThrow();
            Source thesis = sources.stream().filter(s -> s.metadata().type() == SourceType.THESIS).findFirst().orElseThrow();
            Code peacekeeping = TestProjects.code(project, TestProjects.PEACEKEEPING);
            Code security = TestProjects.code(project, "Security interests");
            Code armenia = TestProjects.code(project, "Bilateral relations/Relations with Armenia");

            String kuzioText = project.sources().text(kuzio.id());
            Span peacekeepers = TestProjects.spanOf(kuzioText, TestProjects.PEACEKEEPERS_PASSAGE);
            project.codings().code(kuzio.id(), peacekeepers, peacekeeping.id(), TestProjects.CODER,
                    "peacekeepers as an instrument, not a neutral force");
            project.codings().code(kuzio.id(), peacekeepers, security.id(), BORIS, "");
            project.codings().code(kuzio.id(), TestProjects.spanOf(kuzioText, "The second issue"), armenia.id(),
                    BORIS, "Armenia's dependence 😀");
            Span both = TestProjects.spanOf(kuzioText, "South Caucasus");
            project.codings().code(kuzio.id(), both, security.id(), TestProjects.CODER, "the region named");
            project.codings().code(kuzio.id(), both, armenia.id(), BORIS, "the region named");
            String thesisText = project.sources().text(thesis.id());
            project.codings().code(thesis.id(), TestProjects.spanOf(thesisText, "Abkhazia"), security.id(),
                    TestProjects.CODER, "");

            Source emoji = project.sources().add(new NewSource(new SourceMetadata("Миротворцы в Карабахе",
                    SourceType.NEWS, List.of("Иванова, Анна", "Petrov, Boris"), PartialDate.parse("2021-11"), "ru",
                    "ivanova2021", "Kommersant"), EMOJI_TEXT, new PageMap(List.of(new PageMap.PageStart("1", 0),
                    new PageMap.PageStart("2", TestProjects.spanOf(EMOJI_TEXT, "Second page").start()))), null),
                    TestProjects.CODER);
            project.codings().code(emoji.id(), TestProjects.spanOf(EMOJI_TEXT, "𝔄 thesis on the peacekeepers"),
                    peacekeeping.id(), BORIS, "after a mathematical letter");
            project.codings().code(emoji.id(), TestProjects.spanOf(EMOJI_TEXT, "в ноябре 2020 года"),
                    security.id(), TestProjects.CODER, "");

            project.sources().setAttribute(kuzio.id(), "region", AttributeType.TEXT, "South Caucasus", TestProjects.CODER);
            project.sources().setAttribute(kuzio.id(), "pages", AttributeType.INTEGER, "4", TestProjects.CODER);
            project.sources().setAttribute(kuzio.id(), "peer reviewed", AttributeType.BOOLEAN, "false", TestProjects.CODER);
            project.sources().setAttribute(thesis.id(), "rating", AttributeType.DECIMAL, "4.5", TestProjects.CODER);
            project.sources().setAttribute(thesis.id(), "read on", AttributeType.DATE, "2026-01-15", TestProjects.CODER);
            project.sources().setAttribute(emoji.id(), "region", AttributeType.TEXT, "Карабах 🕊", TestProjects.CODER);

            var anna = store.coders().ensure(TestProjects.CODER, TestProjects.T0);
            var boris = store.coders().ensure(BORIS, TestProjects.T0);
            store.write(TestProjects.CODER, () -> {
                store.memos().add(MemoTarget.project(), "Research question", "Does Russia act as a guarantor?\nOr a spoiler?",
                        anna, TestProjects.T0);
                store.memos().add(new MemoTarget.OnCode(security.id()), "Boundary", "Overlaps with power politics.",
                        boris, TestProjects.T0.plusSeconds(60));
                store.memos().add(MemoTarget.project(), "", "A memo without a title or author.", null, TestProjects.T0);
            });
            project.sources().setMemo(kuzio.id(), "Polemical; cited often 𝔄.", BORIS);

            Code grouping = project.codebook().add(null, "Themes (grouping only)", CodeColor.parse("#336699"), null,
                    TestProjects.CODER);
            store.write(TestProjects.CODER, () -> store.codes().identify(grouping.id(),
                    store.codes().guids().get(grouping.id()), false));
            project.codebook().add(grouping.id(), "Only a definition", CodeColor.parse("teal"),
                    new CodeGuidance("Nothing but a definition.", "", "", ""), TestProjects.CODER);
            project.codebook().add(grouping.id(), "Labelled lookalike", CodeColor.parse("teal"),
                    new CodeGuidance("When to use: a definition that looks labelled.", "", "", ""), TestProjects.CODER);

            // cases and sets come only from exchange files: made here as an import would store them
            String kuzioGuid = store.sources().guids().get(kuzio.id());
            store.write(TestProjects.CODER, () -> {
                store.attributes().define("country", AttributeType.TEXT, null, TestProjects.T0);
                long armeniaCase = store.cases().add("Armenia", "The Armenian side.", null, TestProjects.T0);
                store.cases().addSource(armeniaCase, kuzio.id());
                store.cases().addCode(armeniaCase, armenia.id());
                store.cases().addSelection(armeniaCase, DerivedGuids.selection(kuzioGuid, both.start(), both.end()).value());
                store.cases().setValue(armeniaCase, "country", "Armenia");
                store.cases().setValue(armeniaCase, "pages", "12");
                store.cases().add("Empty case", "", null, TestProjects.T0);
                long interests = store.sets().add("Interests", "Security and power.", null, TestProjects.T0);
                store.sets().addCode(interests, security.id());
                store.sets().addCode(interests, peacekeeping.id());
                long reading = store.sets().add("Reading list", "", null, TestProjects.T0);
                store.sets().addSource(reading, kuzio.id());
                store.sets().addSource(reading, emoji.id());
                store.sets().addMemo(reading, store.memos().all().getFirst().id());
            });
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** Everything of a project a user could tell apart, by names, paths and titles rather than ids. */
    record Fingerprint(String name, String description, List<String> coders, List<String> codes,
                       List<String> codings, List<String> memos, Map<String, String> sources, List<String> cases,
                       List<String> sets) {

        static Fingerprint of(Project project) {
            ProjectStore store = project.store();
            return store.read(() -> {
                Codebook codebook = store.codes().codebook();
                var notCodable = store.codes().notCodable();
                List<String> codes = codebook.depthFirst().stream().map(c -> codebook.pathOf(c.id()) + " | "
                        + c.color() + " | " + c.guidance() + " | codable " + !notCodable.contains(c.id())).toList();
                Map<org.scholion.source.SourceId, String> titles = new TreeMap<>(Comparator.comparingLong(
                        org.scholion.source.SourceId::value));
                store.sources().list().forEach(s -> titles.put(s.id(), s.title()));
                List<String> codings = new ArrayList<>();
                for (Coding c : store.codings().list(CodingFilter.ALL)) {
                    codings.add(titles.get(c.source()) + " " + c.span() + " " + codebook.pathOf(c.code()) + " by "
                            + c.coder().name() + " at " + c.created() + " memo '" + c.memo() + "' quote '"
                            + c.anchor().quote() + "'");
                }
                codings.sort(null);
                List<String> memos = new ArrayList<>();
                for (Memo m : store.memos().all()) {
                    String on = switch (m.target()) {
                        case MemoTarget.OnProject p -> "project";
                        case MemoTarget.OnSource s -> "source " + titles.get(s.source());
                        case MemoTarget.OnCode c -> "code " + codebook.pathOf(c.code());
                    };
                    memos.add(on + ": '" + m.title() + "' '" + m.text() + "' by "
                            + (m.author() == null ? "nobody" : m.author().name()) + " " + m.created() + " " + m.modified());
                }
                Map<String, String> sources = new TreeMap<>();
                for (Source s : store.sources().list()) {
                    sources.put(s.title(), s.metadata() + " pages " + store.sources().pageMap(s.id()) + " attributes "
                            + store.attributes().of(s.id()) + " text " + s.textSha256() + " length " + s.textLength());
                }
                Map<Long, String> memoTexts = new TreeMap<>();
                store.memos().all().forEach(m -> memoTexts.put(m.id(), m.text()));
                List<String> cases = store.cases().list().stream().map(c -> c.name() + " '" + c.description() + "' "
                        + c.sources().stream().map(titles::get).toList() + " " + c.codes().stream()
                        .map(codebook::pathOf).toList() + " " + c.selections() + " " + c.values()).toList();
                List<String> sets = store.sets().list().stream().map(set -> set.name() + " '" + set.description() + "' "
                        + set.codes().stream().map(codebook::pathOf).toList() + " " + set.sources().stream()
                        .map(titles::get).toList() + " " + set.memos().stream().map(memoTexts::get).toList()).toList();
                var info = store.info();
                return new Fingerprint(info.name(), info.description(),
                        store.coders().list().stream().map(c -> c.name()).toList(), codes, codings, memos, sources,
                        cases, sets);
            });
        }
    }
}
