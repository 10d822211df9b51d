package org.scholion.export;

import java.util.regex.Pattern;

/** Text and attribute values made safe for HTML: everything the writer puts in a page passes through here. */
final class HtmlText {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private HtmlText() {
    }

    /** Escapes the five characters with a meaning in HTML text and in quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code's colour for a style attribute; anything but "#rrggbb" becomes grey rather than reaching CSS. */
    static String colour(String hex) {
        return hex != null && COLOUR.matcher(hex).matches() ? hex : "#888888";
    }
}
