package org.gongkai.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.value.Comparator;
import org.gongkai.content.value.DatePoint;
import org.gongkai.content.value.IndicatorValue;
import org.gongkai.content.value.Quantity;
import org.gongkai.content.value.UnitFamily;

/** The values of an indicator row's own columns ({@link Downloads#ROW_COLUMNS}): the text, then its reading. */
final class RowReading {

    private RowReading() {}

    static List<String> values(IndicatorRow row, int number, int budgetYear, String pageUrl) {
        IndicatorValue v = IndicatorValue.parse(row.value());
        List<String> values = new ArrayList<>(ROW_COLUMN_COUNT);
        values.add(String.valueOf(number));
        values.add(row.level1());
        values.add(row.level2());
        values.add(row.level3());
        values.add(row.value());
        values.add(lower(v.kind().name()));
        values.add(v.comparator().map(Comparator::symbol).orElse(""));
        values.add(v.number().map(BigDecimal::toPlainString).orElse(""));
        values.add(v.unit());
        values.add(lower(v.family().name()));
        values.add(normalised(v));
        values.add(v.normalised().map(Quantity::unit).orElse(""));
        values.add(v.date().flatMap((DatePoint d) -> d.lastDay(budgetYear)).map(Object::toString).orElse(""));
        values.add(pageUrl + "#r" + number);
        for (IndicatorColumns.Column column : IndicatorColumns.Column.values()) {
            values.add(row.columns().get(column).orElse(""));
        }
        return values;
    }

    private static final int ROW_COLUMN_COUNT = Downloads.ROW_COLUMNS.size();

    /**
     * The reading in its family's base unit. An amount of money converted to 万元 (≤10000元) prints as every amount
     * the site converts, 1.00; one printed in 万元 keeps its digits, and other families are their exact decimal.
     */
    private static String normalised(IndicatorValue v) {
        return v.normalised().map(q -> v.family() == UnitFamily.MONEY && !v.number().equals(Optional.of(q.amount()))
                ? Money.computed(q.amount()) : q.amount().toPlainString()).orElse("");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
