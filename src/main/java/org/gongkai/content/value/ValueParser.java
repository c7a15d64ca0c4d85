package org.gongkai.content.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the published text of a 指标值 in one left-to-right pass over its characters: comparator, number, then a
 * date or a unit with an optional comparator word after it.
 *
 * <p>No regular expressions and no exceptions: the parser runs over every row of every disclosure, and every
 * failure to read is an answer (UNREADABLE or QUALITATIVE), not an error.
 */
final class ValueParser {

    /** A comparator word and what it means; listed longest first so that 及以上 wins over 以上. */
    private record Word(String text, Comparator comparator) {}

    private static final Word[] BEFORE = {
        new Word("不低于", Comparator.GE), new Word("不少于", Comparator.GE), new Word("不小于", Comparator.GE),
        new Word("不早于", Comparator.GE), new Word("不超过", Comparator.LE), new Word("不高于", Comparator.LE),
        new Word("不多于", Comparator.LE), new Word("不大于", Comparator.LE), new Word("不晚于", Comparator.LE),
        new Word("至少", Comparator.GE), new Word("至多", Comparator.LE), new Word("最多", Comparator.LE),
        new Word("大于", Comparator.GT), new Word("高于", Comparator.GT), new Word("超过", Comparator.GT),
        new Word("多于", Comparator.GT), new Word("小于", Comparator.LT), new Word("低于", Comparator.LT),
        new Word("少于", Comparator.LT), new Word("不足", Comparator.LT), new Word("等于", Comparator.EQ),
        // A target to be reached (达到95%) is met by anything above it too.
        new Word("达到", Comparator.GE),
    };

    private static final Word[] AFTER = {
        new Word("及以上", Comparator.GE), new Word("及以下", Comparator.LE), new Word("以上", Comparator.GE),
        new Word("以下", Comparator.LE), new Word("以内", Comparator.LE), new Word("之内", Comparator.LE),
        new Word("内", Comparator.LE),
    };

    /** After a date, 前 and 内 name a deadline (by then), not a strict bound: 2026年12月底前 means by 31 December. */
    private static final Word[] AFTER_DATE = {
        new Word("以前", Comparator.LE), new Word("之前", Comparator.LE), new Word("以内", Comparator.LE),
        new Word("之内", Comparator.LE), new Word("前", Comparator.LE), new Word("内", Comparator.LE),
    };

    private ValueParser() {}

    static IndicatorValue parse(String published) {
        String text = published == null ? "" : published;
        String s = compact(text);
        if (s.isEmpty()) {
            return IndicatorValue.empty(text);
        }
        int n = s.length();
        int i = 0;
        Optional<Comparator> before = Optional.empty();
        boolean symbol = true;
        if (s.startsWith(">=") || s.startsWith("<=")) {
            before = Optional.of(s.charAt(0) == '>' ? Comparator.GE : Comparator.LE);
            i = 2;
        } else {
            Optional<Comparator> sign = sign(s.charAt(0));
            if (sign.isPresent()) {
                before = sign;
                i = 1;
            } else {
                for (Word w : BEFORE) {
                    if (s.startsWith(w.text())) {
                        before = Optional.of(w.comparator());
                        i = w.text().length();
                        symbol = false;
                        break;
                    }
                }
            }
        }

        boolean negative = i < n && s.charAt(i) == '-' && i + 1 < n && digit(s.charAt(i + 1));
        if (!(i < n && digit(s.charAt(i))) && !negative) {
            // A sign promises a number; a word such as 高于 may well begin prose (高于全省平均水平).
            return before.isPresent() && symbol
                    ? IndicatorValue.unreadable(text, before, Optional.empty(), s.substring(i))
                    : IndicatorValue.qualitative(text);
        }

        StringBuilder digits = new StringBuilder(16);
        if (negative) {
            digits.append('-');
            i++;
        }
        int intStart = i;
        while (i < n && digit(s.charAt(i))) {
            digits.append(s.charAt(i++));
        }
        int intDigits = i - intStart;
        boolean grouped = false;
        while (intDigits <= 3 && i < n && s.charAt(i) == ',' && threeDigitsAt(s, i + 1)) {
            digits.append(s, i + 1, i + 4);
            i += 4;
            grouped = true;
        }
        boolean fraction = false;
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
            fraction = true;
            digits.append('.');
            i++;
            while (i < n && digit(s.charAt(i))) {
                digits.append(s.charAt(i++));
            }
        }
        BigDecimal number = new BigDecimal(digits.toString());

        if (!negative && !grouped && !fraction) {
            Optional<IndicatorValue> date = date(text, s, i, intDigits, number, before);
            if (date.isPresent()) {
                return date.get();
            }
        }

