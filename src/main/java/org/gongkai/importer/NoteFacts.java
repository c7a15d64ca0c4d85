package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.model.StatedCounts;

/**
 * Picks out of the document's notes the facts a checker can verify: items left out and why, and the counts the
 * document states. The notes themselves are kept verbatim elsewhere.
 */
final class NoteFacts {

    private static final Pattern EXCLUDED = Pattern.compile(
            "[“\"]([^”\"]+)[”\"]项目涉及金额([0-9]+(?:\\.[0-9]+)?)万元，为([^，。,]+?)项目");
    private static final Pattern TOTAL = Pattern.compile("共([0-9]+)个?项目");
    private static final Pattern SECRET = Pattern.compile("本单位([0-9]+)个涉密项目除外");

    private final String sourceName;
    private final Problems problems;
    private final List<ExcludedItem> excluded = new ArrayList<>();
    private OptionalInt total = OptionalInt.empty();
    private OptionalInt secret = OptionalInt.empty();

    NoteFacts(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** True when the text states one of the recognised facts, which makes it a note even without 注：. */
    static boolean statesFacts(String text) {
        return EXCLUDED.matcher(text).find() || TOTAL.matcher(text).find() || SECRET.matcher(text).find();
    }

    void read(Cell note) {
        SourcePosition at = new SourcePosition(sourceName, note.line(), 1);
        Matcher m = EXCLUDED.matcher(note.text());
        while (m.find()) {
            excluded.add(new ExcludedItem(m.group(1), Optional.of(new Money(new BigDecimal(m.group(2)), at)),
                    m.group(3), at));
        }
        total = count(TOTAL, note, total, "项目总数");
        secret = count(SECRET, note, secret, "涉密项目数");
    }

    private OptionalInt count(Pattern pattern, Cell note, OptionalInt before, String what) {
        Matcher m = pattern.matcher(note.text());
        if (!m.find()) {
            return before;
        }
        int n = Integer.parseInt(m.group(1));
        if (before.isPresent() && before.getAsInt() != n) {
            problems.add(note.line(), "说明中的" + what + "（" + n + "）与前面说明的（" + before.getAsInt()
                    + "）不一致：请核对原文。");
            return before;
        }
        return OptionalInt.of(n);
    }

    List<ExcludedItem> excluded() {
        return List.copyOf(excluded);
    }

    StatedCounts counts() {
        return new StatedCounts(total, secret);
    }
}
