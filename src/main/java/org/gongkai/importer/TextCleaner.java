package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what text extraction added to the published text (Word bookmarks, LaTeX, padding) and nothing else:
 * the rest is the official record and stays as printed.
 */
final class TextCleaner {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern MATH = Pattern.compile("\\$([^$\\n]+)\\$");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|.)");

    private final Problems problems;

    TextCleaner(Problems problems) {
        this.problems = problems;
    }

    /** The line without Word bookmarks, which the extractor writes before a cell's text or on a line alone. */
    static String withoutBookmarks(String line) {
        return BOOKMARK.matcher(line).replaceAll("");
    }

    /**
     * The cell's text without padding, with each line's trailing spaces removed and inline math rewritten as the
     * characters it prints; math that cannot be rewritten is kept as extracted and reported.
     */
    String cell(String raw, int line) {
        String[] lines = raw.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(stripTrailing(lines[i]));
        }
        return strip(math(sb.toString(), line));
    }

    private String math(String text, int line) {
        Matcher m = MATH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> printed = translate(m.group(1));
            if (printed.isEmpty()) {
                problems.add(line, "无法转换公式" + Problems.quote(m.group()) + "：这是文本提取留下的 LaTeX，"
                        + "请在原文中查看它显示的字符（如 ≥93%），并把公式改写为这些字符。");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(printed.orElse(m.group())));
        }
        m.appendTail(out);
        // An escaped percent sign also appears outside math in some extractions.
        return out.toString().replace("\\%", "%");
    }

    /** The characters a math fragment prints; empty when it uses anything beyond comparisons, × and %. */
    private static Optional<String> translate(String math) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        Matcher cmd = COMMAND.matcher(math);
        while (i < math.length()) {
            char c = math.charAt(i);
            if (c == '\\') {
                if (!cmd.find(i) || cmd.start() != i) {
                    return Optional.empty();
                }
                Optional<String> symbol = symbol(cmd.group(1));
                if (symbol.isEmpty()) {
                    return Optional.empty();
                }
                out.append(symbol.get());
                i = cmd.end();
            } else if (Character.isWhitespace(c)) {
                // Spaces in math mode are not printed.
                i++;
            } else if (Character.isLetterOrDigit(c) || ".,+-/()<>=:".indexOf(c) >= 0) {
                out.append(c);
                i++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> symbol(String command) {
        return switch (command) {
            case "geq", "ge" -> Optional.of("≥");
            case "leq", "le" -> Optional.of("≤");
            case "times" -> Optional.of("×");
            case "%" -> Optional.of("%");
            default -> Optional.empty();
        };
    }

    /** True for the spaces that pad cells, including the ideographic space U+3000 that fills empty ones. */
    static boolean isPadding(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPadding(s.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isPadding(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
