package org.gongkai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.importer.Labels.Field;

/**
 * The labelled values and row groups of one form (a project table or the 整体支出 table), as read, before they
 * are checked and turned into a record.
 */
final class FormContent {

    /** A value and the label that introduced it; a label printed without a value has an empty value cell. */
    record Entry(Cell label, Cell value) {}

    final Cell title;
    final IndicatorSection indicators;
    final List<Cell> taskHeader = new ArrayList<>();
    final List<Block> taskRows = new ArrayList<>();
    Optional<String> fundsUnit = Optional.empty();
    /** Rows with a label the forms' table does not know, kept in the form's order as label and text. */
    final List<Entry> otherRows = new ArrayList<>();
    /** The rows below the indicator table (填表人, 联系电话, 审核意见, 注), in order. */
    final List<Entry> afterRows = new ArrayList<>();
    private final Map<Field, Entry> entries = new EnumMap<>(Field.class);
    private final Problems problems;

    FormContent(Cell title, IndicatorSection indicators, Problems problems) {
        this.title = title;
        this.indicators = indicators;
        this.problems = problems;
    }

    void put(Field field, Cell label, Cell value) {
        if (field == Field.AFTER) {
            // 联系电话 and its like among the header's rows are rows of the header; below the table, of the foot.
            (indicators.isEmpty() ? otherRows : afterRows).add(new Entry(label, value));
            return;
        }
        if (field == Field.ROW) {
            otherRows.add(new Entry(label, value));
            return;
        }
        if (field == Field.AMOUNT_UNIT) {
            Optional<String> unit = Labels.amountUnit(value.text());
            unit.ifPresentOrElse(u -> fundsUnit = Optional.of(u), () -> otherRows.add(new Entry(label, value)));
            return;
        }
        if (field == Field.SIGNATURE && Labels.key(value.text()).matches("（?盖章）?|（?签字）?")) {
            return;
        }
        if (field == Field.SIGNATURE) {
            // Signature and stamp boxes are for the paper copy; text in one is most likely a misplaced cell.
            if (!value.isEmpty()) {
                problems.add(value.line(), "盖章或签字栏" + Problems.quote(label.text()) + "里有文字" + Problems.quote(value.text())
                        + "：本站不收录盖章栏，请确认这段文字是否属于别的栏目。");
            }
            return;
        }
        if (entries.containsKey(field) && !Labels.key(entries.get(field).label().text()).equals(Labels.key(label.text()))) {
            // Two synonyms of one field, as 预算单位 and 主管部门: the second is kept as the form printed it.
            otherRows.add(new Entry(label, value));
            return;
        }
        if (entries.containsKey(field)) {
            problems.add(label.line(), Problems.quote(label.text()) + "在同一张表中出现了两次（前一次在第"
                    + entries.get(field).label().line() + "行）：请检查两张表是否连在了一起，或删去重复的一栏。");
            return;
        }
        entries.put(field, new Entry(label, value));
    }

    /** True when nothing of a form followed the title: no labelled value, row or indicator. */
    boolean isEmpty() {
        return entries.isEmpty() && otherRows.isEmpty() && afterRows.isEmpty() && taskRows.isEmpty()
                && indicators.isEmpty();
    }

    /** The entry for the field, removing it so that unused entries can be reported at the end. */
    Optional<Entry> take(Field field) {
        return Optional.ofNullable(entries.remove(field));
    }

    /** The entries no one took: labels this form should not have. */
    List<Entry> leftovers() {
        return List.copyOf(entries.values());
    }
}
