package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.QdaModels.CODE;
import static org.scholion.project.QdaModels.CP;
import static org.scholion.project.QdaModels.CREATED;
import static org.scholion.project.QdaModels.guid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.corpus.Fixtures;
import org.scholion.exchange.QdaCase;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaNote;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSet;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdaSourceKind;
import org.scholion.exchange.QdaUser;
import org.scholion.exchange.QdaVariable;
import org.scholion.exchange.QdaVariableType;
import org.scholion.exchange.QdaVariableValue;
import org.scholion.source.AttributeType;
import org.scholion.source.Source;
import org.scholion.source.SourceAttribute;

/**
 * What Scholion cannot hold as a file has it is listed in the import report, one line each, and
 * what it can hold arrives: hand-made files with the quirks and gaps real tools produce.
 */
class QdaImportReportTest {

    static final String INTERVIEW = "Q: How did the talks go?\r\nA: 😀 They went well, the peacekeepers stayed.\r\n"
            + "Q: And then?\rA: Nothing changed.";
    static final int STORED_LENGTH = INTERVIEW.replace("\r\n", "\n").codePointCount(0, INTERVIEW.replace("\r\n", "\n").length());

    @TempDir
    Path dir;

    @Test
    void selectionsThatCannotBeHeldAreSkippedAndReportedWithTheirSourceAndPositions() {
        QdaCoding unknownCode = new QdaCoding(guid(31), guid(999), CP.guid(), CREATED, List.of());
        List<QdaSelection> selections = List.of(
                QdaModels.selection(10, 0, 24),                 // "Q: How did the talks go?"
                QdaModels.selection(12, 500, 520),              // outside the text
                QdaModels.selection(14, 30, 30),                // empty
                QdaModels.selection(20, 10, 5),                 // reversed
                new QdaSelection(guid(16), "", 3, 6, "", List.of(unknownCode), List.of(), CP.guid(), CREATED, null),
                new QdaSelection(guid(18), "", 3, 6, "", List.of(), List.of(), CP.guid(), CREATED, null));
        QdaSource interview = new QdaSource(guid(100), "Interview 1", QdaSourceKind.TEXT, "", INTERVIEW, null, null,
                selections, List.of(new QdaCoding(guid(40), CODE.guid(), CP.guid(), CREATED, List.of())), List.of(),
                List.of(), CP.guid(), CREATED, null, 2);
        QdaSource picture = new QdaSource(guid(101), "Map of Karabakh", QdaSourceKind.PICTURE, "", null, null,
                "internal://map.png", List.of(), List.of(new QdaCoding(guid(41), CODE.guid(), CP.guid(), CREATED,
                List.of())), List.of(), List.of(), null, null, null, 3);
        QdaSource audio = new QdaSource(guid(102), "Interview 2 (audio)", QdaSourceKind.AUDIO, "", null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, null, 0);
        QdaSource missing = new QdaSource(guid(103), "Report", QdaSourceKind.TEXT, "", null, null,
                "internal://report.docx", List.of(), List.of(), List.of(), List.of(), null, null, null, 0);
        QdaSource empty = new QdaSource(guid(104), "Nothing", QdaSourceKind.TEXT, "", null, null, null, List.of(),
                List.of(), List.of(), List.of(), null, null, null, 0);

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(
                QdaModels.project("ATLAS.ti 23", List.of(interview, picture, audio, missing, empty)),
                QdaImportRequest.of(dir.resolve("p"), "anna", path -> Optional.empty()));
        QdaImportReport report = imported.report().withReaderWarnings(List.of("a link between two codes\n(Links) is not read"));

        assertThat(report.notes()).containsExactly(
                "a link between two codes (Links) is not read",
                "source 'Interview 1': 2 selections of a kind Scholion cannot hold (picture regions, audio or video): "
                        + "not imported",
                "source 'Map of Karabakh' is a picture: Scholion holds text only; not imported (with its 1 coding)",
                "source 'Interview 2 (audio)' is an audio recording: Scholion holds text only; not imported",
                "source 'Report': its document 'internal://report.docx' is not in the file: not imported",
                "source 'Nothing' has no text in the file: not imported",
                "selection [500, 520) in 'Interview 1' lies outside its text (" + STORED_LENGTH + " characters): its 1 coding skipped",
                "selection [30, 30) in 'Interview 1' is empty: its 1 coding skipped",
                "selection [10, 5) in 'Interview 1' ends before it starts: its 1 coding skipped",
                "selection [3, 6) in 'Interview 1': a coding of a code the file does not have (" + guid(999)
                        + "): skipped",
                "selection [3, 6) in 'Interview 1' has no coding: not imported",
                "source 'Interview 1': 1 coding of the whole source became coding of its whole text");
        assertThat(report.summary()).isEqualTo("imported 1 coder, 1 code, 1 source, 2 codings, 0 memos (and 0 on "
                + "codings), 0 attributes, 0 cases, 0 sets; 12 items left out or changed (see the report)");
        try (Project project = Project.open(imported.project())) {
            String stored = INTERVIEW.replace("\r\n", "\n").replace('\r', '\n');
            assertThat(project.sources().text(project.sources().list().getFirst().id())).isEqualTo(stored);
            assertThat(project.codings().list(CodingFilter.ALL)).extracting(c -> c.anchor().quote())
                    .containsExactly("Q: How did the talks go?", stored);
        }
    }

