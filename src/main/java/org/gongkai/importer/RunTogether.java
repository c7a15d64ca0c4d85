package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a form whose cells ran together into one cell a line, as text copied from a page that dropped every
 * separator reads: 项目名称文化事业发展专项资金项目类型新增项目….
 *
 * <p>Text is cut only where something known stands: a label, an indicator column or level name, a table title and
 * its year, and in the indicator rows a value (a comparison, or a number with its unit) that ends an indicator's
 * name. What cannot be cut, such as an indicator whose value is words, stays whole and is reported, never guessed.
 */
final class RunTogether {

    /** Shorter names (单位, 注, 分值) stand inside ordinary words too often to cut at. */
    private static final int SHORTEST_NAME = 3;
    /** A line shorter than this is a cell, however many names it holds. */
    private static final int SHORTEST_RUN = 80;
    /** A line is a run of cells when it holds at least this many names, one of them a form's label. */
    private static final int FEWEST_NAMES = 4;

    private static final String UNITS = "万人次|人次|百分比|万人|万元|亿元|万件|万条|万户|万亩|平方公里|平方米|立方米|公里|千米|"
            + "千瓦|小时|个月|元/株|/株|km|人|户|家|项|处|条|件|场|辆|台|套|所|座|株|棵|吨|米|元|%|％|个|次|天|日|月|年|分|周|"
            + "期|批|份|册|篇|本|部|名|位|栋|间|亩";
    private static final String COMPARISON = IndicatorClassifier.COMPARISON;
    /**
     * An indicator's value: a comparison and a number (=300天, %=99百分比, >92%), a number with its unit (2280次,
     * 95%), a bare number ending the text, or a comparison left alone where the text stops.
     */
    private static final Pattern VALUE = Pattern.compile("%?" + COMPARISON + "\\s*\\d[\\d,.]*(?:" + UNITS + ")?"
            + "|\\d[\\d,.]*(?:" + UNITS + ")|\\d[\\d,.]*$|" + COMPARISON + "$");
    /**
     * The end of text a title cannot begin within: a value, a blank date (年 月 日), a space or punctuation. A year
     * (2022年) is not a value here: titles print one.
     */
    private static final Pattern BEFORE_TITLE = Pattern.compile("(?<![\\d.])(?!\\d{4}年)(?:" + VALUE.pattern()
            + ")|年\\s*月\\s*日|[\\s:：,，。;；、]");
    /** The year a title prints after itself: (2023年度), 2023年度. */
    private static final Pattern TITLE_YEAR = Pattern.compile("[（(]?\\d{4}年度?[)）]?");
    /** The wording an explanation of an indicator (its 绩效标准) opens with in the forms that print one. */
    private static final String EXPLANATION = "反映";

    private static final Map<Character, List<String>> NAMES = names();

    private final Problems problems;

    RunTogether(Problems problems) {
        this.problems = problems;
    }

    /** What a cut-out piece of text is. */
    private enum Kind { LABEL, COLUMN, LEVEL, TITLE, TEXT }

    private record Piece(String text, Kind kind, int line) {}

