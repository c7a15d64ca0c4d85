package org.gongkai.check;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public text carries nothing it should not: text-extraction artefacts and stray markup, classification
 * markings (保密法; 政府信息公开条例 第十四条), personal data in any field (第十五条), and, as hygiene, doubled words,
 * Latin words inside Chinese sentences, and years that do not fit the budget year.
 */
final class TextRule implements Rule {

    private static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]|\\$[^$]{1,80}\\$|\\\\(?:geq|leq|ge|le|times|%)");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?>|&(?:[a-z]{2,8}|#\\d{2,6});");
    private static final Pattern CLASSIFIED = Pattern.compile("绝密|机密|秘密");
    /**
     * A mainland mobile number: 11 digits from 13 to 19, alone or grouped 3-4-4 by one kind of space or hyphen, after
     * an optional +86 or 0086. Landlines (0731-1234567, (0731)1234567), 12345 and 400/800 numbers never match: they
     * begin with 0, 4 or 8 or are too short.
     */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)86[ -]?)?1[3-9][0-9]([ -]?)[0-9]{4}\\1[0-9]{4}(?![0-9])");
    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    private static final Pattern LATIN = Pattern.compile("(?<=\\p{IsHan})\\s*([A-Za-z]*[a-z][A-Za-z]*)\\s*(?=\\p{IsHan})");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9〔【\\[（(])((?:19|20)[0-9]{2})(?=年)");

    @Override
    public void check(Inspection in) {
        int year = in.disclosure.year();
        for (PublicText t : in.texts()) {
            if (t.text().isEmpty()) {
                continue;
            }
            personalData(in, t);
            if (t.kind() == PublicText.Kind.LABEL) {
                continue;
            }
            find(ARTEFACT, t).ifPresent(m -> in.warning("text.artefact", t.at(), t.subject(), t.field() + "中有文本提取残留“" + m
                    + "”（Word 书签或 LaTeX 公式）。请按原文显示的字符改写，例如 $\\geq 93\\%$ 写作 ≥93%。"));
            find(MARKUP, t).ifPresent(m -> in.warning("text.markup", t.at(), t.subject(), t.field() + "中有 HTML 标记“" + m
                    + "”。网站会把它原样显示为文字，不会执行；它多半是复制粘贴带入的，请删除。"));
            find(CLASSIFIED, t).ifPresent(m -> in.warning("text.classification", t.at(), t.subject(), t.field() + "中出现密级字样“"
                    + m + "”：" + excerpt(t.text(), m) + "。涉及国家秘密的内容不得公开（政府信息公开条例第十四条）；"
                    + "请确认这段文字可以公开，或删去密级标识及相关内容。"));
            find(DOUBLED, t).ifPresent(m -> in.notice("text.doubled", t.at(), t.subject(), t.field() + "中“" + m
                    + "”疑为重复录入：" + excerpt(t.text(), m) + "。原文如此时照录即可。"));
            Matcher latin = LATIN.matcher(t.text());
            if (latin.find()) {
                in.notice("text.latin", t.at(), t.subject(), t.field() + "的中文句子中夹有英文单词“" + latin.group(1)
                        + "”：" + excerpt(t.text(), latin.group(1)) + "。原文如此时照录即可。");
            }
            years(in, t, year);
        }
    }

    /**
     * Personal data in any field, labels and the rows of other forms (联系电话, 填表人, 注…) included, since a number
     * is personal wherever it is printed. Digits are read after NFKC, so full-width １３９… is found too. An office's
     * landline, 12345 or a 400/800 number is the contact a form is meant to print, so it is no finding at all, even
     * in a 联系电话 row; a mobile number is a person's, a warning wherever it stands, as before.
     */
    private static void personalData(Inspection in, PublicText t) {
        if (!hasDigit(t.text())) {
            // Most texts hold no digit: they can hold no number, and need neither folding nor the patterns.
            return;
        }
        String text = Normalizer.isNormalized(t.text(), Normalizer.Form.NFKC) ? t.text()
                : Normalizer.normalize(t.text(), Normalizer.Form.NFKC);
        Matcher mobile = MOBILE.matcher(text);
        if (mobile.find()) {
            in.warning("text.personal-data", t.at(), t.subject(), t.field() + "中有手机号码“" + mobile.group()
                    + "”。个人信息不得未经同意公开（政府信息公开条例第十五条）；请改为单位办公电话或删除。");
        }
        Matcher id = ID_CARD.matcher(text);
        while (id.find()) {
            if (IdCards.valid(id.group())) {
                in.warning("text.personal-data", t.at(), t.subject(), t.field() + "中有身份证号码“" + id.group()
                        + "”。个人信息不得未经同意公开（政府信息公开条例第十五条）；请删除。");
                break;
            }
        }
    }

    /** Whether {@code text} holds a digit, ASCII or full-width, such as a number would. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Indicator cells should name the budget year itself; prose may cite the year before, or a multi-year term. */
    private static void years(Inspection in, PublicText t, int year) {
        Matcher m = YEAR.matcher(t.text());
        Set<Integer> misfits = new TreeSet<>();
        int first = -1;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            boolean fits = t.kind() == PublicText.Kind.INDICATOR ? y == year : y >= year - 1 && y <= year + 3;
            if (!fits && misfits.add(y) && first < 0) {
                first = m.start();
            }
        }
        if (!misfits.isEmpty()) {
            in.notice("text.year", t.at(), t.subject(), t.field() + "中提到 " + String.join("、", misfits.stream()
                    .map(y -> y + " 年").toList()) + "（如" + excerpt(t.text(), first, 4) + "），与预算年度 " + year
                    + " 年不符。请核对原文是否沿用了往年内容。");
        }
    }

    private static Optional<String> find(Pattern p, PublicText t) {
        Matcher m = p.matcher(t.text());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A short window of the text around {@code match}, so the publisher can find it in a long paragraph. */
    static String excerpt(String text, String match) {
        return excerpt(text, Math.max(0, text.indexOf(match)), match.length());
    }

    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + length + 12);
        return "“" + (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "") + "”";
    }
}
