package org.scholion.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damaged versions of a valid file, the way files get damaged or forged: bytes flipped, a run of
 * bytes cut or repeated, the file cut short, a deep nest of brackets or a very long token put in,
 * or random bytes. Structure-aware enough that most inputs get past the first byte of the parser.
 */
public final class Mutations {

    private static final byte[][] INSERTS = {
            "[".repeat(20_000).getBytes(StandardCharsets.US_ASCII),
            "{\"a\":".repeat(5_000).getBytes(StandardCharsets.US_ASCII),
            "9".repeat(5_000).getBytes(StandardCharsets.US_ASCII),
            "\"\\ud800\"".getBytes(StandardCharsets.US_ASCII),
            "null".getBytes(StandardCharsets.US_ASCII),
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0},
    };

    private Mutations() {
    }

    public static Arbitrary<byte[]> of(byte[] valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Math.max(0, valid.length - 1));
        Arbitrary<byte[]> flipped = Combinators.combine(at, Arbitraries.bytes()).as((i, b) -> {
            byte[] copy = valid.clone();
            if (copy.length > 0) {
                copy[i] = b;
            }
            return copy;
        });
        Arbitrary<byte[]> cut = at.map(i -> Arrays.copyOf(valid, i));
        Arbitrary<byte[]> removed = Combinators.combine(at, Arbitraries.integers().between(1, 64)).as((i, n) -> {
            int end = Math.min(valid.length, i + n);
            byte[] copy = new byte[valid.length - (end - i)];
            System.arraycopy(valid, 0, copy, 0, i);
            System.arraycopy(valid, end, copy, i, valid.length - end);
            return copy;
        });
        Arbitrary<byte[]> inserted = Combinators.combine(at, Arbitraries.of(INSERTS)).as((i, insert) -> {
            byte[] copy = new byte[valid.length + insert.length];
            System.arraycopy(valid, 0, copy, 0, i);
            System.arraycopy(insert, 0, copy, i, insert.length);
            System.arraycopy(valid, i, copy, i + insert.length, valid.length - i);
            return copy;
        });
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, flipped),
                net.jqwik.api.Tuple.of(2, cut),
                net.jqwik.api.Tuple.of(2, removed),
                net.jqwik.api.Tuple.of(2, inserted),
                net.jqwik.api.Tuple.of(1, noise));
    }
}
