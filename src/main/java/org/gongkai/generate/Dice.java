package org.gongkai.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of choices; every random decision of the generator goes through one, so the seed fixes the corpus. */
final class Dice {

    /** What a pair of dice decides; each purpose draws from its own stream. */
    enum Purpose {
        /** The region tree and which offices it has. */
        ATLAS,
        /** An office's form style and project names. */
        OFFICE,
        /** Which projects an office discloses in a year, and the document around them. */
        YEAR,
        /** A project's shape: which indicators, which goal frame; the same in every year. */
        PROJECT,
        /** A project's numbers in one year. */
        VALUES
    }

    private final SplittableRandom random;

    /**
     * Dice for one purpose, keyed by the corpus seed and the indices of what they decide (office, project, year), so
     * that a file's content does not depend on the order in which other files were made.
     */
    Dice(long seed, Purpose purpose, long... keys) {
        long h = mix(mix(seed ^ 0x6A09E667F3BCC909L) + purpose.ordinal());
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
        }
        this.random = new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: neighbouring keys give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A whole number from {@code lo} to {@code hi}, both included. */
    int between(int lo, int hi) {
        return lo == hi ? lo : random.nextInt(lo, hi + 1);
    }

    long between(long lo, long hi) {
        return lo == hi ? lo : random.nextLong(lo, hi + 1);
    }

    /** True {@code percent} times in a hundred; whole percentages keep the decisions free of floating point. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A new list in random order (Fisher–Yates), the input left as it was. */
    <T> List<T> shuffled(List<T> items) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
