package org.scholion.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scholion.analysis.CountTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The SVG charts, read back with the JDK's XML parser: each bar, cell and point stands for its
 * table cell (value, row, column), drawn to scale, with the labels the reader sees; the file is
 * well-formed whatever the labels hold.
 */
class ChartSvgTest {

    private static final String GEORGIA = "Bilateral relations/Relations with Georgia";
    private static final String NATO = "Power-political interests/NATO enlargement and Western presence";
    private static final String ODD = "Fish & <chips> \"quoted\" \u000c form feed";

    private final CountTable frequencies = CountTable.of("Code frequencies", "Code", "Overall", "segments",
            List.of(GEORGIA, NATO, ODD), List.of("Segments"), true, new long[][] {{120}, {37}, {0}});

    @Test
    void barsAreTheTableDrawnToScaleWithTheirLabels() throws Exception {
        Document svg = parse(ChartSvg.of(ChartKind.BAR, frequencies));
        List<Element> bars = elements(svg, "rect", "bar");
        assertThat(bars).hasSize(3);
        assertThat(bars).extracting(b -> b.getAttribute("data-row")).containsExactly(GEORGIA, NATO, ODD.replace('\f', ' '));
        assertThat(bars).extracting(b -> Long.parseLong(b.getAttribute("data-value"))).containsExactly(120L, 37L, 0L);
        double georgia = Double.parseDouble(bars.get(0).getAttribute("width"));
        double nato = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(nato / georgia).isCloseTo(37.0 / 120.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Double.parseDouble(bars.get(2).getAttribute("width"))).isZero();
        // The axis reaches past the largest bar, on a round number.
        List<String> ticks = texts(svg, "tick");
        assertThat(Long.parseLong(ticks.getLast())).isGreaterThanOrEqualTo(120).isEqualTo(150);
        // Long code paths keep their code's own name; the full path is the tooltip.
        assertThat(texts(svg, "row-label")).containsExactly("\u2026/Relations with Georgia", "NATO enlargement and Western pr\u2026",
                "Fish & <chips> \"quoted\"   form feed".substring(0, 31).stripTrailing() + "\u2026");
        assertThat(texts(svg, "chart-title")).containsExactly("Code frequencies");
        assertThat(texts(svg, "axis-title")).containsExactly("segments");
        assertThat(elements(svg, "g", "legend")).as("one series needs no legend").isEmpty();
    }

    @Test
    void severalColumnsMakeGroupedBarsWithALegend() throws Exception {
        CountTable byType = CountTable.of("Codes by source type", "Code", "Source type", "segments",
                List.of("Georgia", "NATO"), List.of("thesis", "report"), true, new long[][] {{3, 4}, {5, 0}});
        Document svg = parse(ChartSvg.of(ChartKind.BAR, byType));
        List<Element> bars = elements(svg, "rect", "bar");
        assertThat(bars).extracting(b -> b.getAttribute("data-row") + "/" + b.getAttribute("data-column") + "="
                + b.getAttribute("data-value")).containsExactly("Georgia/thesis=3", "Georgia/report=4", "NATO/thesis=5",
                "NATO/report=0");
        assertThat(bars.get(0).getAttribute("fill")).isEqualTo(bars.get(2).getAttribute("fill"))
                .isNotEqualTo(bars.get(1).getAttribute("fill"));
        assertThat(texts(svg, "legend-label")).containsExactly("thesis", "report");
    }