    @Test
    void usersCodesAndVariablesAreMadeValidAndEveryChangeIsReported() {
        QdaUser noName = new QdaUser(guid(3), "", "BB");
        QdaUser nothing = new QdaUser(guid(4), " ", "");
        QdaUser twin = new QdaUser(guid(5), "cp", "");
        QdaCode programming = new QdaCode(guid(20), "programming", true, "#00FF00", "", List.of(), List.of());
        QdaCode programmingAgain = new QdaCode(guid(21), "Programming", true, null, "", List.of(), List.of());
        QdaCode broken = new QdaCode(guid(22), "  two\nlines\t", true, "#GGG", "", List.of(), List.of());
        QdaCode unnamed = new QdaCode(guid(23), "", true, null, "", List.of(), List.of());
        QdaCode labelled = new QdaCode(guid(24), "Labelled", true, "#abc",
                "Definition: what it is\n\nExample: «a quote»", List.of(), List.of());
        QdaCode top = new QdaCode(guid(25), "Top", false, "#123456", "Plain description from NVivo.", List.of(),
                List.of(programming, programmingAgain, broken, unnamed, labelled));
        QdaVariable region = new QdaVariable(guid(60), "region", QdaVariableType.TEXT, "");
        QdaVariable year = new QdaVariable(guid(61), "year", QdaVariableType.INTEGER, "");
        QdaVariable recorded = new QdaVariable(guid(62), "recorded", QdaVariableType.DATE_TIME, "");
        QdaVariable dated = new QdaVariable(guid(63), "scholion:date", QdaVariableType.TEXT, "");
        QdaVariable regionAgain = new QdaVariable(guid(64), "Region", QdaVariableType.FLOAT, "");
        QdaSource source = new QdaSource(guid(100), "Interview 1", QdaSourceKind.TEXT, "", INTERVIEW, null, null,
                List.of(new QdaSelection(guid(70), "", 0, 1, "", List.of(new QdaCoding(guid(71), guid(20), guid(3),
                        CREATED, List.of()), new QdaCoding(guid(72), guid(21), guid(777), CREATED, List.of())),
                        List.of(), null, CREATED, null)), List.of(), List.of(),
                List.of(new QdaVariableValue(guid(60), QdaVariableType.TEXT, "Karabakh"),
                        new QdaVariableValue(guid(61), QdaVariableType.INTEGER, "nineteen"),
                        new QdaVariableValue(guid(62), QdaVariableType.DATE_TIME, "2021-11-25T10:00:00Z"),
                        new QdaVariableValue(guid(63), QdaVariableType.TEXT, "25 Nov 2021"),
                        new QdaVariableValue(guid(64), QdaVariableType.FLOAT, "2.50"),
                        new QdaVariableValue(guid(65), QdaVariableType.TEXT, "orphan")),
                CP.guid(), CREATED, null, 0);
        QdaProject model = new QdaProject("Quirks", "NVivo 14", "Described.", null, CREATED, null,
                List.of(CP, noName, nothing, twin), List.of(top), List.of(region, year, recorded, dated, regionAgain),
                List.of(), List.of(source), List.of(), List.of(), List.of());

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("p"), "anna", null));

        assertThat(imported.report().notes()).containsExactly(
                "a user without a name (" + guid(3) + ") is the coder 'BB'",
                "a user without a name (" + guid(4) + ") is the coder 'user-00000000'",
                "users " + guid(1) + " and " + guid(5) + " are both named 'cp': they are one coder",
                "variable 'recorded' holds dates with times: kept as text",
                "variable 'Region' is the attribute 'Region (2)': another variable has that name",
                "code 'Programming' under 'Top' is renamed 'Programming (2)': another code there has that name",
                "code '  two\\nlines\\t' under 'Top' is named 'two lines' (a code name has no line breaks or surrounding "
                        + "blanks, is not empty and has at most 200 characters)",
                "code 'Top/two lines' has the colour '#GGG', which is none: it got one of Scholion's",
                "code '' under 'Top' is named 'Code 00000000' (a code name has no line breaks or surrounding blanks, "
                        + "is not empty and has at most 200 characters)",
                "source 'Interview 1': scholion:date '25 Nov 2021' is not used ('25 Nov 2021' is not a date of the form "
                        + "YYYY, YYYY-MM or YYYY-MM-DD)",
                "source 'Interview 1': the value 'orphan' of a variable the file does not define (" + guid(65)
                        + "): not imported",
                "source 'Interview 1': 'nineteen' is not of the type of 'year' (integer): not imported",
                "1 coding names no user the file lists: coded by 'anna'");
        try (Project project = Project.open(imported.project())) {
            assertThat(project.info().name()).isEqualTo("Quirks");
            assertThat(project.info().description()).isEqualTo("Described.");
            assertThat(project.coders()).extracting(c -> c.name()).containsExactly("BB", "anna", "cp", "user-00000000");
            Codebook codebook = project.codebook().snapshot();
            assertThat(codebook.depthFirst()).extracting(c -> codebook.pathOf(c.id()).toString()).containsExactly(
                    "Top", "Top/programming", "Top/Programming (2)", "Top/two lines", "Top/Code 00000000", "Top/Labelled");
            assertThat(codebook.depthFirst()).extracting(c -> c.color().hex()).containsExactly(
                    "#123456", "#00ff00", "#1f77b4", "#ff7f0e", "#2ca02c", "#aabbcc");
            assertThat(project.store().codes().notCodable()).containsExactly(codebook.roots().getFirst().id());
            assertThat(codebook.roots().getFirst().guidance())
                    .isEqualTo(new CodeGuidance("Plain description from NVivo.", "", "", ""));
            assertThat(TestProjects.code(project, "Top/Labelled").guidance())
                    .isEqualTo(new CodeGuidance("what it is", "", "", "«a quote»"));
            Source interview = project.sources().list().getFirst();
            assertThat(project.sources().attributes(interview.id())).containsExactly(
                    new SourceAttribute("Region (2)", AttributeType.DECIMAL, "2.50"),
                    new SourceAttribute("recorded", AttributeType.TEXT, "2021-11-25T10:00:00Z"),
                    new SourceAttribute("region", AttributeType.TEXT, "Karabakh"));
            assertThat(project.codings().list(CodingFilter.ALL)).extracting(c -> c.coder().name())
                    .containsExactly("BB", "anna");
        }
    }

    @Test
    void notesBecomeMemosWhereTheyWereAndCodingMemosGatherEveryNoteOnTheSelection() {
        QdaNote onProject = note(50, "Question", "What changed?");
        QdaNote onSource = note(51, "", "Long interview.");
        QdaNote onCode = note(52, "Scope", "Peace and its keepers.");
        QdaNote loose = note(53, "Loose", "Referenced by nothing.");
        QdaNote onSelection = note(54, "", "A note on the passage.");
        QdaNote onCoding = note(55, "", "Why this code.");
        QdaNote onSkipped = note(56, "Lost place", "Was on a selection outside the text.");
        QdaNote twice = note(57, "Twice", "On two codes.");
        QdaCode peace = new QdaCode(CODE.guid(), "peace", true, null, "", List.of(onCode.guid(), twice.guid()), List.of());
        QdaCode war = new QdaCode(guid(3), "war", true, null, "", List.of(twice.guid()), List.of());
        QdaSelection atlas = new QdaSelection(guid(10), "", 0, 24, "ATLAS.ti keeps its memo here.",
                List.of(new QdaCoding(guid(11), CODE.guid(), CP.guid(), CREATED, List.of(onCoding.guid())),
                        new QdaCoding(guid(12), guid(3), CP.guid(), CREATED, List.of())),
                List.of(onSelection.guid(), guid(88)), CP.guid(), CREATED, null);
        QdaSelection outside = new QdaSelection(guid(13), "", 900, 910, "described", List.of(new QdaCoding(guid(14),
                CODE.guid(), CP.guid(), CREATED, List.of())), List.of(onSkipped.guid()), CP.guid(), CREATED, null);
        QdaSource source = new QdaSource(guid(100), "Interview 1", QdaSourceKind.TEXT, "Recorded in Yerevan.", INTERVIEW,
                null, null, List.of(atlas, outside), List.of(), List.of(onSource.guid()), List.of(), CP.guid(), CREATED,
                null, 0);
        QdaProject model = new QdaProject("Notes", "ATLAS.ti 23", "", CP.guid(), CREATED, null, List.of(CP),
                List.of(peace, war), List.of(), List.of(), List.of(source),
                List.of(onProject, onSource, onCode, loose, onSelection, onCoding, onSkipped, twice), List.of(),
                List.of(onProject.guid()));

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("p"), "anna", null));

        assertThat(imported.report().notes()).containsExactly(
                "selection [0, 24) in 'Interview 1' refers to a note (" + guid(88) + ") that the file does not have",
                "selection [900, 910) in 'Interview 1' lies outside its text (" + STORED_LENGTH + " characters): its 1 coding skipped",
                "note 'Lost place' was on selection [900, 910) in 'Interview 1', which was skipped: it is a project memo",
                "note 'Twice' is on 2 items: each has a copy of it as a memo",
                "the description of selection [900, 910) in 'Interview 1', which was skipped is a project memo");
        try (Project project = Project.open(imported.project())) {
            List<Coding> codings = project.codings().list(CodingFilter.ALL);
            assertThat(codings).extracting(Coding::memo).containsExactly(
                    "ATLAS.ti keeps its memo here.\n\nA note on the passage.\n\nWhy this code.",
                    "ATLAS.ti keeps its memo here.\n\nA note on the passage.");
            Codebook codebook = project.codebook().snapshot();
            List<String> memos = project.store().memos().all().stream().map(m -> where(m, codebook) + " '" + m.title()
                    + "': " + m.text() + " by " + (m.author() == null ? "nobody" : m.author().name())).toList();
            assertThat(memos).containsExactly(
                    "source 'Description': Recorded in Yerevan. by nobody",
                    "project 'Question': What changed? by cp",
                    "source '': Long interview. by cp",
                    "code peace 'Scope': Peace and its keepers. by cp",
                    "project 'Loose': Referenced by nothing. by cp",
                    "project 'From selection [900, 910) in 'Interview 1', which was skipped: Lost place': Was on a "
                            + "selection outside the text. by cp",
                    "code peace 'Twice': On two codes. by cp",
                    "code war 'Twice': On two codes. by cp",
                    "project 'From the description of selection [900, 910) in 'Interview 1', which was skipped': "
                            + "described by nobody");
            Memo question = project.store().memos().all().get(1);
            assertThat(question.created()).isEqualTo(CREATED);
            assertThat(question.modified()).isEqualTo(CREATED.plusSeconds(3600));
            assertThat(project.store().memos().guids().get(question.id())).isEqualTo(onProject.guid().value());
        }
    }

    @Test
    void aSourceGivenOnlyAsADocumentIsExtractedAndItsOriginalKept() throws IOException {
        Path docx = Fixtures.docx(dir, "report.docx", "Report", "Anna", "Russian peacekeepers arrived.",
                "They stayed five years.");
        QdaSource source = new QdaSource(guid(100), "Report", QdaSourceKind.TEXT, "", null, null,
                "internal://report.docx", List.of(QdaModels.selection(10, 0, 8)), List.of(), List.of(), List.of(),
                CP.guid(), CREATED, null, 0);

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(QdaModels.project("MAXQDA", List.of(source)),
                QdaImportRequest.of(dir.resolve("p"), "anna",
                        path -> path.equals("internal://report.docx") ? Optional.of(docx) : Optional.empty()));

        assertThat(imported.report().notes()).containsExactly("source 'Report' has no plain text in the file; its "
                + "text was extracted from 'report.docx', so its selections may not sit exactly where the other tool "
                + "put them");
        try (Project project = Project.open(imported.project())) {
            Source report = project.sources().list().getFirst();
            assertThat(project.sources().text(report.id())).contains("Russian peacekeepers arrived.")
                    .contains("They stayed five years.");
            assertThat(report.original().fileName()).isEqualTo("report.docx");
            assertThat(project.info().folder().resolve("originals").resolve(report.original().sha256())).isRegularFile();
            // the other tool's positions are taken as they are, on Scholion's extraction of the document
            assertThat(project.codings().list(CodingFilter.ALL)).singleElement().satisfies(c -> assertThat(
                    c.anchor().quote()).isEqualTo(project.sources().text(report.id()).substring(0, 8)));
        }
    }

    @Test
    void casesAndSetsAreKeptWithTheMembersThatArrivedAndTheOthersAreReported() {
        QdaNote onCoding = note(50, "", "On a coding.");
        QdaNote loose = note(51, "Loose", "Project memo.");
        QdaSelection coded = new QdaSelection(guid(10), "", 0, 24, "", List.of(new QdaCoding(guid(11), CODE.guid(),
                CP.guid(), CREATED, List.of(onCoding.guid()))), List.of(), CP.guid(), CREATED, null);
        QdaSource interview = new QdaSource(guid(100), "Interview 1", QdaSourceKind.TEXT, "", INTERVIEW, null, null,
                List.of(coded), List.of(), List.of(), List.of(), CP.guid(), CREATED, null, 0);
        QdaSource picture = new QdaSource(guid(101), "Map", QdaSourceKind.PICTURE, "", null, null, null, List.of(),
                List.of(), List.of(), List.of(), null, null, null, 0);
        QdaVariable country = new QdaVariable(guid(60), "country", QdaVariableType.TEXT, "");
        QdaVariable age = new QdaVariable(guid(61), "age", QdaVariableType.INTEGER, "");
        QdaVariable dated = new QdaVariable(guid(62), "scholion:date", QdaVariableType.TEXT, "");
        QdaCase armenia = new QdaCase(guid(70), "Armenia", "The Armenian side.", List.of(CODE.guid(), guid(999)),
                List.of(new QdaVariableValue(guid(60), QdaVariableType.TEXT, "Armenia"),
                        new QdaVariableValue(guid(61), QdaVariableType.INTEGER, "old"),
                        new QdaVariableValue(guid(62), QdaVariableType.TEXT, "2021")),
                List.of(guid(100), guid(101)), List.of(guid(10), guid(12)));
        QdaSet set = new QdaSet(guid(80), "Reading", "", List.of(CODE.guid()), List.of(guid(100), guid(101)),
                List.of(onCoding.guid(), loose.guid()));
        QdaProject model = new QdaProject("Cases", "MAXQDA 2022", "", CP.guid(), CREATED, null, List.of(CP),
                List.of(CODE), List.of(country, age, dated), List.of(armenia), List.of(interview, picture),
                List.of(onCoding, loose), List.of(set), List.of());

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("p"), "anna", null));

        assertThat(imported.report().notes()).containsExactly(
                "source 'Map' is a picture: Scholion holds text only; not imported",
                "case 'Armenia': its source " + guid(101) + " was not imported: left out of the case",
                "case 'Armenia': a code the file does not have (" + guid(999) + "): left out of the case",
                "case 'Armenia': the selection " + guid(12) + " was not imported: left out of the case",
                "case 'Armenia': 'old' is not of the type of 'age' (integer): not imported",
                "case 'Armenia': the value '2021' of a variable it cannot have (" + guid(62) + "): not imported",
                "set 'Reading': its source " + guid(101) + " was not imported: left out of the set",
                "set 'Reading': its note " + guid(50) + " became part of a coding's memo: left out of the set",
                "1 case and 1 set are kept and exported again, but the workbench does not show them yet");
        assertThat(imported.report().counts().cases()).isEqualTo(1);
        assertThat(imported.report().counts().sets()).isEqualTo(1);
        try (Project project = Project.open(imported.project())) {
            var source = project.sources().list().getFirst().id();
            assertThat(project.store().cases().list()).singleElement().satisfies(c -> {
                assertThat(c.sources()).containsExactly(source);
                assertThat(c.codes()).hasSize(1);
                assertThat(c.selections()).containsExactly(guid(10).value());
                assertThat(c.values()).containsExactly(new org.scholion.coding.CaseValue("country", AttributeType.TEXT,
                        "Armenia"));
            });
            assertThat(project.store().sets().list()).singleElement().satisfies(s -> {
                assertThat(s.sources()).containsExactly(source);
                assertThat(s.memos()).singleElement().satisfies(m ->
                        assertThat(project.store().memos().get(m).text()).isEqualTo("Project memo."));
            });
            assertThat(project.store().cases().guids().values()).containsExactly(guid(70).value());
            assertThat(project.store().sets().guids().values()).containsExactly(guid(80).value());
        }
    }

    @Test
    void aGuidGivenToTwoThingsStaysWithTheFirstAndTheSecondGetsItsOwn() {
        QdaCode twin = new QdaCode(CODE.guid(), "twin", true, null, "", List.of(), List.of());
        QdaCoding first = new QdaCoding(guid(11), CODE.guid(), CP.guid(), CREATED, List.of());
        QdaCoding again = new QdaCoding(guid(11), CODE.guid(), CP.guid(), CREATED, List.of());
        QdaSource source = QdaModels.textSource(100, "Interview 1", INTERVIEW, List.of(
                new QdaSelection(guid(10), "", 0, 2, "", List.of(first), List.of(), CP.guid(), CREATED, null),
                new QdaSelection(guid(10), "", 3, 6, "", List.of(again), List.of(), CP.guid(), CREATED, null)));

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(
                QdaModels.project("broken tool", List.of(CODE, twin), List.of(source)),
                QdaImportRequest.of(dir.resolve("p"), "anna", null));

        assertThat(imported.report().notes()).containsExactly(
                "code 'twin' has the GUID " + CODE.guid() + " of another code in the file: it got a new one",
                "selection [3, 6) in 'Interview 1' has the GUID of another selection (" + guid(10)
                        + "): it got one of its own",
                "a coding in 'Interview 1' has the GUID " + guid(11) + " of another coding in the file: it got a new one");
        try (Project project = Project.open(imported.project())) {
            var guids = project.store().codings().guids().values().stream().toList();
            assertThat(guids).hasSize(2).extracting(org.scholion.store.CodingGuids::guid).doesNotHaveDuplicates()
                    .contains(guid(11).value());
            assertThat(guids).extracting(org.scholion.store.CodingGuids::selection)
                    .containsExactlyInAnyOrder(guid(10).value(), null);
            QdaProject exported = project.exchange().exportProject(null);
            assertThat(QdaRoundTripTest.guids(exported)).doesNotHaveDuplicates();
            assertThat(project.codings().list(CodingFilter.ALL)).allSatisfy(c -> assertThat(
                    TestProjects.path(project, project.codebook().snapshot().get(c.code()))).isEqualTo("peace"));
        }
    }

    private static QdaNote note(int guid, String name, String text) {
        return new QdaNote(guid(guid), name, text, CP.guid(), CREATED, CREATED.plusSeconds(3600));
    }

    private static String where(Memo memo, Codebook codebook) {
        return switch (memo.target()) {
            case MemoTarget.OnProject p -> "project";
            case MemoTarget.OnSource s -> "source";
            case MemoTarget.OnCode c -> "code " + codebook.pathOf(c.code());
        };
    }
}
