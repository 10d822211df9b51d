package org.scholion.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A project with every component REFI-QDA can carry and the writer writes filled in: users,
 * nested codes with colours, descriptions and notes, variables of every type with values on
 * sources and cases, cases, sets, notes on the project, a code, a source, a selection and a coding,
 * and sources whose names and texts hold Cyrillic, curly quotes and an emoji.
 */
final class FullProject {

    static final Guid ANNA = guid(1);
    static final Guid BORIS = guid(2);
    static final Guid SECURITY = guid(10);
    static final Guid BORDERS = guid(11);
    static final Guid PEACEKEEPING = guid(12);
    static final Guid TOPICS = guid(13);
    static final Guid YEAR = guid(20);
    static final Guid OFFICIAL = guid(21);
    static final Guid COUNTRY = guid(22);
    static final Guid SHARE = guid(23);
    static final Guid PUBLISHED = guid(24);
    static final Guid RECORDED = guid(25);
    static final Guid INTERVIEW = guid(30);
    static final Guid REPORT = guid(31);
    static final Guid BORDER_PASSAGE = guid(40);
    static final Guid DOVE_PASSAGE = guid(41);
    static final Guid GEORGIA = guid(50);
    static final Guid PROJECT_NOTE = guid(60);
    static final Guid CODE_NOTE = guid(61);
    static final Guid SOURCE_NOTE = guid(62);
    static final Guid SELECTION_NOTE = guid(63);
    static final Guid CODING_NOTE = guid(64);
    static final Guid CORE_SET = guid(70);

    /** Cyrillic, «guillemets», curly quotes and an emoji (two UTF-16 units, one code point). */
    static final String INTERVIEW_TEXT = "Интервью: «Граница» — “border security” first.\nThen 🕊 peacekeeping, said Анна.\n";
    static final String REPORT_TEXT = "A report on the ‘frozen’ conflicts.\r\nSecond line, CRLF before it.";

    static final Instant T0 = Instant.parse("2024-09-15T15:36:45Z");

    private FullProject() {
    }

    static QdaProject build() {
        return new QdaProject("Кавказ “study” 🕊", "Scholion test", "The project's description, with “quotes”.",
                ANNA, T0, T0.plusSeconds(60), users(), codes(), variables(), List.of(georgia()),
                List.of(interview(), report()), notes(), List.of(coreSet()), List.of(PROJECT_NOTE));
    }

    static List<QdaUser> users() {
        return List.of(new QdaUser(ANNA, "Анна Петрова", "AP"), new QdaUser(BORIS, "Boris", ""));
    }

    static List<QdaCode> codes() {
        QdaCode borders = new QdaCode(BORDERS, "Border “security”", true, "#1F77B4", "Borders and their guarding.",
                List.of(), List.of());
        QdaCode peacekeeping = new QdaCode(PEACEKEEPING, "Миротворчество 🕊", true, "#abc", "", List.of(), List.of());
        QdaCode security = new QdaCode(SECURITY, "Security interests", true, "#D62728", "Why security matters.",
                List.of(CODE_NOTE), List.of(borders, peacekeeping));
        QdaCode topics = new QdaCode(TOPICS, "Topics (not codable)", false, null, "", List.of(), List.of());
        return List.of(security, topics);
    }

    static List<QdaVariable> variables() {
        return List.of(
                new QdaVariable(YEAR, "Year", QdaVariableType.INTEGER, "Year of publication"),
                new QdaVariable(OFFICIAL, "Official", QdaVariableType.BOOLEAN, ""),
                new QdaVariable(COUNTRY, "Страна", QdaVariableType.TEXT, "Country"),
                new QdaVariable(SHARE, "Share", QdaVariableType.FLOAT, ""),
                new QdaVariable(PUBLISHED, "Published", QdaVariableType.DATE, ""),
                new QdaVariable(RECORDED, "Recorded", QdaVariableType.DATE_TIME, ""));
    }

