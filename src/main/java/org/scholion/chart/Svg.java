package org.scholion.chart;

import java.util.Locale;

/**
 * A small SVG document being written: elements with escaped attributes and text, numbers written
 * with a dot whatever the locale, fonts named generically (sans-serif) so the file draws the same
 * everywhere without embedding one. Text is measured by an estimate (about 0.6 em a character),
 * since the JDK core has no font metrics; layouts leave room for it.
 */
final class Svg {

    static final int FONT = 12;
    static final String TEXT_COLOR = "#222222";
    static final String GRID_COLOR = "#dddddd";
    static final String AXIS_COLOR = "#555555";

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();

    /** The estimated width of a text in pixels at a font size. */
    static double width(String text, int fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.6;
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Opens an element: {@code open("rect", "x", 1, "y", 2)}; attributes in pairs. */
    Svg open(String element, Object... attributes) {
        body.append('<').append(element);
        attributes(body, attributes);
        body.append('>');
        return this;
    }

    Svg close(String element) {
        body.append("</").append(element).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String element, Object... attributes) {
        body.append('<').append(element);
        attributes(body, attributes);
        body.append("/>\n");
        return this;
    }

    /** Escaped character data. */
    Svg text(String text) {
        body.append(escape(text));
        return this;
    }

    /** A text element: {@code label(x, y, "start", size, content, "class", "row-label")}. */
    Svg label(double x, double y, String anchor, int size, String content, Object... more) {
        Object[] all = new Object[8 + more.length];
        Object[] first = {"x", x, "y", y, "text-anchor", anchor, "font-size", size};
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return open("text", all).text(content).close("text");
    }

    /** A tooltip for the element just opened. */
    Svg title(String text) {
        body.append("<title>").append(escape(text)).append("</title>");
        return this;
    }

    void define(String definition) {
        defs.append(definition).append('\n');
    }

    String document(double width, double height, String title) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        attributes(out, new Object[] {"width", Math.ceil(width), "height", Math.ceil(height), "viewBox",
            "0 0 " + number(Math.ceil(width)) + " " + number(Math.ceil(height)), "font-family",
            "sans-serif", "fill", TEXT_COLOR});
        out.append(">\n<title>").append(escape(title)).append("</title>\n");
        if (!defs.isEmpty()) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    private static void attributes(StringBuilder out, Object[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            String text = value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
            out.append(' ').append(pairs[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    /**
     * Text as XML 1.0 can carry it: markup characters escaped, and control characters XML forbids
     * (a form feed from a PDF, a NUL) made spaces, so that a label never breaks the file.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // As references, so that a parser keeps them in attribute values too.
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(allowed(text, i) ? c : ' ');
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
