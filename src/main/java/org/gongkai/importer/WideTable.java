package org.gongkai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.importer.Labels.Column;
import org.gongkai.importer.Labels.Field;

/**
 * Reads a table that lists many projects one indicator a row, as budget systems export them: a header such as
 * 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … | 指标方向, a project's first row carrying its name, and the
 * rows under it only its further indicators.
 *
 * <p>The merged cells of a project's name and amount are dropped from the rows under it, so a row's cells are the
 * header's last ones: each row is aligned to the header from the right. A row of a unit's code and total (820-某部门 |
 * 8,827,620.53) sums the unit's projects and is reported, not imported.
 */
final class WideTable {

    /** What a header cell of the table is: a field of the project, or a column of its indicators. */
    private record Slot(Optional<Field> field, Optional<Column> column) {}

    private final String sourceName;
    private final Problems problems;
    private final Amounts amounts;
    private final List<Slot> header = new ArrayList<>();

    WideTable(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
        this.amounts = new Amounts(sourceName, problems);
    }

    /**
     * Whether {@code b} is such a header: 项目名称 and at least three indicator columns in one row, and little else.
     */
    static boolean isHeader(Block b) {
        List<Cell> cells = b.nonEmpty();
        boolean named = cells.stream().anyMatch(c -> Labels.field(c.text()).filter(f -> f == Field.NAME).isPresent());
        long columns = cells.stream().filter(c -> Labels.indicatorColumn(c.text()).isPresent()).count();
        long names = cells.stream().filter(c -> Labels.indicatorColumn(c.text()).isPresent() || Labels.isLabel(c.text()))
                .count();
        // A header is names and nothing else: a form flattened onto one line also holds them, among its values.
        return named && columns >= 3 && names * 5 >= cells.size() * 4;
    }

    /** The projects of the table whose header is {@code headerRow}, read up to a title or paragraph. */
    List<Project> read(Block headerRow, BlockCursor cursor, String unit) {
        for (Cell c : headerRow.nonEmpty()) {
            header.add(new Slot(Labels.field(c.text()), Labels.indicatorColumn(c.text())));
        }
        List<Project> projects = new ArrayList<>();
        Draft draft = null;
        while (cursor.hasNext()) {
            Block b = cursor.peek();
            if (b.paragraph() || b.single().map(c -> Labels.isAnyTitle(c.text())).orElse(false)) {
                break;
            }
            cursor.next();
            List<Cell> cells = b.nonEmpty();
            if (cells.isEmpty()) {
                continue;
            }
            if (cells.size() <= 2 && Departments.isDashed(cells.get(0).text())) {
                problems.add(b.line(), "单位合计行" + Problems.quote(String.join(" ", cells.stream().map(Cell::text)
                        .toList())) + "是所属项目金额之和，未作为项目导入。");
                continue;
            }
            if (cells.size() > header.size()) {
                problems.add(b.line(), "这一行有" + cells.size() + "个单元格，表头只有" + header.size()
                        + "栏：无法对齐，未导入，请对照原文核对。");
                continue;
            }
            Map<Field, Cell> fields = new EnumMap<>(Field.class);
            Map<Column, String> columns = new EnumMap<>(Column.class);
            int offset = header.size() - cells.size();
            for (int i = 0; i < cells.size(); i++) {
                Slot slot = header.get(offset + i);
                Cell c = cells.get(i);
                slot.field().ifPresent(f -> fields.put(f, c));
                slot.column().ifPresent(col -> columns.put(col, c.text()));
            }
            if (fields.containsKey(Field.NAME)) {
                if (draft != null) {
                    draft.build(unit).ifPresent(projects::add);
                    // The unit's cell is merged down over its projects: a project without one is the last one's.
                    if (!fields.containsKey(Field.DEPARTMENT) && draft.fields.containsKey(Field.DEPARTMENT)) {
                        fields.put(Field.DEPARTMENT, draft.fields.get(Field.DEPARTMENT));
                    }
                }
                draft = new Draft(fields, b.line());
            } else if (draft == null) {
                problems.add(b.line(), "这一行在第一个项目之前，不知属于哪个项目，未导入。");
                continue;
            }
            if (columns.containsKey(Column.LEVEL3) || columns.containsKey(Column.VALUE)) {
                draft.rows.add(row(columns, b.line()));
            }
        }
        if (draft != null) {
            draft.build(unit).ifPresent(projects::add);
        }
        return projects;
    }

    private IndicatorRow row(Map<Column, String> columns, int line) {
        IndicatorColumns extra = new IndicatorColumns(Optional.ofNullable(columns.get(Column.STANDARD)),
                Optional.ofNullable(columns.get(Column.NATURE)), Optional.ofNullable(columns.get(Column.DIRECTION)),
                Optional.ofNullable(columns.get(Column.UNIT)), Optional.ofNullable(columns.get(Column.SCORE)),
                Optional.ofNullable(columns.get(Column.REMARK)));
        return new IndicatorRow(columns.getOrDefault(Column.LEVEL1, ""), columns.getOrDefault(Column.LEVEL2, ""),
                columns.getOrDefault(Column.LEVEL3, ""), columns.getOrDefault(Column.VALUE, ""), extra,
                new SourcePosition(sourceName, line, 1));
    }

    /** A project being read: the fields of its first row and its indicator rows so far. */
    private final class Draft {
        final Map<Field, Cell> fields;
        final int line;
        final List<IndicatorRow> rows = new ArrayList<>();

        Draft(Map<Field, Cell> fields, int line) {
            this.fields = Map.copyOf(fields);
            this.line = line;
        }

        Optional<Project> build(String unit) {
            String name = fields.get(Field.NAME).text();
            Optional<Cell> total = Optional.ofNullable(fields.get(Field.TOTAL));
            if (total.isEmpty()) {
                problems.add(line, "项目" + Problems.quote(name) + "没有预算数：无法收录，请对照原文补上。");
                return Optional.empty();
            }
            Optional<Money> amount = amounts.readIn(total.get(), "预算数", unit, "项目" + Problems.quote(name));
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            String department = Optional.ofNullable(fields.get(Field.DEPARTMENT)).map(Cell::text).orElse("");
            SourcePosition at = new SourcePosition(sourceName, line, 1);
            Funds funds = new Funds(unit, amount, List.of(), Map.of());
            String goal = Optional.ofNullable(fields.get(Field.GOAL)).map(Cell::text).orElse("");
            return Optional.of(new Project("", Optional.empty(), name, Departments.parse(department), "", "",
                    Optional.empty(), new ProjectPeriod("", Optional.empty(), Optional.empty()), Optional.empty(),
                    funds, goal, rows, at, Project.Positions.at(at), ProjectForm.NONE));
        }
    }
}
