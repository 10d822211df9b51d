package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CodingPair;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.Frequencies;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.analysis.ReportRequest;
import org.scholion.analysis.WordCount;
import org.scholion.analysis.WordFrequencies;
import org.scholion.codebook.CodePath;
import org.scholion.source.Span;
import org.scholion.source.TextSegments;

/**
 * The reports on the coded sample (three coders, about 2,900 codings) against counts computed in
 * this test with plain SQL on project.db and simple loops, without any of the code under test.
 */
class AnalysisSampleTest {

    @TempDir
    static Path dir;
    static Project project;
    static StoreSql sql;

    @BeforeAll
    static void open() {
        project = CodedSample.coded(dir);
        sql = new StoreSql(project);
    }

    @AfterAll
    static void close() throws Exception {
        sql.close();
        project.close();
    }

    private static final Map<Breakdown, String> COLUMN = Map.of(
            Breakdown.OVERALL, "'All sources'",
            Breakdown.SOURCE, "s.title",
            Breakdown.TYPE, "s.type",
            Breakdown.YEAR, "COALESCE(substr(s.date, 1, 4), 'undated')",
            Breakdown.CODER, "coders.name");

    private static String countQuery(String count, Breakdown by, boolean withSubCodes) {
        return StoreSql.PATHS + "SELECT path.path, " + COLUMN.get(by) + ", " + count
                + " FROM codings k JOIN sources s ON s.id = k.source_id JOIN coders ON coders.id = k.coder_id"
                + (withSubCodes ? " JOIN under ON under.code = k.code_id JOIN path ON path.id = under.ancestor"
                        : " JOIN path ON path.id = k.code_id")
                + " GROUP BY 1, 2";
    }

    private static final String SEGMENTS =
            "COUNT(DISTINCT k.source_id || ':' || k.start_offset || ':' || k.end_offset || ':' || k.coder_id)";
    private static final String SOURCES = "COUNT(DISTINCT k.source_id)";

    @Test
    void segmentsAndSourcesPerCodeEqualTheStoreInEveryBreakdown() {
        assertThat(sql.rows("SELECT COUNT(*) FROM codings").getFirst().getFirst()).isEqualTo(
                project.codings().list(org.scholion.coding.CodingFilter.ALL).size());
        for (boolean withSubCodes : new boolean[] {false, true}) {
            for (Breakdown by : Breakdown.values()) {
                Frequencies f = project.analysis().frequencies(ReportRequest.ALL.withSubCodes(withSubCodes), by);
                assertSameCells(f.segments(), sql.cells(countQuery(SEGMENTS, by, withSubCodes)));
                assertSameCells(f.sources(), sql.cells(countQuery(SOURCES, by, withSubCodes)));
            }
        }
        CountTable nato = project.analysis().frequencies(ReportRequest.ALL, Breakdown.CODER).segments();
        assertThat(nato.cell(CodedSample.NATO, CodedSample.CLEO)).as("cleo coded NATO").isPositive();
        assertThat(nato.cell(CodedSample.ENERGY, CodedSample.BEN)).as("only ana codes energy").isZero();
    }

    @Test
    void theCodingsReadForCountingAreTheStoresCodings() {
        var full = project.codings().list(org.scholion.coding.CodingFilter.ALL).stream()
                .map(c -> List.of(c.id(), c.source(), c.span(), c.code(), c.coder())).sorted(java.util.Comparator.comparing(Object::toString)).toList();
        var light = project.analysis().corpus(ReportRequest.ALL).codings().stream()
                .map(c -> List.of(c.id(), c.source(), c.span(), c.code(), c.coder())).sorted(java.util.Comparator.comparing(Object::toString)).toList();
        assertThat(light).isEqualTo(full);
    }

    @Test
    void aRequestForOneCoderAndOneTypeCountsOnlyThose() {
        ReportRequest request = ReportRequest.ALL.withCoders(java.util.Set.of(CodedSample.BEN))
                .withTypes(java.util.Set.of(org.scholion.source.SourceType.NEWS));
        CountTable table = project.analysis().frequencies(request, Breakdown.OVERALL).segments();
        Map<String, Long> expected = sql.cells(StoreSql.PATHS + "SELECT path.path, 'All sources', " + SEGMENTS
                + " FROM codings k JOIN sources s ON s.id = k.source_id JOIN coders ON coders.id = k.coder_id"
                + " JOIN path ON path.id = k.code_id WHERE coders.name = 'ben' AND s.type = 'news' GROUP BY 1, 2");
        assertSameCells(table, expected);
        assertThat(table.total()).isPositive();
    }

