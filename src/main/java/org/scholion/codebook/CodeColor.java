package org.scholion.codebook;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A code's colour, an sRGB value. Written as lower-case "#rrggbb"; read from that form, from
 * "#rgb", or from a CSS colour name, so that a hand-written codebook may say "teal".
 */
public record CodeColor(int rgb) {

    private static final Map<String, Integer> NAMED = named();

    public CodeColor {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("not an RGB value: " + rgb);
        }
    }

    public static CodeColor parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown colour '" + text + "' (expected #rrggbb, #rgb or a CSS colour name such as teal)"));
    }

    public static Optional<CodeColor> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("#[0-9a-f]{6}")) {
            return Optional.of(new CodeColor(Integer.parseInt(t.substring(1), 16)));
        }
        if (t.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(t.charAt(1), 16);
            int g = Character.digit(t.charAt(2), 16);
            int b = Character.digit(t.charAt(3), 16);
            return Optional.of(new CodeColor((r * 17) << 16 | (g * 17) << 8 | b * 17));
        }
        return Optional.ofNullable(NAMED.get(t)).map(CodeColor::new);
    }

    public String hex() {
        return String.format("#%06x", rgb);
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    @Override
    public String toString() {
        return hex();
    }

    private static Map<String, Integer> named() {
        String table = """
                black 000000 silver c0c0c0 gray 808080 grey 808080 white ffffff maroon 800000 red ff0000
                purple 800080 fuchsia ff00ff magenta ff00ff green 008000 lime 00ff00 olive 808000 yellow ffff00
                navy 000080 blue 0000ff teal 008080 aqua 00ffff cyan 00ffff orange ffa500 brown a52a2a
                pink ffc0cb gold ffd700 indigo 4b0082 violet ee82ee crimson dc143c coral ff7f50 salmon fa8072
                tomato ff6347 orchid da70d6 plum dda0dd khaki f0e68c tan d2b48c chocolate d2691e sienna a0522d
                turquoise 40e0d0 skyblue 87ceeb steelblue 4682b4 royalblue 4169e1 slateblue 6a5acd
                darkblue 00008b darkgreen 006400 darkred 8b0000 darkorange ff8c00 darkviolet 9400d3
                forestgreen 228b22 seagreen 2e8b57 olivedrab 6b8e23 firebrick b22222 goldenrod daa520
                lightblue add8e6 lightgreen 90ee90 lightgray d3d3d3 lightgrey d3d3d3 darkgray a9a9a9 darkgrey a9a9a9
                """;
        Map<String, Integer> map = new TreeMap<>();
        String[] words = table.strip().split("\\s+");
        for (int i = 0; i < words.length; i += 2) {
            map.put(words[i], Integer.parseInt(words[i + 1], 16));
        }
        return Map.copyOf(map);
    }
}
