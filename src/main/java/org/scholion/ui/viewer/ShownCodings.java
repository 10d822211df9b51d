package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;

/** Turns stored codings into the ones the viewer shows: hidden coders left out, colours resolved. */
final class ShownCodings {

    /** For codes without a colour of their own or of an ancestor: distinct, light enough to read through. */
    private static final int[] PALETTE = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
        0xff9da7, 0x9c755f, 0xbab0ac};

    private ShownCodings() {
    }

    static DocumentLayout layout(LoadedText text, List<Coding> codings, Codebook codebook, Set<String> hiddenCoders) {
        // Coders in name order, so each keeps its style however the codings arrive.
        Map<String, Integer> coders = new TreeMap<>();
        for (Coding coding : codings) {
            if (!hiddenCoders.contains(coding.coder().name())) {
                coders.put(coding.coder().name(), 0);
            }
        }
        int style = 0;
        for (Map.Entry<String, Integer> coder : coders.entrySet()) {
            coder.setValue(style++);
        }
        List<ShownCoding> shown = new ArrayList<>(codings.size());
        for (Coding coding : codings) {
            Integer coderStyle = coders.get(coding.coder().name());
            if (coderStyle == null || coding.end() > text.length()) {
                continue;
            }
            Code code = codebook.find(coding.code()).orElse(null);
            String name = code == null ? "(deleted code)" : code.name();
            String path = code == null ? name : codebook.pathOf(code.id()).toString();
            shown.add(new ShownCoding(coding, name, path, colourOf(codebook, coding.code()), coderStyle));
        }
        return DocumentLayout.of(text, shown, List.copyOf(coders.keySet()));
    }

    /** A code's colour, else its nearest coloured ancestor's, else one of a fixed palette by its id. */
    static CodeColor colourOf(Codebook codebook, CodeId id) {
        for (Code code = codebook.find(id).orElse(null); code != null;
             code = code.parent() == null ? null : codebook.find(code.parent()).orElse(null)) {
            if (code.color() != null) {
                return code.color();
            }
        }
        return new CodeColor(PALETTE[(int) Math.floorMod(id.value(), (long) PALETTE.length)]);
    }
}
