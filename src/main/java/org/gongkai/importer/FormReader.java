package org.gongkai.importer;

import java.util.List;
import java.util.Optional;
import org.gongkai.importer.Labels.Field;

/**
 * Reads the rows of one form after its title: label/value pairs in any arrangement, the 年度主要任务 rows and the
 * 绩效指标 rows, up to the next title or the first paragraph that cannot belong to the form.
 *
 * <p>A label followed directly by another label has an empty value. A label left without a value at the end of
 * its row takes the next row as its value when that row is one plain cell, because some extractions put the
 * 年度目标 text in a paragraph of its own.
 */
final class FormReader {

    private enum Mode { FIELDS, TASKS, INDICATORS }

    private final Layout layout;
    private final String sourceName;
    private final Problems problems;
    private final Years years;

    FormReader(Layout layout, String sourceName, Problems problems, Years years) {
        this.layout = layout;
        this.sourceName = sourceName;
        this.problems = problems;
        this.years = years;
    }

    /** A label whose value may stand below the label after it, one cell a line: 长期目标 / 年度目标 / … / …. */
    private Optional<Cell> labelAbove = Optional.empty();

    /** Whether the row is one plain cell that can be a label's value: no label, header or labelled pair. */
    private static boolean isPlainValue(Optional<Cell> single, Block b) {
        return single.isPresent() && !Labels.isLabel(single.get().text()) && !IndicatorSection.isHeader(b)
                && Labels.indicatorColumn(single.get().text()).isEmpty()
                && inlinePairs(single.get()).isEmpty() && !Labels.isAnyTitle(single.get().text());
    }

    /**
     * Whether a source's name is the text of the row before, as in 资金性质 / 一般公共预算: a row no field is for
     * takes it as its text, where a label of the funds would take an amount.
     */
    private static boolean isSourceAsText(Cell label, Optional<Cell> single) {
        return Labels.field(label.text()).filter(f -> f == Field.ROW).isPresent()
                && single.flatMap(c -> Labels.field(c.text())).flatMap(f -> f.fund).isPresent();
    }

    FormContent read(Cell title, BlockCursor cursor) {
        FormContent form = new FormContent(title, new IndicatorSection(layout, sourceName, problems), problems);
        Mode mode = Mode.FIELDS;
        Optional<Cell> pending = Optional.empty();
        while (cursor.hasText()) {
            Block b = cursor.peek();
            Optional<Cell> single = b.single();
            if (single.isPresent() && Labels.isAnyTitle(single.get().text()) || WideTable.isHeader(b)) {
                break;
            }
            if (single.isPresent() && years.acceptSubtitle(single.get())) {
                cursor.next();
                continue;
            }
            if (mode == Mode.INDICATORS) {
                if (b.paragraph()) {
                    break;
                }
                if (!startsAfterTable(b)) {
                    form.indicators.add(cursor.next());
                    continue;
                }
                mode = Mode.FIELDS;
            }
            if (pending.isPresent()) {
                Cell label = pending.get();
                pending = Optional.empty();
                if (isPlainValue(single, b) || isSourceAsText(label, single)) {
                    Cell value = cursor.next().nonEmpty().get(0);
                    boolean below = cursor.hasNext() && isPlainValue(cursor.peek().single(), cursor.peek());
                    if (layout == Layout.LINES && labelAbove.isPresent() && below) {
                        // Two labels side by side and their two values below them, one cell a line: in order.
                        put(form, labelAbove.get(), value);
                        put(form, label, cursor.next().nonEmpty().get(0));
                    } else {
                        labelAbove.ifPresent(above -> putEmpty(form, above));
                        put(form, label, value);
                    }
                    labelAbove = Optional.empty();
                    continue;
                }
                labelAbove.ifPresent(above -> putEmpty(form, above));
                labelAbove = Optional.empty();
                if (layout == Layout.LINES && single.isPresent() && Labels.field(single.get().text())
                        .filter(f -> !f.isGroup()).isPresent()) {
                    // A label straight after a label: its value may stand below the next one's.
                    labelAbove = Optional.of(label);
                } else {
                    putEmpty(form, label);
                }
            }
            if (mode == Mode.TASKS && !b.paragraph() && !startsWithLabel(b)) {
                form.taskRows.add(cursor.next());
                continue;
            }
            mode = Mode.FIELDS;
            // A stream layout's row may run on past the header into the form's other rows: only a row that begins
            // with the header is one.
            if (layout.isStream() ? startsIndicatorHeader(b) : IndicatorSection.isHeader(b)) {
                form.indicators.add(cursor.next());
                mode = Mode.INDICATORS;
                continue;
            }
            if (b.paragraph() && !single.map(c -> Labels.isLabel(c.text())).orElse(false) && !startsWithInlineLabel(b)) {
                if (form.isEmpty() && single.isPresent()) {
                    // A line between a title and its table, such as the project's name in brackets under it.
                    cursor.next();
                    problems.add(b.line(), "表格标题下的文字" + Problems.quote(single.get().text())
                            + "不是表格的栏目，未导入；若它是项目名称等内容，请补进相应栏目。");
                    continue;
                }
                break;
            }
            cursor.next();
            if (fundsAcross(form, b, cursor)) {
                continue;
            }
            LabelRow row = labelRow(form, b);
            pending = row.pending();
            mode = row.mode();
        }
        labelAbove.ifPresent(label -> putEmpty(form, label));
        pending.ifPresent(label -> putEmpty(form, label));
        return form;
    }

