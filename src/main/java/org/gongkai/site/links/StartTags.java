package org.gongkai.site.links;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Walks the start tags of an HTML page and hands each attribute to a visitor, without building a document: the
 * link check reads every page the build writes, and a full parse of each one cost a tenth of a large build. It
 * reads tags as an HTML parser's tokenizer does, for what the link check needs: comments, doctypes and end tags
 * are skipped, the text inside {@code script}, {@code style}, {@code title}, {@code textarea} and their kind is
 * not read for tags, names are lower-cased, a repeated attribute is dropped, and values are unescaped by jsoup as
 * its parser would. {@code StartTagsTest} holds it to jsoup's reading of every page of the built sites.
 */
final class StartTags {

    /** Receives each attribute of each start tag, in the page's order. */
    interface Visitor {
        void attribute(String tag, String name, String value);
    }

    /** Elements whose content is text up to their end tag, never tags: a link written there is no link. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes", "plaintext");

    private final String html;
    private final int length;
    private int at;
    /** The attribute names of the tag being read: a tag has a handful, so a list beats a set made for each. */
    private String[] seen = new String[8];
    private int seenCount;

    private StartTags(String html) {
        this.html = html;
        this.length = html.length();
    }

    static void read(String html, Visitor visitor) {
        new StartTags(html).walk(visitor);
    }

    private void walk(Visitor visitor) {
        while (true) {
            int open = html.indexOf('<', at);
            if (open < 0 || open + 1 >= length) {
                return;
            }
            at = open + 1;
            char next = html.charAt(at);
            if (html.startsWith("!--", at)) {
                int end = html.indexOf("-->", at + 3);
                at = end < 0 ? length : end + 3;
            } else if (next == '!' || next == '?' || next == '/') {
                // A doctype, a bogus comment or an end tag: nothing a link check reads, up to its '>'.
                int end = html.indexOf('>', at);
                at = end < 0 ? length : end + 1;
            } else if (isAsciiLetter(next)) {
                String tag = startTag(visitor);
                if (RAW_TEXT.contains(tag)) {
                    skipRawText(tag);
                }
            }
            // Any other '<' is text.
        }
    }

    /** Reads one start tag from its name on, handing its attributes over; returns its name. */
    private String startTag(Visitor visitor) {
        int from = at;
        while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        String tag = html.substring(from, at).toLowerCase(Locale.ROOT);
        seenCount = 0;
        while (at < length) {
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                return tag;
            }
            if (isSpace(c) || c == '/') {
                at++;
                continue;
            }
            int nameFrom = at;
            // The first character is part of the name even when it is '=', as in the tokenizer.
            at++;
            while (at < length && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String name = html.substring(nameFrom, at).toLowerCase(Locale.ROOT);
            skipSpaces();
            String value = "";
            if (at < length && html.charAt(at) == '=') {
                at++;
                skipSpaces();
                value = value();
            }
            // A repeated attribute is a parse error, and the first one stands.
            if (firstTime(name)) {
                visitor.attribute(tag, name, value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
            }
        }
        return tag;
    }

    private boolean firstTime(String name) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i].equals(name)) {
                return false;
            }
        }
        if (seenCount == seen.length) {
            seen = Arrays.copyOf(seen, seenCount * 2);
        }
        seen[seenCount++] = name;
        return true;
    }

    private String value() {
        if (at >= length) {
            return "";
        }
        char quote = html.charAt(at);
        if (quote == '"' || quote == '\'') {
            int end = html.indexOf(quote, at + 1);
            int stop = end < 0 ? length : end;
            String value = html.substring(at + 1, stop);
            at = end < 0 ? length : end + 1;
            return value;
        }
        int from = at;
        while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        return html.substring(from, at);
    }

    /** Skips to the end tag of a raw-text element, or to the end of the page if it has none. */
    private void skipRawText(String tag) {
        if (tag.equals("plaintext")) {
            at = length;
            return;
        }
        while (true) {
            int close = html.indexOf("</", at);
            if (close < 0) {
                at = length;
                return;
            }
            int after = close + 2 + tag.length();
            if (html.regionMatches(true, close + 2, tag, 0, tag.length())
                    && (after >= length || isSpace(html.charAt(after)) || html.charAt(after) == '/'
                            || html.charAt(after) == '>')) {
                at = close;
                return;
            }
            at = close + 2;
        }
    }

    private void skipSpaces() {
        while (at < length && isSpace(html.charAt(at))) {
            at++;
        }
    }

    /** HTML's whitespace between attributes: tab, line feed, form feed, carriage return and space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