    static QdaCase georgia() {
        return new QdaCase(GEORGIA, "Грузия", "The Georgian case.", List.of(SECURITY),
                List.of(new QdaVariableValue(COUNTRY, QdaVariableType.TEXT, "Грузия"),
                        new QdaVariableValue(SHARE, QdaVariableType.FLOAT, "0.25")),
                List.of(INTERVIEW), List.of(BORDER_PASSAGE));
    }

    static QdaSource interview() {
        // In code points: “border security” is [22, 39) of INTERVIEW_TEXT, "🕊 peacekeeping" [52, 66).
        QdaSelection border = new QdaSelection(BORDER_PASSAGE, "border", 22, 39, "A memo kept as description.",
                List.of(new QdaCoding(guid(80), BORDERS, ANNA, T0, List.of(CODING_NOTE)),
                        new QdaCoding(guid(81), SECURITY, BORIS, T0.plusSeconds(5), List.of())),
                List.of(SELECTION_NOTE), ANNA, T0, T0.plusSeconds(7));
        QdaSelection dove = new QdaSelection(DOVE_PASSAGE, "", 52, 66, "",
                List.of(new QdaCoding(guid(82), PEACEKEEPING, ANNA, T0, List.of())), List.of(), ANNA, T0, null);
        return new QdaSource(INTERVIEW, "Интервью с экспертом «Кавказ» 🕊", QdaSourceKind.TEXT, "An interview.",
                INTERVIEW_TEXT, null, null, List.of(border, dove),
                List.of(new QdaCoding(guid(83), TOPICS, BORIS, T0, List.of())), List.of(SOURCE_NOTE),
                List.of(new QdaVariableValue(YEAR, QdaVariableType.INTEGER, "2008"),
                        new QdaVariableValue(OFFICIAL, QdaVariableType.BOOLEAN, "false"),
                        new QdaVariableValue(COUNTRY, QdaVariableType.TEXT, "Грузия “GE”"),
                        new QdaVariableValue(SHARE, QdaVariableType.FLOAT, "12.5"),
                        new QdaVariableValue(PUBLISHED, QdaVariableType.DATE, "2008-08-07"),
                        new QdaVariableValue(RECORDED, QdaVariableType.DATE_TIME, "2008-08-07T21:30:00Z")),
                ANNA, T0, T0, 0);
    }

    static QdaSource report() {
        QdaSelection frozen = new QdaSelection(guid(42), "", 16, 24, "", // ‘frozen’
                List.of(new QdaCoding(guid(84), SECURITY, BORIS, T0, List.of())), List.of(), BORIS, T0, T0);
        return new QdaSource(REPORT, "Report ‘frozen’", QdaSourceKind.TEXT, "", REPORT_TEXT, null, null,
                List.of(frozen), List.of(), List.of(),
                List.of(new QdaVariableValue(OFFICIAL, QdaVariableType.BOOLEAN, "true")), null, null, null, 0);
    }

    static List<QdaNote> notes() {
        return List.of(
                new QdaNote(PROJECT_NOTE, "Project memo", "On the whole project.\r\nWith a CRLF line.", ANNA, T0, T0),
                new QdaNote(CODE_NOTE, "Code memo", "On “Security interests”.", ANNA, T0, null),
                new QdaNote(SOURCE_NOTE, "Заметка", "On the interview 🕊.", BORIS, null, null),
                new QdaNote(SELECTION_NOTE, "", "On the border passage.", ANNA, T0, T0),
                new QdaNote(CODING_NOTE, "Coding memo", "", ANNA, T0, T0));
    }

    static QdaSet coreSet() {
        return new QdaSet(CORE_SET, "Core “set”", "What matters most.", List.of(SECURITY, BORDERS),
                List.of(INTERVIEW), List.of(SOURCE_NOTE));
    }

    /** A project with codes and one source but no users, variables, cases, notes or sets. */
    static QdaProject bare() {
        QdaSource source = new QdaSource(REPORT, "Report", QdaSourceKind.TEXT, "", REPORT_TEXT, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, null, 0);
        return new QdaProject("bare", "", "", null, null, null, List.of(), codes(), List.of(), List.of(),
                List.of(source), List.of(), List.of(), List.of());
    }

    static Guid guid(int n) {
        return new Guid(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
