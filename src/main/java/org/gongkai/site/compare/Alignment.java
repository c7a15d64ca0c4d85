package org.gongkai.site.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.content.text.LevelNames;
import org.gongkai.content.text.Names;

/**
 * Lines up the indicator rows of a comparison table's projects. Rows of one name (一级, 二级 and 三级 alike once
 * normalised) form a line first. Lines of different names then share one when nothing tells them apart but their
 * wording: their 二级 is of one {@link Category}, their values of one {@link Measure}, their projects differ, and their
 * 三级 names end alike or have more than one pair of adjacent characters in common. A Chinese name ends in what it
 * names: 群众满意度 (≥95%) and 服务对象满意度 (≥98%) are both 满意度, 成本 and 项目总成本 both 成本, but 热线回访量 and
 * 热线受理量 share only the 热线 of their group and measure different things. The wording keeps the rule
 * explainable: 日均受理话务量 ≥2500个 and 设立综合管理岗 ≥1个 share a category and a unit, and nothing else.
 *
 * <p>Where a project has two lines that could join a third, the pair with more characters in common joins first.
 * Each line is compared with the others of its category and measure only, a handful in a table of twelve projects.
 */
final class Alignment {

    private Alignment() {}

    /** One project's cell: its row's 三级 name as printed and its value, two values where it printed the row twice. */
    record Cell(String level3, String value) {}

    /** A line of the table: the rows it joins, the first of which names it, and one cell per column or null. */
    static final class Line {
        final Indicators.Line first;
        final Cell[] cells;
        final BitSet columns = new BitSet();
        final List<Line> joined = new ArrayList<>();
        private final Set<Optional<String>> measures = new HashSet<>();
        /** The pairs of adjacent characters and the last two characters of the names of the line's rows. */
        private final Set<String> pairs = new HashSet<>();
        private final Set<String> endings = new HashSet<>();

        Line(Indicators.Line first, int columnCount) {
            this.first = first;
            this.cells = new Cell[columnCount];
            String name = LevelNames.stem(Names.normalised(first.level3()));
            for (int i = 0; i + 2 <= name.length(); i++) {
                pairs.add(name.substring(i, i + 2));
            }
            if (name.length() >= 2) {
                endings.add(name.substring(name.length() - 2));
            }
        }

        void put(int column, Indicators.Line row) {
            Cell cell = cells[column];
            cells[column] = new Cell(row.level3(), cell == null ? row.value() : cell.value() + "；" + row.value());
            columns.set(column);
            measures.add(Measure.of(row.value()));
        }

        /** How many projects have a cell in this line. */
        int projects() {
            return columns.cardinality();
        }

        /**
         * True when rows of more than one 三级 name share the line; rows whose 二级 alone differ, as 满意度指标 and
         * 服务对象满意度 do, are one indicator named by two forms.
         */
        boolean aligned() {
            String name = Names.normalised(first.level3());
            return joined.stream().anyMatch(l -> !Names.normalised(l.first.level3()).equals(name));
        }

        /** The category and measure every value of the line has, if they all have one and the same. */
        Optional<String> kind() {
            if (measures.size() != 1 || measures.iterator().next().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Category.of(first.level1(), first.level2()) + "|" + measures.iterator().next().get());
        }

        private void join(Line other) {
            for (int c = other.columns.nextSetBit(0); c >= 0; c = other.columns.nextSetBit(c + 1)) {
                cells[c] = other.cells[c];
            }
            columns.or(other.columns);
            joined.add(other);
            joined.addAll(other.joined);
            pairs.addAll(other.pairs);
            endings.addAll(other.endings);
        }
    }

    /**
     * The lines of a table whose columns hold {@code rows}, each project's rows in its form's order; lines in the
     * order their first row appears.
     */
    static List<Line> lines(List<List<Indicators.Line>> rows) {
        Map<String, Line> byName = new LinkedHashMap<>();
        for (int c = 0; c < rows.size(); c++) {
            for (Indicators.Line row : rows.get(c)) {
                byName.computeIfAbsent(nameKey(row), k -> new Line(row, rows.size())).put(c, row);
            }
        }
        List<Line> lines = new ArrayList<>(byName.values());
        Map<String, List<Line>> byKind = new LinkedHashMap<>();
        for (Line line : lines) {
            line.kind().ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(line));
        }
        Set<Line> absorbed = new HashSet<>();
        byKind.values().forEach(kind -> join(kind, absorbed));
        lines.removeIf(absorbed::contains);
        return lines;
    }

    /** Joins the lines of one kind, the pair with most characters in common first, until no pair may join. */
    private static void join(List<Line> kind, Set<Line> absorbed) {
        List<Line> open = new ArrayList<>(kind);
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            int best = 0;
            for (int i = 0; i < open.size(); i++) {
                Line a = open.get(i);
                for (int j = i + 1; j < open.size(); j++) {
                    Line b = open.get(j);
                    if (a.columns.intersects(b.columns)) {
                        continue;
                    }
                    int common = common(a.pairs, b.pairs);
                    boolean endAlike = common(a.endings, b.endings) > 0;
                    if ((endAlike || common >= 2) && common > best) {
                        best = common;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                return;
            }
            Line other = open.remove(bestJ);
            open.get(bestI).join(other);
            absorbed.add(other);
        }
    }

    static String nameKey(Indicators.Line line) {
        return level(line.level1()) + "\u0000" + level(line.level2()) + "\u0000" + Names.normalised(line.level3());
    }

    private static String level(String name) {
        return LevelNames.stem(Names.normalised(name));
    }

    private static int common(Set<String> a, Set<String> b) {
        int n = 0;
        for (String pair : a) {
            n += b.contains(pair) ? 1 : 0;
        }
        return n;
    }
}