        String rest = s.substring(i);
        String unitText = rest;
        Optional<Comparator> after = Optional.empty();
        for (Word w : AFTER) {
            if (rest.endsWith(w.text())) {
                after = Optional.of(w.comparator());
                unitText = rest.substring(0, rest.length() - w.text().length());
                break;
            }
        }
        Optional<Comparator> comparator = agree(before, after);
        if (before.isPresent() && after.isPresent() && comparator.isEmpty()) {
            return IndicatorValue.unreadable(text, before, Optional.of(number), rest);
        }
        if (unitText.isEmpty()) {
            return IndicatorValue.quantitative(text, comparator, number, "", UnitFamily.NONE, new Quantity(number, ""));
        }
        Optional<Unit> unit = Units.resolve(unitText);
        if (unit.isEmpty()) {
            return IndicatorValue.unreadable(text, before, Optional.of(number), rest);
        }
        Unit u = unit.get();
        return IndicatorValue.quantitative(text, comparator, number, unitText, u.family(),
                new Quantity(u.normalise(number), u.base()));
    }

    /**
     * A date starting with the number just read, at {@code i}: Y年, Y年底, Y年M月, Y年M月底, Y年M月D日, M月D日, M月底
     * (Y of four digits), then optionally 前 or 内 and, after those only, the work that is due
     * (2026年12月底前完成相关印刷工作。). A month alone (12月) is left to the units as a duration.
     */
    private static Optional<IndicatorValue> date(String text, String s, int i, int digits, BigDecimal number,
            Optional<Comparator> before) {
        int n = s.length();
        if (i >= n || digits > 4) {
            return Optional.empty();
        }
        int value = number.intValue();
        OptionalInt year = OptionalInt.empty();
        int j = i;
        if (s.charAt(j) == '年' && digits == 4) {
            year = OptionalInt.of(value);
            j++;
        } else if (s.charAt(j) != '月' || digits > 2) {
            return Optional.empty();
        }
        OptionalInt month = OptionalInt.empty();
        OptionalInt day = OptionalInt.empty();
        boolean endOf = false;
        if (year.isEmpty()) {
            month = OptionalInt.of(value);
            j++;
        } else {
            int m = smallNumber(s, j);
            if (m >= 0) {
                int k = j + digitCount(s, j);
                if (k >= n || s.charAt(k) != '月') {
                    return Optional.empty();
                }
                month = OptionalInt.of(m);
                j = k + 1;
            }
        }
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            return Optional.empty();
        }
        if (j < n && (s.charAt(j) == '底' || s.charAt(j) == '末')) {
            endOf = true;
            j++;
        } else if (month.isPresent()) {
            int d = smallNumber(s, j);
            if (d >= 0) {
                int k = j + digitCount(s, j);
                if (k >= n || (s.charAt(k) != '日' && s.charAt(k) != '号')
                        || !DatePoint.validDay(year, month.getAsInt(), d)) {
                    return Optional.empty();
                }
                day = OptionalInt.of(d);
                j = k + 1;
            } else if (year.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Comparator> after = Optional.empty();
        for (Word w : AFTER_DATE) {
            if (s.startsWith(w.text(), j)) {
                after = Optional.of(w.comparator());
                j += w.text().length();
                break;
            }
        }
        if (after.isEmpty() && j < n) {
            return Optional.empty();
        }
        Optional<Comparator> comparator = agree(before, after);
        if (before.isPresent() && after.isPresent() && comparator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IndicatorValue.date(text, comparator, new DatePoint(year, month, day, endOf)));
    }

    /** The comparator stated before and after the number, when they do not contradict each other. */
    private static Optional<Comparator> agree(Optional<Comparator> before, Optional<Comparator> after) {
        if (before.isPresent() && after.isPresent()) {
            return before.get() == after.get() ? before : Optional.empty();
        }
        return before.isPresent() ? before : after;
    }

    private static Optional<Comparator> sign(char c) {
        switch (c) {
            case '≥': return Optional.of(Comparator.GE);
            case '≤': return Optional.of(Comparator.LE);
            case '>': return Optional.of(Comparator.GT);
            case '<': return Optional.of(Comparator.LT);
            case '=': return Optional.of(Comparator.EQ);
            default: return Optional.empty();
        }
    }

    /** A one- or two-digit number at {@code j}, or -1. */
    private static int smallNumber(String s, int j) {
        int count = digitCount(s, j);
        if (count == 0 || count > 2) {
            return -1;
        }
        int v = 0;
        for (int k = j; k < j + count; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    private static int digitCount(String s, int j) {
        int k = j;
        while (k < s.length() && digit(s.charAt(k))) {
            k++;
        }
        return k - j;
    }

    /** Exactly three digits at {@code j}: a thousands group (1,500), not a list (1,50,3). */
    private static boolean threeDigitsAt(String s, int j) {
        return j + 3 <= s.length() && digit(s.charAt(j)) && digit(s.charAt(j + 1)) && digit(s.charAt(j + 2))
                && (j + 3 == s.length() || !digit(s.charAt(j + 3)));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The text without spaces and with full-width ASCII folded (≥ ９５ ％ reads as ≥95%), keeping one space only
     * where it separated two digits, because joining "1 000" or "2 3" would be a guess.
     */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                pendingSpace = out.length() > 0;
                continue;
            }
            c = fold(c);
            if (pendingSpace && digit(c) && digit(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '≧': case '⩾': return '≥';
            case '≦': case '⩽': return '≤';
            case '−': return '-';
            case '﹪': return '%';
            default: return c;
        }
    }
}