    @Test
    void heatMapCellsCarryTheirCountAndDarkenWithIt() throws Exception {
        CountTable matrix = CountTable.of("Co-occurrence", "Code", "Code", "segment pairs", List.of(GEORGIA, NATO),
                List.of(GEORGIA, NATO), false, new long[][] {{0, 9}, {9, 2}});
        Document svg = parse(ChartSvg.of(ChartKind.HEAT_MAP, matrix));
        List<Element> cells = elements(svg, "rect", "cell");
        assertThat(cells).hasSize(4);
        for (Element cell : cells) {
            long expected = matrix.cell(cell.getAttribute("data-row"), cell.getAttribute("data-column"));
            assertThat(Long.parseLong(cell.getAttribute("data-value"))).isEqualTo(expected);
            assertThat(cell.getAttribute("fill")).isEqualTo(ChartColors.heat(expected, 9));
        }
        assertThat(texts(svg, "cell-value")).containsExactly("0", "9", "9", "2");
        assertThat(brightness(cells.get(1).getAttribute("fill"))).isLessThan(brightness(cells.get(3).getAttribute("fill")));
        assertThat(brightness(cells.get(3).getAttribute("fill"))).isLessThan(brightness(cells.get(0).getAttribute("fill")));
        assertThat(texts(svg, "row-label")).containsExactly("\u2026/Relations with Georgia", "NATO enlargement and Western pr\u2026");
        assertThat(texts(svg, "column-label")).hasSize(2);
        assertThat(texts(svg, "legend-max")).containsExactly("9");
        assertThat(texts(svg, "legend-min")).containsExactly("0");
    }

    @Test
    void lineChartPlacesYearsAtTheirDistanceAndPointsAtTheirCount() throws Exception {
        CountTable overTime = CountTable.of("Codes over time", "Code", "Year", "segments", List.of("Georgia", "NATO"),
                List.of("1991", "1992", "2012"), true, new long[][] {{4, 8, 2}, {0, 1, 10}});
        Document svg = parse(ChartSvg.of(ChartKind.LINE, overTime));
        List<Element> points = elements(svg, "circle", "point");
        assertThat(points).hasSize(6);
        double x1991 = Double.parseDouble(points.get(0).getAttribute("cx"));
        double x1992 = Double.parseDouble(points.get(1).getAttribute("cx"));
        double x2012 = Double.parseDouble(points.get(2).getAttribute("cx"));
        assertThat((x2012 - x1991) / (x1992 - x1991)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.1));
        double zero = Double.parseDouble(points.get(3).getAttribute("cy"));
        double ten = Double.parseDouble(points.get(5).getAttribute("cy"));
        double eight = Double.parseDouble(points.get(1).getAttribute("cy"));
        assertThat((zero - eight) / (zero - ten)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(points).extracting(p -> p.getAttribute("data-row") + " " + p.getAttribute("data-column") + " "
                + p.getAttribute("data-value")).contains("NATO 2012 10", "Georgia 1992 8");
        assertThat(elements(svg, "g", "series")).hasSize(2);
        assertThat(texts(svg, "legend-label")).containsExactly("Georgia", "NATO");
        assertThat(texts(svg, "column-label")).as("1992 would overlap 1991").containsExactly("1991", "2012");
    }

    @Test
    void anEmptyTableIsStillAValidChart() throws Exception {
        CountTable empty = CountTable.of("Nothing coded", "Code", "Overall", "segments", List.of(), List.of("Segments"),
                true, new long[0][]);
        for (ChartKind kind : ChartKind.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartSvg.write(kind, empty, out);
            Document svg = parse(out.toString(StandardCharsets.UTF_8));
            assertThat(texts(svg, "empty")).as(kind.name()).containsExactly("Nothing to show");
            assertThat(svg.getDocumentElement().getAttribute("width")).isNotEmpty();
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        return document;
    }

    static List<Element> elements(Document svg, String name, String cssClass) {
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The visible text of the text elements of a class (without their tooltips). */
    static List<String> texts(Document svg, String cssClass) {
        List<String> found = new ArrayList<>();
        for (Element text : elements(svg, "text", cssClass)) {
            StringBuilder visible = new StringBuilder();
            for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    visible.append(child.getNodeValue());
                }
            }
            found.add(visible.toString());
        }
        return found;
    }

    private static int brightness(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }
}
