package org.scholion.ui.viewer;

import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

/**
 * Paints a run of text with its {@link Shade}: the style function of the text area, which sets the
 * colours on each text node directly instead of through one CSS class per code.
 */
final class RunPainter {

    private RunPainter() {
    }

    static void paint(TextExt text, Shade shade) {
        if (shade == null || shade.isNone()) {
            text.setBackgroundColor(null);
            text.setUnderlineColor(null);
            return;
        }
        text.setBackgroundColor(CoderStyles.colour(shade.rgb(), shade.opacity()));
        if (shade.coderStyle() == Shade.NO_UNDERLINE) {
            text.setUnderlineColor(null);
            return;
        }
        Color line = CoderStyles.colour(shade.rgb()).darker();
        text.setUnderlineColor(line);
        if (shade.coderStyle() == Shade.MIXED) {
            // Several coders agree here: a double line says so.
            text.setUnderlineWidth(1.2);
            text.setUnderlineDoubleGap(1.5);
        } else {
            text.setUnderlineWidth(1.5);
            text.setUnderlineDashArray(CoderStyles.dashes(shade.coderStyle()));
        }
    }
}
