package org.scholion.ui.search;

import java.util.List;
import org.scholion.project.AutocodePreview;

/**
 * An auto-coding waiting for the researcher's yes: the preview of what it codes, the code, and the
 * lines that tell her, source by source, how many segments it would code.
 */
public record AutocodePlan(AutocodePreview preview, CodeChoice code, List<String> perSource) {

    public AutocodePlan {
        perSource = List.copyOf(perSource);
    }

    public int segments() {
        return preview.segments().size();
    }

    /** One sentence for the confirmation: how many segments, of what scope, where, with which code. */
    public String summary() {
        int count = segments();
        int sources = preview.perSource().size();
        String text = "Code " + count + " segment" + (count == 1 ? "" : "s") + " (each a " + preview.scope().word()
                + ") in " + sources + " source" + (sources == 1 ? "" : "s") + " with \"" + code.path() + "\"";
        if (preview.alreadyCoded() > 0) {
            text += "; " + preview.alreadyCoded() + " already coded with it stay as they are";
        }
        return text + ".";
    }
}
