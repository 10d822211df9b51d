package org.scholion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Offsets are Unicode code points, end exclusive; Java strings index UTF-16 units. Every offset a
 * researcher stores passes through TextOffsets, so a wrong conversion moves every quote.
 */
class TextOffsetsTest {

    @Test
    void cyrillicTextHasOneCodePointPerCharacter() {
        TextOffsets offsets = TextOffsets.of("Россия и Южный Кавказ");

        assertThat(offsets.codePointLength()).isEqualTo(21);
        assertThat(offsets.toCharIndex(7)).isEqualTo(7);
        assertThat(offsets.toCodePoint(21)).isEqualTo(21);
        assertThat(offsets.slice(new Span(9, 14))).isEqualTo("Южный");
    }

    @Test
    void anEmojiIsOneCodePointButTwoJavaChars() {
        String text = "a😀b𝔄c";
        TextOffsets offsets = TextOffsets.of(text);

        assertThat(offsets.codePointLength()).isEqualTo(5).isEqualTo(TextOffsets.codePointLength(text));
        assertThat(text.length()).isEqualTo(7);
        // code point -> char index: a=0, 😀=1, b=3, 𝔄=4, c=6, end=7
        assertThat(IntStream.of(0, 1, 2, 3, 4, 5).map(offsets::toCharIndex).toArray()).containsExactly(0, 1, 3, 4, 6, 7);
        // char index -> code point, the inverse
        assertThat(IntStream.of(0, 1, 3, 4, 6, 7).map(offsets::toCodePoint).toArray()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(offsets.slice(new Span(1, 2))).isEqualTo("😀");
        assertThat(offsets.slice(new Span(2, 4))).isEqualTo("b𝔄");
    }

    @Test
    void aCharIndexInsideASurrogatePairCountsAsTheStartOfThatCharacter() {
        // A UI selection can end between the halves of an emoji; the character is then not split.
        TextOffsets offsets = TextOffsets.of("a😀b𝔄c");

        assertThat(offsets.toCodePoint(2)).isEqualTo(1);
        assertThat(offsets.toCodePoint(5)).isEqualTo(3);
        assertThat(offsets.toCodePoints(2, 5)).isEqualTo(new Span(1, 3));
    }

    @Test
    void combiningMarksAreCountedAsTheirOwnCodePoints() {
        // "é" written as e + U+0301 is one glyph but two code points, as REFI-QDA counts them.
        String text = "cafe\u0301 ok";
        TextOffsets offsets = TextOffsets.of(text);

        assertThat(offsets.codePointLength()).isEqualTo(8);
        assertThat(offsets.slice(new Span(3, 5))).isEqualTo("e\u0301");
        assertThat(offsets.slice(new Span(0, 4))).isEqualTo("cafe");
    }

    @Test
    void conversionsAgreeWithTheJdkAtEveryOffsetOfAMixedText() {
        String text = randomMixedText(new Random(20251121L), 5_000);
        TextOffsets offsets = TextOffsets.of(text);
        int length = text.codePointCount(0, text.length());

        assertThat(offsets.codePointLength()).isEqualTo(length);
        for (int codePoint = 0; codePoint <= length; codePoint++) {
            int charIndex = text.offsetByCodePoints(0, codePoint);
            assertThat(offsets.toCharIndex(codePoint)).as("char index of code point %d", codePoint).isEqualTo(charIndex);
            assertThat(offsets.toCodePoint(charIndex)).as("code point of char index %d", charIndex).isEqualTo(codePoint);
        }
    }

    @Test
    void slicingAgreesWithCodePointArithmetic() {
        String text = randomMixedText(new Random(7L), 600);
        TextOffsets offsets = TextOffsets.of(text);
        int[] codePoints = text.codePoints().toArray();
        Random random = new Random(11L);

        for (int i = 0; i < 500; i++) {
            int start = random.nextInt(codePoints.length);
            int end = start + 1 + random.nextInt(codePoints.length - start);
            assertThat(offsets.slice(new Span(start, end)))
                    .isEqualTo(new String(codePoints, start, end - start));
        }
    }

    @Test
    void slicingClampsToTheText() {
        // Anchors take 32 code points of context, which may reach past either end of the text.
        TextOffsets offsets = TextOffsets.of("😀bc");

        assertThat(offsets.slice(-32, 1)).isEqualTo("😀");
        assertThat(offsets.slice(2, 2 + 32)).isEqualTo("c");
        assertThat(offsets.slice(5, 40)).isEmpty();
    }

    @Test
    void offsetsOutsideTheTextAreRefusedWithTheTextLength() {
        TextOffsets offsets = TextOffsets.of("a😀");

        assertThatThrownBy(() -> offsets.toCharIndex(3))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("0..2 code points");
        assertThatThrownBy(() -> offsets.toCharIndex(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> offsets.toCodePoint(4))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("0..3 chars");
    }

    @Test
    void anEmptyTextHasOnlyOffsetZero() {
        TextOffsets offsets = TextOffsets.of("");

        assertThat(offsets.codePointLength()).isZero();
        assertThat(offsets.toCharIndex(0)).isZero();
        assertThat(offsets.toCodePoint(0)).isZero();
    }

    @Test
    void aLoneSurrogateCountsAsOneCodePointLikeTheJdkCountsIt() {
        // Broken extractions can leave half a pair; offsets must still agree with String.codePointCount.
        String text = "a\uD800b\uDC00c";
        TextOffsets offsets = TextOffsets.of(text);

        assertThat(offsets.codePointLength()).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(5);
        assertThat(offsets.toCharIndex(4)).isEqualTo(4);
        assertThat(offsets.slice(new Span(1, 2))).isEqualTo("\uD800");
    }

    /** ASCII, Cyrillic, combining marks, emoji and CJK, mixed at random. */
    static String randomMixedText(Random random, int codePoints) {
        int[][] pools = {
                "abc xyz.,\n\t".codePoints().toArray(),
                "Россия Кавказ".codePoints().toArray(),
                {0x0301, 0x0308, 0x200D, 0xFE0F},
                {0x1F600, 0x1F54A, 0x1D504, 0x1D505, 0x1F1F7, 0x1F1FA, 0x20000},
                {0x4E2D, 0x6587},
        };
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            int[] pool = pools[random.nextInt(pools.length)];
            out.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }
}