    @Test
    void codesOverTimeRunThroughEveryYearOfTheSources() {
        CountTable overTime = project.analysis().overTime(ReportRequest.ALL);
        assertSameCells(overTime, sql.cells(countQuery(SEGMENTS, Breakdown.YEAR, false)));
        List<Integer> years = sql.rows("SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM sources WHERE date IS NOT NULL ORDER BY 1")
                .stream().map(r -> ((Number) r.getFirst()).intValue()).toList();
        List<String> expected = new ArrayList<>();
        for (int y = years.getFirst(); y <= years.getLast(); y++) {
            expected.add(Integer.toString(y));
        }
        if (!sql.rows("SELECT id FROM sources WHERE date IS NULL").isEmpty()) {
            expected.add("undated");
        }
        assertThat(overTime.columns()).containsExactlyElementsOf(expected);
    }

    @Test
    void codedCharactersAreTheUnionOfEachCodesSpansPerSource() {
        CountTable matrix = project.analysis().matrix(ReportRequest.ALL, Breakdown.SOURCE, MatrixMeasure.CHARACTERS);
        Map<String, BitSet> covered = new HashMap<>();
        for (List<Object> row : sql.rows(StoreSql.PATHS + "SELECT path.path, s.title, k.start_offset, k.end_offset"
                + " FROM codings k JOIN sources s ON s.id = k.source_id JOIN path ON path.id = k.code_id")) {
            covered.computeIfAbsent(row.get(0) + "|" + row.get(1), key -> new BitSet())
                    .set(((Number) row.get(2)).intValue(), ((Number) row.get(3)).intValue());
        }
        Map<String, Long> expected = new HashMap<>();
        covered.forEach((key, bits) -> expected.put(key, (long) bits.cardinality()));
        assertSameCells(matrix, expected);
        long codings = ((Number) sql.rows("SELECT SUM(end_offset - start_offset) FROM codings").getFirst().getFirst()).longValue();
        assertThat(matrix.total()).as("overlaps counted once").isLessThan(codings);
    }

    /** A coding as the test reads it from the store. */
    private record Row(long id, long source, long coder, String path, int start, int end) {
    }

    private static List<Row> codingRows() {
        return sql.rows(StoreSql.PATHS + "SELECT k.id, k.source_id, k.coder_id, path.path, k.start_offset, k.end_offset"
                + " FROM codings k JOIN path ON path.id = k.code_id").stream()
                .map(r -> new Row(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue(), ((Number) r.get(2)).longValue(),
                        (String) r.get(3), ((Number) r.get(4)).intValue(), ((Number) r.get(5)).intValue())).toList();
    }

