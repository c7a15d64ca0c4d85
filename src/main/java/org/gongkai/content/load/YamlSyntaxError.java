package org.gongkai.content.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import org.gongkai.content.model.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Places a YAML syntax error where the mistake is rather than where the parser gave up, for the mistakes whose two
 * places differ: a character YAML refuses (the parser stops before reading a token, at 1:1), a quote left open (the
 * parser stops at the end of the file, or far below where a later quote closes it), a tab in the indentation (the
 * parser stops where its scan began). Any other error keeps the parser's place and {@link YamlErrorText}'s advice.
 */
final class YamlSyntaxError {

    private static final String IN_QUOTES = "while scanning a quoted scalar";

    private final String text;
    private final String file;

    private YamlSyntaxError(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** The finding for the parser's error {@code e} in {@code text}, read with {@code options}. */
    static Finding of(JsonProcessingException e, String text, String file, LoaderOptions options) {
        YamlSyntaxError error = new YamlSyntaxError(text, file);
        JsonLocation loc = e.getLocation();
        SourcePosition gaveUp = loc == null ? new SourcePosition(file, 1, 1)
                : new SourcePosition(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
        if (e.getCause() instanceof ReaderException) {
            Optional<Finding> refused = error.refusedCharacter();
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return error.openQuote(gaveUp.line(), options)
                .or(() -> error.indentingTab(gaveUp.line() + 1))
                .orElseGet(() -> error.at("yaml.syntax", gaveUp, YamlErrorText.explain(e.getOriginalMessage())));
    }

    /**
     * The first character YAML does not allow. The parser refuses the whole text as it reads it in, before any
     * token, so it can tell neither line nor column.
     */
    private Optional<Finding> refusedCharacter() {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return Optional.of(at("text.control-character", new SourcePosition(file, line, column),
                        String.format("这里有一个 YAML 文件中不允许的控制字符 U+%04X。它在多数编辑器中看不见（有的显示为 ^@、方框或问号），"
                                + "通常由复制粘贴或文件损坏带入。请删除这个字符。", c)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.empty();
    }

    /**
     * A quote that was not closed where it should have been: one still open when the text ends, or one that runs over
     * several lines to close at a quote on the line where the parser gave up. Content files never need a quoted value
     * over several lines, so the second is almost always a quote missing at the end of the first line. The text is
     * scanned again for the quoted values' places, which the parser's tokens do not keep.
     */
    private Optional<Finding> openQuote(int gaveUpLine, LoaderOptions options) {
        ScannerImpl scanner = new ScannerImpl(new StreamReader(text), options);
        ScalarToken spanning = null;
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                if (token.getStartMark().getLine() + 1 > gaveUpLine) {
                    break;
                }
                if (token instanceof ScalarToken scalar && quote(scalar) != 0
                        && scalar.getStartMark().getLine() < scalar.getEndMark().getLine()
                        && scalar.getEndMark().getLine() + 1 == gaveUpLine) {
                    spanning = scalar;
                }
            }
        } catch (MarkedYAMLException e) {
            if (IN_QUOTES.equals(e.getContext()) && e.getProblem() != null
                    && (e.getProblem().contains("end of stream") || e.getProblem().contains("document separator"))) {
                Mark open = e.getContextMark();
                char q = (char) text.codePointAt(text.offsetByCodePoints(0, open.getIndex()));
                return Optional.of(at("yaml.unclosed-quote", position(open), "引号没有闭合：这里开始的 " + q
                        + " 之后再没有对应的结束引号，其后的内容都被当成了这个值。请在值的末尾补上 " + q + "。" + escaping(q)));
            }
        } catch (YAMLException e) {
            // Scanned only to place the error better; the parser's own place stands.
        }
        if (spanning == null) {
            return Optional.empty();
        }
        char q = quote(spanning);
        Mark close = spanning.getEndMark();
        return Optional.of(at("yaml.unclosed-quote", position(spanning.getStartMark()), "引号没有在本行闭合：这里开始的 " + q
                + " 直到第 " + (close.getLine() + 1) + " 行第 " + close.getColumn() + " 列才遇到下一个 " + q
                + "，中间几行都被当成了这个值，其后因此无法解析。请在本行值的末尾补上 " + q + "。" + escaping(q)));
    }

    /** The quote a scalar is written in, or 0 for one written without. */
    private static char quote(ScalarToken scalar) {
        DumperOptions.ScalarStyle style = scalar.getStyle();
        return style == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? '"'
                : style == DumperOptions.ScalarStyle.SINGLE_QUOTED ? '\'' : 0;
    }

    private static String escaping(char quote) {
        return quote == '"' ? "若值本身含有 \"，请写成 \\\"，或改用单引号把整个值括起来。" : "若值本身含有 '，请写成两个单引号 ''。";
    }

    /**
     * The first tab in a line's indentation up to {@code lastLine}. The parser reports a tab where its scan began,
     * often the line before, so the publisher is pointed at the tab itself instead.
     */
    private Optional<Finding> indentingTab(int lastLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(lastLine, lines.length); i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    return Optional.of(at("yaml.syntax", new SourcePosition(file, i + 1, c + 1),
                            "缩进中有制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成空格。"));
                }
            }
        }
        return Optional.empty();
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Finding at(String rule, SourcePosition position, String message) {
        return new Finding(rule, Severity.ERROR, position, message);
    }
}
