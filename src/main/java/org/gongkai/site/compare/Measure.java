package org.gongkai.site.compare;

import java.util.Optional;
import org.gongkai.content.value.Comparator;
import org.gongkai.content.value.IndicatorValue;

/**
 * The kind of a published 指标值 as a comparison lines rows up: its unit family and base unit, and whether it sets a
 * floor or a ceiling, so that ≥95% meets ≥98% but never ≤8% or 99人. A target printed without a comparator (100%) is
 * read as a floor, as forms mean it. A value that says 不适用, or that could not be read, has no kind: it lines up
 * only with a row of its own name.
 */
final class Measure {

    private Measure() {}

    static Optional<String> of(String text) {
        if (text.contains("不适用")) {
            return Optional.empty();
        }
        IndicatorValue v = IndicatorValue.parse(text);
        return switch (v.kind()) {
            case QUANTITATIVE -> Optional.of(v.family() + "/" + v.normalised().orElseThrow().unit() + "/" + bound(v));
            case DATE -> Optional.of("DATE/" + bound(v));
            case QUALITATIVE -> Optional.of("TEXT");
            case EMPTY, UNREADABLE -> Optional.empty();
        };
    }

    private static String bound(IndicatorValue v) {
        Optional<Comparator> c = v.comparator();
        return c.isPresent() && (c.get() == Comparator.LE || c.get() == Comparator.LT) ? "≤" : "≥";
    }
}
