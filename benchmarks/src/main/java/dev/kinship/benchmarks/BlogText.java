package dev.kinship.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Deterministic words, sentences and choices for the blog data set. */
final class BlogText {

    private static final String[] WORDS = {
        "kinship", "entity", "association", "lazy", "batch", "query", "schema", "session", "proxy",
        "author", "comment", "category", "profile", "sqlite", "index", "join", "table", "column",
        "load", "graph", "model", "through", "scope", "alias", "cascade", "record", "cache", "row",
        "select", "value", "garden", "river", "autumn", "letter", "window", "morning", "journey",
        "harbor", "lantern", "meadow", "signal", "thread", "marble", "orchard", "compass", "summit"
    };

    private final SplittableRandom random;

    BlogText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Words separated by spaces, ending with a period, of exactly {@code length} characters. */
    String sentence(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setLength(length - 1);
        return text.append('.').toString();
    }

    /** {@code count} words joined by {@code separator}. */
    String words(int count, char separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** A length around {@code mean}, within ±10 %. */
    int around(int mean) {
        int spread = Math.max(1, mean / 10);
        return mean - spread + random.nextInt(2 * spread + 1);
    }

    /** A number in {@code [1, bound]}. */
    int oneTo(int bound) {
        return 1 + random.nextInt(bound);
    }

    /** True with probability {@code numerator / denominator}. */
    boolean chance(int numerator, int denominator) {
        return random.nextInt(denominator) < numerator;
    }

    /**
     * {@code count} distinct numbers in {@code [1, bound]}, in increasing order.
     */
    int[] distinct(int count, int bound) {
        int[] picked = new int[count];
        int filled = 0;
        while (filled < count) {
            int candidate = oneTo(bound);
            boolean seen = false;
            for (int i = 0; i < filled; i++) {
                seen |= picked[i] == candidate;
            }
            if (!seen) {
                picked[filled++] = candidate;
            }
        }
        Arrays.sort(picked);
        return picked;
    }
}
