package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.value.IndicatorValue;
import org.gongkai.content.value.Kind;
import org.gongkai.content.value.UnitFamily;

/**
 * The 指标值 of a row as the value rules read it, with the 计量单位 and a comparator 指标方向 of templates that print
 * them in columns of their own.
 *
 * <p>The content keeps such columns apart, as printed; read alone, 96 beside 万元 would be a bare number and no
 * money, and 105 beside % no percentage. So a bare number is read with its unit column after it, and a value without
 * a comparator with the 指标方向 before it when that column holds one (≥, ≤, =, 不低于 …), exactly as if the form
 * had printed ≥96万元 in one cell. A value that prints its own unit or comparator is read as printed.
 */
record IndicatorReading(IndicatorValue value, String shown) {

    static IndicatorReading of(IndicatorRow row) {
        IndicatorColumns c = row.columns();
        IndicatorValue alone = IndicatorValue.parse(row.value());
        String text = row.value().strip();
        List<String> joined = new ArrayList<>();
        Optional<String> unit = c.unit().map(String::strip).filter(u -> !u.isEmpty());
        if (unit.isPresent() && alone.kind() == Kind.QUANTITATIVE && alone.family() == UnitFamily.NONE) {
            text = text + unit.get();
            joined.add("计量单位“" + unit.get() + "”");
        }
        Optional<String> direction = c.direction().map(String::strip).filter(IndicatorReading::isComparator);
        if (direction.isPresent() && alone.comparator().isEmpty()
                && (alone.kind() == Kind.QUANTITATIVE || alone.kind() == Kind.DATE)) {
            text = direction.get() + text;
            joined.add("指标方向“" + direction.get() + "”");
        }
        if (joined.isEmpty()) {
            return new IndicatorReading(alone, "“" + row.value() + "”");
        }
        return new IndicatorReading(IndicatorValue.parse(text), "“" + row.value() + "”（与" + String.join("、", joined)
                + "合读为“" + text + "”）");
    }

    /** The text read, with the columns joined in. */
    String text() {
        return value.text();
    }

    /** A 指标方向 that is a comparator and nothing else, as the value parser reads one: ≥, <=, 不低于 … but not 正向. */
    private static boolean isComparator(String direction) {
        IndicatorValue probe = IndicatorValue.parse(direction + "1");
        return probe.kind() == Kind.QUANTITATIVE && probe.comparator().isPresent() && probe.family() == UnitFamily.NONE;
    }
}
