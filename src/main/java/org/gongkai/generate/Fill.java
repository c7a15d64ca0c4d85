package org.gongkai.generate;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the vocabulary's patterns: one of the alternatives, with its {a-b} numbers drawn and its {words} replaced. */
final class Fill {

    private static final Pattern SLOT = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d)?)-(\\d+(?:\\.\\d)?)");

    private Fill() {}

    /** One alternative of a {@code ;}-separated pattern, filled. */
    static String pattern(String pattern, Dice dice, Map<String, String> words) {
        String[] alternatives = pattern.split(";");
        return slots(alternatives[dice.between(0, alternatives.length - 1)], dice, words);
    }

    static String slots(String text, Dice dice, Map<String, String> words) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            Matcher range = RANGE.matcher(key);
            String value;
            if (range.matches()) {
                int drawn = dice.between(Vocabulary.scaled(range.group(1)), Vocabulary.scaled(range.group(2)));
                value = number(drawn, key.contains(".") ? 1 : 0);
            } else if (words.containsKey(key)) {
                value = words.get(key);
            } else {
                throw new IllegalStateException("no word for {" + key + "} in " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A drawn number as forms print it: 2.5, and 3 rather than 3.0. */
    static String number(long scaled, int decimals) {
        return BigDecimal.valueOf(scaled, decimals).stripTrailingZeros().toPlainString();
    }
}
