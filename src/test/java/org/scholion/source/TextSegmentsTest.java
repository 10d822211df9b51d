package org.scholion.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs become index passages and auto-coding scopes; sentences scope auto-coding too. */
class TextSegmentsTest {

    private static List<String> texts(String text, List<Span> spans) {
        TextOffsets offsets = TextOffsets.of(text);
        return spans.stream().map(offsets::slice).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleNewlinesAreWrapping() {
        String text = "  First line\nstill first.\n\n\nSecond one.\n \nThird.\n";
        TextSegments segments = TextSegments.of(text);

        assertThat(texts(text, segments.paragraphs()))
                .containsExactly("First line\nstill first.", "Second one.", "Third.");
    }

    @Test
    void aTextWithoutBlankLinesIsSplitAtEachNewline() {
        String text = "One.\nTwo.\r\nThree.";

        assertThat(texts(text, TextSegments.of(text).paragraphs())).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void spansAreCodePointsEvenAfterCharactersOutsideTheBmp() {
        String text = "😀 𝔄 first.\n\nДругой абзац 😀.";
        TextSegments segments = TextSegments.of(text);

        assertThat(segments.paragraphs()).containsExactly(new Span(0, 10), new Span(12, 27));
        assertThat(texts(text, segments.paragraphs())).containsExactly("😀 𝔄 first.", "Другой абзац 😀.");
    }

    @Test
    void sentencesSurviveAbbreviationsNumbersAndWrappedLines() {
        String text = "Intro\n\nThe U.S. and Russia met, e.g. in Sochi on 1.5 occasions. See No. 5 and pp. 12-13.\n"
                + "Dr. Smith wrote it\nin 2008. Then it ended! Did it?";
        TextSegments segments = TextSegments.of(text);

        assertThat(texts(text, segments.sentences())).containsExactly(
                "Intro",
                "The U.S. and Russia met, e.g. in Sochi on 1.5 occasions.",
                "See No. 5 and pp. 12-13.",
                "Dr. Smith wrote it\nin 2008.",
                "Then it ended!",
                "Did it?");
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "No full stop here\n\nNext paragraph. Two sentences.";

        assertThat(texts(text, TextSegments.of(text).sentences()))
                .containsExactly("No full stop here", "Next paragraph.", "Two sentences.");
    }

    @Test
    void paragraphAtAndSentenceAtFindTheEnclosingSegment() {
        String text = "😀 One. Two.\n\nThree.";
        TextSegments segments = TextSegments.of(text);
        TextOffsets offsets = TextOffsets.of(text);

        assertThat(segments.paragraphAt(8).map(offsets::slice)).contains("😀 One. Two.");
        assertThat(segments.sentenceAt(8).map(offsets::slice)).contains("Two.");
        assertThat(segments.sentenceAt(0).map(offsets::slice)).contains("😀 One.");
        assertThat(segments.sentenceAt(14).map(offsets::slice)).contains("Three.");
        assertThat(segments.paragraphAt(12)).isEmpty(); // on the blank line
        assertThat(segments.sentenceAt(6)).isEmpty(); // the space between two sentences
    }

    @Test
    void aLineSpacedPdfExtractionIsJoinedBackIntoParagraphs() {
        // As the thesis is stored: a blank line after every printed line; a paragraph's last line is short.
        String wide = "x".repeat(80);
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            text.append(wide).append(" \n\n").append("the UN could not deploy a peace-\n\n")
                    .append(wide).append(" \n\n").append(wide).append(" \n\n").append("ends here.  \n\n");
        }
        TextSegments segments = TextSegments.of(text.toString());

        assertThat(segments.paragraphs()).hasSize(4);
        assertThat(texts(text.toString(), segments.paragraphs()))
                .allSatisfy(paragraph -> assertThat(paragraph).startsWith(wide).endsWith("ends here.")
                        .contains("peace-\n\n" + wide));
    }

    @Test
    void theCorpusThesisGetsParagraphsNotPrintedLines() throws IOException {
        String thesis = Files.readString(Path.of("corpus/thesis-russia-conflicts-south-caucasus.txt"));
        TextSegments segments = TextSegments.of(thesis);
        TextOffsets offsets = TextOffsets.of(thesis);

        assertThat(segments.paragraphs()).hasSizeBetween(500, 2000);
        int hyphenated = thesis.indexOf("deploy a peace-");
        Span paragraph = segments.paragraphAt(offsets.toCodePoint(hyphenated)).orElseThrow();
        assertThat(offsets.slice(paragraph)).contains("deploy a peace-\n\nkeeping force");
    }

    @Test
    void anEmptyOrBlankTextHasNoSegments() {
        assertThat(TextSegments.of("").paragraphs()).isEmpty();
        assertThat(TextSegments.of(" \n\n ").sentences()).isEmpty();
    }
}
