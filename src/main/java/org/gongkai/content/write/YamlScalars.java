package org.gongkai.content.write;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Chooses how a text is written as a YAML scalar so that any YAML 1.1 or 1.2 reader reads back the same string. */
final class YamlScalars {

    /** Where a scalar stands: flow collections forbid more characters in plain scalars than block mappings do. */
    enum Context { BLOCK, FLOW }

    private static final String INDICATOR_STARTS = "-?:,[]{}#&*!|>'\"%@`";

    // YAML 1.1 (SnakeYAML, used by Jackson) resolves these words to booleans or null; YAML 1.2 a subset of them.
    private static final Set<String> RESERVED_WORDS = Set.of(
            "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", "<<", "=");

    // The union of YAML 1.1 (SnakeYAML, used by Jackson) and YAML 1.2 core number forms, a little wider where
    // cheap (1.2.3, 0o17, underscores anywhere): missing one would turn a published text into a number.
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(?:"
            + "0b[01_]+"
            + "|0o?[0-7_]+"
            + "|0x[0-9A-Fa-f_]+"
            + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
            + "|(?=\\.?[0-9])[0-9_]*\\.?[0-9._]*(?:[eE][-+]?[0-9]+)?"
            + "|\\.(?:inf|Inf|INF|nan|NaN|NAN))");
    private static final Pattern TIMESTAMP_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private YamlScalars() {}

    /** The text as a single-line scalar: plain where that is safe, otherwise double-quoted. */
    static String inline(String text, Context context) {
        return isPlainSafe(text, context) ? text : doubleQuoted(text);
    }

    /** The text double-quoted, with every character YAML could misread escaped. */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else if (c == '\uFEFF' || (Character.isSurrogate(c) && !isPairedSurrogate(text, i))) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The block-scalar header ({@code |-} or {@code |}) for a multi-line text, or the empty string when a
     * literal block would not read back exactly and the text must be double-quoted instead.
     */
    static String literalHeader(String text) {
        if (text.indexOf('\n') < 0) {
            return "";
        }
        String body = text;
        String header = "|-";
        if (text.endsWith("\n")) {
            body = text.substring(0, text.length() - 1);
            header = "|";
            if (body.isEmpty() || body.endsWith("\n")) {
                return "";
            }
        }
        String[] lines = body.split("\n", -1);
        boolean seenContent = false;
        for (String line : lines) {
            if (!line.isEmpty()) {
                // A leading space on the first content line would be taken as the block's indentation.
                if (!seenContent && isYamlSpace(line.charAt(0))) {
                    return "";
                }
                seenContent = true;
                // Trailing spaces survive a literal block, but editors strip them; quoting keeps them visible.
                if (isSpaceLike(line.charAt(line.length() - 1))) {
                    return "";
                }
            }
            for (int i = 0; i < line.length(); i++) {
                if (!isPrintableInBlock(line, i)) {
                    return "";
                }
            }
        }
        return seenContent ? header : "";
    }

    static boolean isPlainSafe(String text, Context context) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if (INDICATOR_STARTS.indexOf(first) >= 0 || isSpaceLike(first) || isSpaceLike(last) || last == ':') {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || !isPrintableInBlock(text, i)) {
                return false;
            }
            if (context == Context.FLOW && (",[]{}:#".indexOf(c) >= 0)) {
                return false;
            }
        }
        return !looksLikeNonString(text);
    }

    /** True for texts a YAML reader would resolve to a number, boolean, null, date or merge key when plain. */
    static boolean looksLikeNonString(String text) {
        return RESERVED_WORDS.contains(text.toLowerCase(Locale.ROOT))
                || NUMBER_LIKE.matcher(text).matches()
                || TIMESTAMP_LIKE.matcher(text).matches();
    }

    private static boolean isSpaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isYamlSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isPrintableInBlock(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t') {
            return true;
        }
        if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            return false;
        }
        return !Character.isSurrogate(c) || isPairedSurrogate(text, i);
    }

    private static boolean isPairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
