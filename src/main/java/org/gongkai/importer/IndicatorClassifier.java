package org.gongkai.importer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;

/**
 * Classifies the cells of an indicator row by their wording, for layouts where merged cells were dropped and
 * rows shifted left, so that a cell's column says little about what it is.
 *
 * <p>Walking the non-empty cells left to right: at most one 一级 name, then at most one 二级 name, then the
 * rest, which must be (三级, 指标值), a single 三级 or 指标值, or nothing. 成本指标 and 满意度指标 name both
 * levels; they are 一级 when a 二级 name follows them, otherwise their column decides.
 */
final class IndicatorClassifier {

    static final Set<String> LEVEL1_ONLY = Labels.levelNames("level1");
    static final Set<String> EITHER_LEVEL = Labels.levelNames("level.either");
    static final Set<String> LEVEL2 = Labels.levelNames("level2");

    private static final String VALUE_STARTS = "≥≤<>=＜＞＝≧≦";
    /** A comparison as values print it, one or two signs: ≥, >=, ＜. */
    static final String COMPARISON = "[" + VALUE_STARTS + "]{1,2}";

    private final int level1Column;
    private final int level2Column;
    private final Problems problems;
    private final FillDown fill = new FillDown();

    /**
     * A classifier for one table. {@code level1Column} and {@code level2Column} are the columns where the table's
     * unambiguous 一级 and 二级 names stand (-1 when unknown), used to place 成本指标 and 满意度指标.
     */
    IndicatorClassifier(int level1Column, int level2Column, Problems problems) {
        this.level1Column = level1Column;
        this.level2Column = level2Column;
        this.problems = problems;
    }

    /** A classifier whose columns are taken from the table's own rows, falling back to its header's. */
    static IndicatorClassifier forTable(List<List<Cell>> rows, int headerLevel1Column, int headerLevel2Column,
            Problems problems) {
        int level1 = -1;
        int level2 = -1;
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                String key = c.key();
                if (level1 < 0 && LEVEL1_ONLY.contains(key)) {
                    level1 = c.column();
                } else if (level2 < 0 && LEVEL2.contains(key) && !EITHER_LEVEL.contains(key)) {
                    level2 = c.column();
                }
            }
        }
        return new IndicatorClassifier(level1 >= 0 ? level1 : headerLevel1Column,
                level2 >= 0 ? level2 : headerLevel2Column, problems);
    }

    /** The row made of the given non-empty cells, in order; empty after reporting cells that do not fit. */
    Optional<IndicatorRow> classify(List<Cell> cells, SourcePosition at) {
        int i = 0;
        String level1 = "";
        String level2 = "";
        if (i < cells.size()) {
            String key = cells.get(i).key();
            if (LEVEL1_ONLY.contains(key) || (EITHER_LEVEL.contains(key) && isLevel1(cells, i))) {
                level1 = cells.get(i++).text();
            }
        }
        if (i < cells.size() && LEVEL2.contains(cells.get(i).key())) {
            level2 = cells.get(i++).text();
        }
        List<Cell> rest = cells.subList(i, cells.size());
        String level3 = "";
        String value = "";
        switch (rest.size()) {
            case 0 -> { }
            case 1 -> {
                if (startsLikeValue(rest.get(0).text())) {
                    value = rest.get(0).text();
                } else {
                    level3 = rest.get(0).text();
                }
            }
            case 2 -> {
                level3 = rest.get(0).text();
                value = rest.get(1).text();
            }
            default -> {
                problems.add(at.line(), "绩效指标行在一级、二级指标之后还有" + rest.size() + "个单元格（"
                        + String.join("、", rest.stream().map(c -> Problems.quote(c.text())).toList())
                        + "），分不清哪个是三级指标、哪个是指标值：请核对原表，让每行只有三级指标和指标值两格。");
                return Optional.empty();
            }
        }
        return Optional.of(fill.row(level1, level2, level3, value, at));
    }

    private boolean isLevel1(List<Cell> cells, int i) {
        if (i + 1 < cells.size() && LEVEL2.contains(cells.get(i + 1).key())) {
            return true;
        }
        int column = cells.get(i).column();
        if (level1Column >= 0) {
            return column <= level1Column;
        }
        if (level2Column >= 0) {
            return column < level2Column;
        }
        return true;
    }

    /** True for text that reads as a 指标值: a comparison such as ≥95% or a number such as 100%. */
    static boolean startsLikeValue(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        // %=99: a percent sign before the comparison, as some forms print it, starts the value too.
        return VALUE_STARTS.indexOf(c) >= 0 || Character.isDigit(c) || c == '%' || c == '％';
    }
}