    /** The blocks with each run of cells cut into one cell a block; all other blocks as they were. */
    List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.single().isEmpty() || !isRun(b.single().get().text())) {
                out.add(b);
                continue;
            }
            // A page limited in length breaks its run of cells into lines wherever it likes, even inside a value:
            // the lines that follow directly, and the last line of the document, belong to the run.
            StringBuilder text = new StringBuilder();
            List<Integer> lines = new ArrayList<>();
            append(text, lines, b);
            while (i + 1 < blocks.size() && blocks.get(i + 1).line() == blocks.get(i).line() + 1
                    && blocks.get(i + 1).single().isPresent()
                    && (isRun(blocks.get(i + 1).single().get().text()) || i + 2 == blocks.size())) {
                append(text, lines, blocks.get(++i));
            }
            for (Piece p : cut(text.toString(), lines)) {
                out.add(new Block(List.of(new Cell(p.text(), 0, p.line())), p.line(), false));
            }
        }
        return out;
    }

    private static void append(StringBuilder text, List<Integer> lines, Block b) {
        String t = b.single().orElseThrow().text();
        text.append(t);
        for (int k = 0; k < t.length(); k++) {
            lines.add(b.line());
        }
    }

    /**
     * Whether a line is cells run together: long, holding several names, one of them a form's label, and more names
     * than commas and stops.
     */
    static boolean isRun(String text) {
        if (text.length() < SHORTEST_RUN) {
            return false;
        }
        int names = 0;
        boolean label = false;
        for (int i = 0; i < text.length(); ) {
            Optional<String> name = nameAt(text, i);
            if (name.isEmpty()) {
                i++;
                continue;
            }
            names++;
            label |= Labels.field(name.get()).isPresent();
            i += name.get().length();
        }
        // Prose names a label now and then between its commas and stops; a run of cells names one at every cell.
        long stops = text.chars().filter(c -> "，,。；;：:".indexOf(c) >= 0).count();
        return names >= FEWEST_NAMES && label && names > stops;
    }

    private List<Piece> cut(String text, List<Integer> lines) {
        List<Piece> pieces = new ArrayList<>();
        Set<Labels.Column> header = EnumSet.noneOf(Labels.Column.class);
        boolean inIndicators = false;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            Optional<String> found = nameAt(text, i);
            Kind kind = found.map(RunTogether::kindOf).orElse(Kind.TEXT);
            if (found.isPresent() && kind == Kind.LEVEL && startsValue(text, i + found.get().length())) {
                // 服务对象满意度%=99: a level name straight before a value is the indicator's own name.
                found = Optional.empty();
            }
            if (found.isPresent() && inIndicators && kind == Kind.LABEL && !endsIndicators(found.get())) {
                // Inside the indicator rows only a new form or the rows below the table end them: 实施单位 inside
                // 项目实施单位满意度 is part of an indicator's name.
                found = Optional.empty();
            }
            if (found.isPresent() && isGroup(found.get()) && longerOverlap(text, i, found.get().length())) {
                // 其他项目资金用途: a heading such as 项目资金 gives way to a label that overlaps it and runs on.
                found = Optional.empty();
            }
            if (found.isEmpty()) {
                i++;
                continue;
            }
            String name = found.get();
            String before = text.substring(start, i);
            if (kind == Kind.TITLE) {
                // A title is printed whole (鄂州市2022年市直部门预算项目支出绩效目标表): it begins after the last thing
                // that cannot be part of it.
                int titleStart = titleStart(before);
                text(pieces, before.substring(0, titleStart), start, lines, inIndicators, header);
                int end = i + name.length();
                pieces.add(new Piece(text.substring(start + titleStart, end), Kind.TITLE, lines.get(start + titleStart)));
                Matcher year = TITLE_YEAR.matcher(text).region(end, text.length());
                if (year.lookingAt()) {
                    pieces.add(new Piece(year.group(), Kind.TEXT, lines.get(end)));
                    end = year.end();
                }
                inIndicators = false;
                header.clear();
                start = end;
                i = end;
                continue;
            }
            if (kind == Kind.LABEL && !before.isEmpty() && before.length() <= SHORTEST_NAME && afterTitle(pieces)) {
                // 2023年度一*级项目名称: between a title and its first label no value stands, so a short text there is
                // the start of the label, its mark or a garbled character keeping it from being known.
                pieces.add(new Piece(before + name, kind, lines.get(start)));
            } else {
                text(pieces, before, start, lines, inIndicators, header);
                pieces.add(new Piece(name, kind, lines.get(i)));
            }
            if (kind == Kind.COLUMN) {
                header.add(Labels.indicatorColumn(name).orElseThrow());
                inIndicators = true;
            } else if (kind == Kind.LABEL && endsIndicators(name)) {
                inIndicators = Labels.field(name).filter(f -> f == Labels.Field.INDICATORS_GROUP).isPresent();
            }
            i += name.length();
            start = i;
        }
        text(pieces, text.substring(start), start, lines, inIndicators, header);
        return pieces;
    }

    /** Where a title begins in the text before its name: after the last value, blank date, space or punctuation. */
    private static int titleStart(String before) {
        Matcher m = BEFORE_TITLE.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** Adds the text between two names: whole, or in the indicator rows cut into names, explanations and values. */
    private void text(List<Piece> pieces, String text, int start, List<Integer> lines, boolean inIndicators,
            Set<Labels.Column> header) {
        if (text.isBlank()) {
            return;
        }
        if (!inIndicators || !header.contains(Labels.Column.VALUE)) {
            pieces.add(new Piece(text, Kind.TEXT, lines.get(start)));
            return;
        }
        Matcher value = VALUE.matcher(text);
        int from = 0;
        while (value.find()) {
            if (value.start() == from) {
                // A number where a name should begin is part of the name, as 12345热线.
                continue;
            }
            indicatorName(pieces, text.substring(from, value.start()), start + from, lines, header);
            pieces.add(new Piece(value.group(), Kind.TEXT, lines.get(start + value.start())));
            from = value.end();
        }
        if (from < text.length()) {
            String rest = text.substring(from);
            indicatorName(pieces, rest, start + from, lines, header);
            problems.add(lines.get(start + from), "指标" + Problems.quote(rest) + "后面找不到指标值：原文各栏连在一起，"
                    + "无法分开指标名称和指标值。已把整段作为三级指标导入，请对照原文把指标值分出来。");
        }
    }

    /** An indicator's name, and its explanation where the table has a 绩效标准 column and the text one. */
    private static void indicatorName(List<Piece> pieces, String text, int start, List<Integer> lines,
            Set<Labels.Column> header) {
        int explanation = text.indexOf(EXPLANATION);
        if (header.contains(Labels.Column.STANDARD) && explanation > 0) {
            pieces.add(new Piece(text.substring(0, explanation), Kind.TEXT, lines.get(start)));
            pieces.add(new Piece(text.substring(explanation), Kind.TEXT, lines.get(start + explanation)));
        } else {
            pieces.add(new Piece(text, Kind.TEXT, lines.get(start)));
        }
    }

    /** Whether the last piece is a title or the year printed after it. */
    private static boolean afterTitle(List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return false;
        }
        Piece last = pieces.get(pieces.size() - 1);
        return last.kind() == Kind.TITLE || last.kind() == Kind.TEXT && TITLE_YEAR.matcher(last.text()).matches()
                && pieces.size() > 1 && pieces.get(pieces.size() - 2).kind() == Kind.TITLE;
    }

    private static boolean isGroup(String name) {
        return Labels.field(name).filter(Labels.Field::isGroup).isPresent();
    }

    /** Whether a name begins inside the {@code length} characters at {@code at} and runs on past them. */
    private static boolean longerOverlap(String text, int at, int length) {
        for (int k = at + 1; k < at + length; k++) {
            Optional<String> other = nameAt(text, k);
            if (other.isPresent() && k + other.get().length() > at + length) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsValue(String text, int at) {
        Matcher m = VALUE.matcher(text).region(at, text.length());
        return m.lookingAt();
    }

    /** A label that ends the indicator rows: a new form's 项目名称, the rows below the table, or 绩效指标 itself. */
    private static boolean endsIndicators(String name) {
        return Labels.field(name).filter(f -> f == Labels.Field.NAME || f == Labels.Field.AFTER
                || f == Labels.Field.INDICATORS_GROUP).isPresent();
    }

    private static Kind kindOf(String name) {
        String key = Labels.key(name);
        if (Labels.isTitleName(key)) {
            return Kind.TITLE;
        }
        if (Labels.indicatorColumn(name).isPresent()) {
            return Kind.COLUMN;
        }
        if (Labels.isLevelName(key)) {
            return Kind.LEVEL;
        }
        return Kind.LABEL;
    }

    /** The longest name printed at {@code at}, comparing brackets and colons whatever their width. */
    private static Optional<String> nameAt(String text, int at) {
        List<String> candidates = NAMES.get(Labels.keyChar(text.charAt(at)));
        if (candidates == null) {
            return Optional.empty();
        }
        for (String name : candidates) {
            if (matches(text, at, name)) {
                return Optional.of(text.substring(at, at + name.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String text, int at, String name) {
        if (at + name.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (Labels.keyChar(text.charAt(at + k)) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The names long enough to cut at, by first character, longest first. */
    private static Map<Character, List<String>> names() {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String name : Labels.printedNames()) {
            if (name.length() >= SHORTEST_NAME) {
                byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
            }
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
        return Map.copyOf(byFirst);
    }
}