    /** What a label row leaves behind: a label still waiting for its value, and the group it opened. */
    private record LabelRow(Optional<Cell> pending, Mode mode) {}

    private LabelRow labelRow(FormContent form, Block b) {
        List<Cell> orphans = new java.util.ArrayList<>();
        LabelRow row = labelRow(form, b, orphans);
        reportOrphans(orphans);
        return row;
    }

    /** Reports the cells of a row that no label claims, once for the row rather than once a cell. */
    private void reportOrphans(List<Cell> orphans) {
        if (orphans.isEmpty()) {
            return;
        }
        Cell first = orphans.get(0);
        if (orphans.size() == 1) {
            problems.add(first.line(), "单元格" + Problems.quote(first.text()) + "前面没有栏目名称，无法确定它属于哪一栏："
                    + "请检查这一行是否错位或缺了栏目名称。");
        } else {
            problems.add(first.line(), "这一行有 " + orphans.size() + " 个单元格前面没有栏目名称，无法确定属于哪一栏（"
                    + String.join("、", orphans.stream().limit(5).map(c -> Problems.quote(c.text())).toList())
                    + (orphans.size() > 5 ? "等" : "") + "），未导入：请对照原文补进相应栏目。");
        }
        orphans.clear();
    }

    private LabelRow labelRow(FormContent form, Block b, List<Cell> orphans) {
        Optional<Cell> current = Optional.empty();
        List<Cell> cells = b.nonEmpty();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            Optional<Field> field = Labels.field(c.text());
            if (layout.isStream() && i > 0 && isLevel1Column(c)) {
                // A form flattened onto a line runs on into its indicator table's header: the rest is the table.
                current.ifPresent(label -> putEmpty(form, label));
                reportOrphans(orphans);
                form.indicators.add(new Block(cells.subList(i, cells.size()), b.line(), false));
                return new LabelRow(Optional.empty(), Mode.INDICATORS);
            }
            if (field.isEmpty() && current.isEmpty()) {
                List<Cell[]> pairs = inlinePairs(c);
                for (Cell[] pair : pairs) {
                    put(form, pair[0], pair[1]);
                }
                if (!pairs.isEmpty()) {
                    continue;
                }
            }
            if (field.isEmpty()) {
                if (current.isPresent()) {
                    // Spaced rows split a value at its spaces: the cells up to the next label are one value.
                    // Not an amount, which is one cell: what follows it is the row's next field.
                    Optional<Field> of = Labels.field(current.get().text());
                    boolean amount = of.filter(f -> f == Field.TOTAL || f.fund.isPresent()).isPresent();
                    int end = i + 1;
                    while (layout == Layout.SPACED && !amount && end < cells.size() && !Labels.isLabel(cells.get(end).text())
                            && inlinePairs(cells.get(end)).isEmpty() && !isLevel1Column(cells.get(end))) {
                        end++;
                    }
                    put(form, current.get(), joined(cells.subList(i, end)));
                    i = end - 1;
                    current = Optional.empty();
                } else if (i == 0 && cells.size() > 1 && looksLikeLabel(c.text())
                        && cells.subList(1, cells.size()).stream().noneMatch(x -> Labels.isLabel(x.text()))) {
                    // A row of the form that no field is for: kept as the form printed it, label and text.
                    form.otherRows.add(new FormContent.Entry(c, joined(cells.subList(1, cells.size()))));
                    return new LabelRow(Optional.empty(), Mode.FIELDS);
                } else if (i + 1 < cells.size() && looksLikeLabel(c.text()) && !Labels.isLabel(cells.get(i + 1).text())) {
                    // A label no field is for among known ones, as 项目分类 资产资源类 in a row of several fields.
                    form.otherRows.add(new FormContent.Entry(c, cells.get(i + 1)));
                    i++;
                } else if (cells.size() == 1 && looksLikeLabel(c.text()) && !Labels.bare(c.text()).equals(Labels.key(c.text()))) {
                    // A numbered row of the form left empty, as 3.区级资金 with nothing beside it.
                    form.otherRows.add(new FormContent.Entry(c, new Cell("", c.column(), c.line())));
                } else if (i + 1 < cells.size() && looksLikeLabel(c.text()) && Labels.isLabel(cells.get(i + 1).text())) {
                    form.otherRows.add(new FormContent.Entry(c, new Cell("", c.column(), c.line())));
                } else {
                    orphans.add(c);
                }
                continue;
            }
            current.ifPresent(label -> putEmpty(form, label));
            current = Optional.empty();
            switch (field.get()) {
                case FUNDS_GROUP -> form.fundsUnit = Labels.unitIn(c.text());
                case INDICATORS_GROUP -> {
                    reportOrphans(orphans);
                    if (layout.isStream()) {
                        // A row run on past 绩效指标: the rest is the indicator table, read in order.
                        form.indicators.add(new Block(cells.subList(i + 1, cells.size()), b.line(), false));
                        return new LabelRow(Optional.empty(), Mode.INDICATORS);
                    }
                    for (Cell rest : cells.subList(i + 1, cells.size())) {
                        problems.add(rest.line(), "“绩效指标”栏目后的单元格" + Problems.quote(rest.text())
                                + "无法识别：绩效指标应从表头（一级指标、二级指标、三级指标、指标值）开始。");
                    }
                    return new LabelRow(Optional.empty(), Mode.INDICATORS);
                }
                case TASKS_GROUP -> {
                    form.taskHeader.addAll(cells.subList(i + 1, cells.size()));
                    return new LabelRow(Optional.empty(), Mode.TASKS);
                }
                default -> current = Optional.of(c);
            }
        }
        return new LabelRow(current, Mode.FIELDS);
    }

    private static void put(FormContent form, Cell label, Cell value) {
        form.put(Labels.field(label.text()).orElseThrow(), label, value);
    }

    /** Records a label printed without a value: the field is present and empty, as on the form. */
    private static void putEmpty(FormContent form, Cell label) {
        put(form, label, new Cell("", label.column(), label.line()));
    }

    /**
     * Reads funds printed across: a row of 资金来源（万元） and the sources' names, and under it a row of their
     * amounts, one under each name. Returns false, reading nothing, for any other row.
     */
    private boolean fundsAcross(FormContent form, Block b, BlockCursor cursor) {
        List<Cell> names = b.nonEmpty();
        if (names.size() < 3 || Labels.field(names.get(0).text()).filter(f -> f == Field.FUNDS_GROUP).isEmpty()
                || !cursor.hasNext()) {
            return false;
        }
        List<Cell> sources = names.subList(1, names.size());
        List<Cell> amounts = cursor.peek().nonEmpty();
        boolean named = sources.stream().allMatch(c -> Labels.field(c.text()).flatMap(f -> f.fund).isPresent()
                || looksLikeLabel(c.text()));
        if (!named || amounts.size() != sources.size() || !amounts.stream().allMatch(c -> Amounts.isAmount(c.key()))) {
            return false;
        }
        cursor.next();
        form.fundsUnit = Labels.unitIn(names.get(0).text());
        for (int i = 0; i < sources.size(); i++) {
            Cell name = sources.get(i);
            if (Labels.field(name.text()).flatMap(f -> f.fund).isPresent()) {
                put(form, name, amounts.get(i));
            } else {
                form.otherRows.add(new FormContent.Entry(name, amounts.get(i)));
            }
        }
        return true;
    }

    /** True for a row below the indicator table: one that starts with 填表人, 联系电话, 审核意见 or the like. */
    private static boolean startsAfterTable(Block b) {
        List<Cell> cells = b.nonEmpty();
        if (cells.isEmpty()) {
            return false;
        }
        String text = cells.get(0).text();
        return Labels.field(text).filter(f -> f == Field.AFTER).isPresent()
                || inlinePairs(cells.get(0)).stream().findFirst().flatMap(pair -> Labels.field(pair[0].text()))
                        .filter(f -> f == Field.AFTER).isPresent();
    }

    /**
     * A cell printing known labels with their values, as 填表人：张三 or 填表人: 张三 联系电话:0551-1234567 填报日期:
     * — each pair as a label cell and a value cell. It applies only when the cell begins with a known label and a
     * colon, and splits only at known labels followed by a colon, so a sentence with a colon stays whole.
     */
    static List<Cell[]> inlinePairs(Cell c) {
        String[] tokens = TextCleaner.strip(c.text()).split("[\\s\\u3000]+");
        List<Cell[]> pairs = new java.util.ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (String token : tokens) {
            Optional<String[]> labelled = labelled(token);
            if (labelled.isPresent()) {
                close(pairs, value, c);
                pairs.add(new Cell[] {new Cell(labelled.get()[0], c.column(), c.line()), null});
                value.append(labelled.get()[1]);
            } else if (pairs.isEmpty()) {
                return List.of();
            } else {
                value.append(value.length() > 0 ? " " : "").append(token);
            }
        }
        close(pairs, value, c);
        return pairs;
    }

    /** The label and the text after its colon, when {@code token} begins with a known label and a colon. */
    private static Optional<String[]> labelled(String token) {
        for (int i = 1; i < token.length() && i <= 16; i++) {
            char ch = token.charAt(i);
            if (ch == '：' || ch == ':') {
                String label = token.substring(0, i);
                return Labels.field(label).filter(f -> !f.isGroup()).isPresent()
                        ? Optional.of(new String[] {label, token.substring(i + 1)}) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void close(List<Cell[]> pairs, StringBuilder value, Cell c) {
        if (!pairs.isEmpty() && pairs.get(pairs.size() - 1)[1] == null) {
            pairs.get(pairs.size() - 1)[1] = new Cell(value.toString(), c.column(), c.line());
        }
        value.setLength(0);
    }

    private static boolean isLevel1Column(Cell c) {
        return Labels.indicatorColumn(c.text()).filter(col -> col == Labels.Column.LEVEL1).isPresent();
    }

    /** True for a row that begins with 一级指标: the indicator header, in a layout whose rows may run on. */
    private static boolean startsIndicatorHeader(Block b) {
        List<Cell> cells = b.nonEmpty().stream()
                .filter(c -> Labels.field(c.text()).filter(f -> f == Field.INDICATORS_GROUP).isEmpty()).toList();
        // The header's first name stands first, or after one cell such as 年度绩效目标(90分) or a fragment 绩.
        for (int i = 0; i < Math.min(2, cells.size()); i++) {
            if (Labels.indicatorColumn(cells.get(i).text()).filter(c -> c == Labels.Column.LEVEL1).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithInlineLabel(Block b) {
        List<Cell> cells = b.nonEmpty();
        return !cells.isEmpty() && !inlinePairs(cells.get(0)).isEmpty();
    }

    /**
     * True for text that can be a form's label: short, and neither an amount, a comparison nor a sentence, so that
     * a stray value is reported rather than taken for a label.
     */
    private static boolean looksLikeLabel(String text) {
        String key = Labels.bare(text);
        int colon = key.indexOf('：');
        return !key.isEmpty() && key.length() <= 16 && !key.contains("\n") && !Amounts.isAmount(key)
                && (colon < 0 || colon == key.length() - 1)
                && !IndicatorClassifier.startsLikeValue(key) && !key.endsWith("。") && key.chars().noneMatch(ch ->
                        ch == '，' || ch == ',' || ch == '；');
    }

    /** The cells' texts as one value, in order, for a row whose label is followed by more than one cell. */
    private static Cell joined(List<Cell> cells) {
        Cell first = cells.get(0);
        if (cells.size() == 1) {
            return first;
        }
        return new Cell(String.join(" ", cells.stream().map(Cell::text).toList()), first.column(), first.line());
    }

    private static boolean startsWithLabel(Block b) {
        List<Cell> cells = b.nonEmpty();
        return !cells.isEmpty() && Labels.isLabel(cells.get(0).text());
    }
}