    @Test
    void overlapCoOccurrenceEqualsASelfJoinOfTheCodings() {
        Map<String, Long> pairs = sql.cells(StoreSql.PATHS + "SELECT pa.path, pb.path, COUNT(*) FROM codings a JOIN codings b"
                + " ON a.source_id = b.source_id AND a.coder_id = b.coder_id AND a.id < b.id"
                + " AND a.start_offset < b.end_offset AND b.start_offset < a.end_offset"
                + " JOIN path pa ON pa.id = a.code_id JOIN path pb ON pb.id = b.code_id GROUP BY 1, 2");
        CoOccurrence co = project.analysis().coOccurrence(ReportRequest.ALL, CoOccurrenceScope.OVERLAP);
        assertSameCells(co.table(), symmetric(pairs));
        assertThat(co.table().total()).isPositive();

        CountTable table = co.table();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                List<CodingPair> behind = co.pairs(r, c);
                assertThat(behind).hasSize((int) table.cell(r, c));
                for (CodingPair pair : behind) {
                    assertThat(pair.first().span().overlaps(pair.second().span())).isTrue();
                    assertThat(pair.first().coder()).isEqualTo(pair.second().coder());
                }
            }
        }
    }

    @Test
    void paragraphCoOccurrenceEqualsPairsSharingAParagraphFoundOneByOne() {
        Map<Long, List<Span>> paragraphs = new HashMap<>();
        for (List<Object> row : sql.rows("SELECT id, text FROM sources")) {
            paragraphs.put(((Number) row.get(0)).longValue(), TextSegments.of((String) row.get(1)).paragraphs());
        }
        Map<String, List<Row>> groups = new HashMap<>();
        for (Row row : codingRows()) {
            groups.computeIfAbsent(row.source() + ":" + row.coder(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Long> pairs = new HashMap<>();
        for (List<Row> group : groups.values()) {
            List<BitSet> in = group.stream().map(r -> paragraphsOf(r, paragraphs.get(r.source()))).toList();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (in.get(i).intersects(in.get(j))) {
                        pairs.merge(group.get(i).path() + "|" + group.get(j).path(), 1L, Long::sum);
                    }
                }
            }
        }
        CoOccurrence co = project.analysis().coOccurrence(ReportRequest.ALL, CoOccurrenceScope.PARAGRAPH);
        assertSameCells(co.table(), symmetric(pairs));
        assertThat(co.table().total()).isGreaterThan(
                project.analysis().coOccurrence(ReportRequest.ALL, CoOccurrenceScope.OVERLAP).table().total());
    }

    private static BitSet paragraphsOf(Row row, List<Span> paragraphs) {
        BitSet in = new BitSet();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).start() < row.end() && row.start() < paragraphs.get(p).end()) {
                in.set(p);
            }
        }
        return in;
    }

    @Test
    void wordsOfACodeCountItsWordInTheCodedText() {
        WordFrequencies words = project.analysis().words(ReportRequest.ALL,
                project.codebook().snapshot().resolve(CodePath.parse(CodedSample.NATO)).id(), 0);

        BitSet[] covered = new BitSet[1];
        Map<Long, BitSet> bySource = new HashMap<>();
        for (List<Object> row : sql.rows(StoreSql.PATHS + "SELECT k.source_id, k.start_offset, k.end_offset FROM codings k"
                + " JOIN path ON path.id = k.code_id WHERE path.path = '" + CodedSample.NATO + "'")) {
            covered[0] = bySource.computeIfAbsent(((Number) row.get(0)).longValue(), k -> new BitSet());
            covered[0].set(((Number) row.get(1)).intValue(), ((Number) row.get(2)).intValue());
        }
        Pattern nato = Pattern.compile("(?<![\\p{L}\\p{N}\\-\u00AD])NATO(?![\\p{L}\\p{N}\\-\u2010\u2011])", Pattern.CASE_INSENSITIVE);
        long expected = 0;
        for (Map.Entry<Long, BitSet> entry : bySource.entrySet()) {
            String text = (String) sql.rows("SELECT text FROM sources WHERE id = " + entry.getKey()).getFirst().getFirst();
            BitSet bits = entry.getValue();
            for (int start = bits.nextSetBit(0); start >= 0; start = bits.nextSetBit(bits.nextClearBit(start))) {
                int end = bits.nextClearBit(start);
                Matcher m = nato.matcher(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
                while (m.find()) {
                    expected++;
                }
            }
        }
        WordCount natoWord = words.words().stream().filter(w -> w.word().equals("nato")).findFirst().orElseThrow();
        assertThat(natoWord.occurrences()).isEqualTo(expected);
        assertThat(words.words().indexOf(natoWord)).as("every NATO segment holds the word").isLessThan(3);
        assertThat(words.words()).extracting(WordCount::word).doesNotContain("the", "of", "and", "to", "in");
        assertThat(words.passages()).isPositive();
    }

    /** Cells of pairs counted one way round ("X|Y") made symmetric: (X, Y) and (Y, X) both count every pair. */
    private static Map<String, Long> symmetric(Map<String, Long> pairs) {
        Map<String, Long> cells = new HashMap<>();
        pairs.forEach((key, n) -> {
            String[] codes = key.split("\\|");
            cells.merge(codes[0] + "|" + codes[1], n, Long::sum);
            if (!codes[0].equals(codes[1])) {
                cells.merge(codes[1] + "|" + codes[0], n, Long::sum);
            }
        });
        return cells;
    }

    /** Every cell of the table equals the expected count (0 where none), and every expected count has its cell. */
    private static void assertSameCells(CountTable table, Map<String, Long> expected) {
        Map<String, Long> actual = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.cell(r, c) != 0) {
                    actual.put(table.rows().get(r) + "|" + table.columns().get(c), table.cell(r, c));
                }
            }
        }
        Map<String, Long> nonZero = new HashMap<>(expected);
        nonZero.values().removeIf(v -> v == 0);
        assertThat(actual).as(table.title()).isEqualTo(nonZero);
    }
}
