package org.gongkai.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed word lists of {@link VocabularyText}: departments, topics, actions, indicator rows and goal phrases. */
final class Vocabulary {

    /** A place-name syllable and its pinyin, for names such as 青阳县 and ids such as qingyang. */
    record Syllable(String han, String pinyin) {}

    /** A kind of office: 部门代码, the id abbreviation, the name after the place, and units that may implement projects. */
    record Department(String code, String abbreviation, String name, List<String> units, List<Topic> topics) {}

    /** What completes a topic into a project name (运行维护, 补助资金…), in one of the action groups. */
    record Action(char group, String name, String initials) {}

    /** A suffix such as （二期） that tells apart projects which would otherwise share a name. */
    record Qualifier(String text, String initials) {}

    /**
     * What a project is about: its name before the action, the action groups it takes, the quantities it delivers,
     * whom it serves, what it achieves, the work as a goal phrase, and an ecological benefit where it has one.
     */
    record Topic(String name, String initials, String groups, List<Output> outputs, String beneficiary,
            List<Benefit> benefits, String work, Optional<Benefit> ecological) {}

    /**
     * A quantity a project delivers, drawn between {@code lo} and {@code hi} in units of 10^-decimals. A named unit
     * (亩, 公里) is not in the value parser's table, so it is printed in the indicator's name and the value is bare.
     * {@code link} is how a goal quotes it: "" for a verb phrase, 完成 before an activity, 达到 after a noun.
     */
    record Output(String name, String unit, boolean named, int lo, int hi, int decimals, String link) {

        /** The target as a goal states it: 开展专题调研30次以上, 完成公益电影放映500场, 热线受理量达到90万件以上. */
        String quoted(String number, boolean atLeast) {
            String before = link.equals("完成") ? link : "";
            String after = link.equals("达到") ? link : "";
            return before + name + after + number + unit + (atLeast ? "以上" : "");
        }
    }

    /** An effect indicator's name; a rate is given a percentage, anything else a qualitative value. */
    record Benefit(String name, boolean rate) {}

    /** A shared indicator row: the action groups it suits (* for all), its 三级指标 and its value pattern. */
    record RowPattern(String groups, String name, String value) {
        boolean suits(char group) {
            return groups.equals("*") || groups.indexOf(group) >= 0;
        }
    }

    static final Vocabulary STANDARD = new Vocabulary();

    final List<Syllable> syllables;
    final List<Department> departments;
    final List<Topic> commonTopics;
    final List<Action> actions;
    final List<Qualifier> qualifiers;
    final Map<String, List<RowPattern>> rows;
    final Map<String, List<String>> goals;

    private Vocabulary() {
        syllables = List.of(VocabularyText.PLACE_SYLLABLES.strip().split("\\s+")).stream()
                .map(token -> new Syllable(token.substring(0, 1), token.substring(1))).toList();
        Map<String, List<String>> topicLines = sections(VocabularyText.TOPICS);
        departments = fields(VocabularyText.DEPARTMENTS, 4).stream()
                .map(f -> new Department(f[0], f[1], f[2], List.of(f[3].split("、")),
                        topicLines.getOrDefault(f[1], List.of()).stream().map(Vocabulary::topic).toList()))
                .toList();
        commonTopics = topicLines.get("common").stream().map(Vocabulary::topic).toList();
        actions = fields(VocabularyText.ACTIONS, 3).stream().map(f -> new Action(f[0].charAt(0), f[1], f[2])).toList();
        qualifiers = fields(VocabularyText.QUALIFIERS, 2).stream().map(f -> new Qualifier(f[0], f[1])).toList();
        Map<String, List<RowPattern>> parsed = new LinkedHashMap<>();
        sections(VocabularyText.ROWS).forEach((section, lines) -> parsed.put(section, lines.stream().map(line -> {
            String[] f = split(line, 3);
            return new RowPattern(f[0].replace(" ", ""), f[1], f[2]);
        }).toList()));
        rows = Collections.unmodifiableMap(parsed);
        goals = Collections.unmodifiableMap(sections(VocabularyText.GOALS));
    }

    /** The shared rows of a section that suit an action group. */
    List<RowPattern> rows(String section, char group) {
        return rows.get(section).stream().filter(r -> r.suits(group)).toList();
    }

    List<Action> actions(char group) {
        return actions.stream().filter(a -> a.group() == group).toList();
    }

    private static Topic topic(String line) {
        String[] f = split(line, 8);
        List<Output> outputs = new ArrayList<>();
        for (String spec : f[3].split(";")) {
            String[] o = spec.strip().split(":");
            boolean named = o[1].startsWith("(");
            String unit = named ? o[1].substring(1, o[1].length() - 1) : o[1];
            String[] range = o[2].split("-");
            int decimals = range[0].contains(".") ? 1 : 0;
            String link = o.length > 3 ? o[3] : "";
            outputs.add(new Output(o[0], unit, named, scaled(range[0]), scaled(range[1]), decimals, link));
        }
        List<Benefit> benefits = new ArrayList<>();
        for (String b : f[5].split(";")) {
            benefits.add(benefit(b.strip()));
        }
        Optional<Benefit> ecological = f[7].isEmpty() ? Optional.empty() : Optional.of(benefit(f[7]));
        return new Topic(f[0], f[1], f[2], List.copyOf(outputs), f[4], List.copyOf(benefits), f[6], ecological);
    }

    private static Benefit benefit(String text) {
        return text.endsWith("%") ? new Benefit(text.substring(0, text.length() - 1), true) : new Benefit(text, false);
    }

    /** 2.5 → 25 and 30 → 30: a range is read in the smallest step either of its ends is written in. */
    static int scaled(String number) {
        return Integer.parseInt(number.replace(".", ""));
    }

    /** The lines of a text under each {@code @name} heading, in order. */
    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(text)) {
            if (line.startsWith("@")) {
                current = new ArrayList<>();
                out.put(line.substring(1), current);
            } else if (current != null) {
                current.add(line);
            } else {
                throw new IllegalStateException("vocabulary line outside a section: " + line);
            }
        }
        return out;
    }

    private static List<String[]> fields(String text, int count) {
        return lines(text).stream().map(line -> split(line, count)).toList();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Exactly {@code count} fields; a line with fewer is a mistake in the word lists, found when the class loads. */
    private static String[] split(String line, int count) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != count) {
            throw new IllegalStateException("vocabulary line needs " + count + " fields: " + line);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}
