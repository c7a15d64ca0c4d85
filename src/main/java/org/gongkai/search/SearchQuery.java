package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A query as a journalist types it: words and "quoted phrases", each optionally limited to one field with
 * {@code name:}, {@code goal:}, {@code indicator:}, {@code office:}, {@code region:} or {@code form:}. Every clause
 * must match.
 */
public record SearchQuery(List<Clause> clauses) {

    /** One clause: its text, the field it is limited to, and whether it was quoted. */
    public record Clause(Optional<SearchField> field, String text, boolean quoted) {}

    public SearchQuery {
        clauses = List.copyOf(clauses);
    }

    public static SearchQuery parse(String input) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        String s = input.strip();
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            Optional<SearchField> field = Optional.empty();
            int colon = fieldPrefixEnd(s, i);
            if (colon > 0) {
                field = textField(s.substring(i, colon));
                if (field.isPresent()) {
                    i = colon + 1;
                }
            }
            boolean quoted = i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '“');
            int end;
            String text;
            if (quoted) {
                char close = s.charAt(i) == '"' ? '"' : '”';
                end = s.indexOf(close, i + 1);
                end = end < 0 ? s.length() : end;
                text = s.substring(i + 1, end);
                end = Math.min(s.length(), end + 1);
            } else {
                end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                text = s.substring(i, end);
            }
            if (!text.isBlank()) {
                clauses.add(new Clause(field, text, quoted));
            }
            i = end;
        }
        return new SearchQuery(clauses);
    }

    private static int fieldPrefixEnd(String s, int from) {
        int j = from;
        while (j < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        return j > from && j < s.length() && s.charAt(j) == ':' ? j : -1;
    }

    private static Optional<SearchField> textField(String name) {
        for (SearchField f : SearchField.TEXT) {
            if (f.fieldName().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
