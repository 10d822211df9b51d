package org.scholion.corpus;

import java.util.List;
import org.scholion.source.PageMap;

/** Normalised text, its page map (code points into this text), and the steps that ran, in order. */
public record NormalisedText(String text, PageMap pages, List<NormalisationStep> appliedSteps) {

    public NormalisedText {
        appliedSteps = List.copyOf(appliedSteps);
    }
}
