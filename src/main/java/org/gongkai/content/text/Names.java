package org.gongkai.content.text;

import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;

/** Compares names as a reader would: alike across full-width and half-width forms, spaces and quote styles. */
public final class Names {

    private Names() {}

    public static String normalised(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(switch (c) {
                case '“', '”', '„', '「', '」', '『', '』' -> '"';
                case '‘', '’' -> '\'';
                default -> c;
            });
        }
        return out.toString();
    }

    /**
     * A near miss: one name contains the other, or they differ in at most a third of their characters, as
     * 政务公开工作专项经费 and 政府公开工作专项经费 do.
     */
    public static boolean nearlyEqual(String a, String b) {
        String x = normalised(a);
        String y = normalised(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        return distance(x, y) * 3 <= Math.max(x.length(), y.length());
    }

    /** The first of {@code candidates} that nearly equals {@code name}. */
    public static <T> Optional<T> nearest(String name, List<T> candidates, Function<T, String> nameOf) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T candidate : candidates) {
            String other = nameOf.apply(candidate);
            if (nearlyEqual(name, other)) {
                int d = distance(normalised(name), normalised(other));
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
