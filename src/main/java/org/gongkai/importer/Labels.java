package org.gongkai.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.Funds;

/**
 * The printed labels of the forms, recognised whatever the spacing, line breaks, colons and bracket widths
 * (年度\n目标, 项目资金 (万元), 年度资金总额：), and whatever synonym a province prints: the names live in
 * {@code labels.tsv}, data that a new synonym extends without a change of code.
 */
final class Labels {

    /** A field of the project or 整体支出 form that a label introduces, by its key in {@code labels.tsv}. */
    enum Field {
        NAME("name", "项目名称"),
        DEPARTMENT("department", "主管部门及代码"),
        IMPLEMENTER("implementer", "实施单位"),
        SOURCE("source", "项目来源"),
        FIELD("field", "资金投向领域"),
        TERM("term", "项目期"),
        CONSTRUCTION("construction", "建设期限"),
        OPERATION("operation", "运营期限"),
        RESPONSIBLE("responsible", "项目责任人"),
        CATEGORY("category", "项目类别"),
        DIVISION("division", "归口科室"),
        OVERVIEW("overview", "项目概况"),
        TOTAL("total", "年度资金总额"),
        BUDGET("budget", Funds.Kind.BUDGET),
        FISCAL("fiscal", Funds.Kind.FISCAL),
        GENERAL("general", Funds.Kind.GENERAL),
        GOVERNMENT_FUND("government_fund", Funds.Kind.GOVERNMENT_FUND),
        STATE_CAPITAL("state_capital", Funds.Kind.STATE_CAPITAL),
        BOND("bond", Funds.Kind.BOND),
        CARRYOVER("carryover", Funds.Kind.CARRYOVER),
        SUPERIOR("superior", Funds.Kind.SUPERIOR),
        OWN("own", Funds.Kind.OWN),
        BUSINESS_INCOME("business_income", Funds.Kind.BUSINESS_INCOME),
        OPERATING_INCOME("operating_income", Funds.Kind.OPERATING_INCOME),
        OTHER_INCOME("other_income", Funds.Kind.OTHER_INCOME),
        OTHER("other", Funds.Kind.OTHER),
        GOAL("goal", "年度目标"),
        PERIOD_GOAL("period_goal", "总体目标"),
        LONG_TERM_GOAL("long_term_goal", "长期目标"),
        UNIT_NAME("unit_name", "部门（单位）名称"),
        OVERALL_GOAL("overall_goal", "年度总体目标"),
        /** 金额单位：元, printed above or in the form: the unit of its amounts. */
        AMOUNT_UNIT("unit", "金额单位"),
        /** 单位（盖章）and the 整体支出 form's signature lines: printed for the paper copy, not content. */
        SIGNATURE("signature", "单位（盖章）"),
        /** 填表人, 联系电话, 审核意见, 注: rows below the table, kept in order as label and text. */
        AFTER("after", "表后栏目"),
        /**
         * 立项依据, 项目开始日期 and the other rows some forms print that no field is for: kept in order as label and
         * text. Known by name so that a form whose cells ran together can still be cut at them.
         */
        ROW("row", "其他栏目"),
        /** 项目资金（万元）: heads the funds rows and names their unit, but has no value of its own. */
        FUNDS_GROUP("funds.group", "项目资金"),
        /** 绩效指标 / 年度绩效指标: heads the indicator rows. */
        INDICATORS_GROUP("indicators.group", "绩效指标"),
        /** 年度主要任务: heads the task rows of the 整体支出 form. */
        TASKS_GROUP("tasks.group", "年度主要任务");

        final String key;
        final String printed;
        /** The source of funds the field's amount is, for the funds rows; none for the others. */
        final Optional<Funds.Kind> fund;

        Field(String key, String printed) {
            this.key = key;
            this.printed = printed;
            this.fund = Optional.empty();
        }

        Field(String key, Funds.Kind fund) {
            this.key = key;
            this.printed = fund.label();
            this.fund = Optional.of(fund);
        }

        /** True for labels that head a group of rows instead of taking a value. */
        boolean isGroup() {
            return this == FUNDS_GROUP || this == INDICATORS_GROUP || this == TASKS_GROUP;
        }
    }

    /** A column of an indicator table, in the order of an indicator row's texts and then its further columns. */
    enum Column { LEVEL1, LEVEL2, LEVEL3, VALUE, STANDARD, NATURE, DIRECTION, UNIT, SCORE, REMARK }

    private static final String TABLE = "labels.tsv";
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(.+?)（(?:单位：)?(万元|元)）");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("（(?:单位：)?([^）]+)）");

    private static final Map<String, Field> FIELDS;
    private static final Map<String, Column> COLUMNS;
    private static final Set<String> PROJECT_TITLES;
    private static final List<String> TITLE_SUFFIXES;
    private static final Map<String, Set<String>> LEVELS;
    /** The kinds of indicator level names labels.tsv may give. */
    private static final Set<String> LEVEL_KINDS = Set.of("level1", "level2", "level.either");
    /** A title is a line, not a paragraph: longer than this, text ending in 绩效目标表 is a sentence about one. */
    private static final int LONGEST_TITLE = 60;
    /** 关于…项目绩效目标设定的公示, a notice's title: the project's name stands between 关于 and 绩效目标. */
    static final Pattern NOTICE_TITLE = Pattern.compile("^关于(.+?)绩效目标(?:设定)?的?公示$");
    /** The endings of rows below the table that every office words its own way (区扶贫办审核意见). */
    private static final List<String> AFTER_SUFFIXES;
    /** Longer than this, text ending in 审核意见 is a sentence, not the label of a signature row. */
    private static final int LONGEST_OPINION = 16;
    /** （一）, 1、, 2. and their like before a label: the form's numbering of its rows, not part of the name. */
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:（[一二三四五六七八九十0-9]+）|[一二三四五六七八九十0-9]+[、.．])");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("（[^（）]*）$");

    static {
        Map<String, Field> fields = new HashMap<>();
        Map<String, Column> columns = new HashMap<>();
        Set<String> titles = new HashSet<>();
        List<String> suffixes = new java.util.ArrayList<>();
        List<String> afterSuffixes = new java.util.ArrayList<>();
        Set<String> rows = new HashSet<>();
        Map<String, Set<String>> levels = new HashMap<>();
        Map<String, Field> byKey = new HashMap<>();
        for (Field f : Field.values()) {
            byKey.put(f.key, f);
        }
        for (String[] entry : table()) {
            String field = entry[0];
            if (!rows.add(field + "\t" + key(entry[1]))) {
                throw new IllegalStateException(TABLE + ": a row given twice: " + field + " " + entry[1]);
            }
            String name = key(entry[1]);
            if (field.equals("title.project")) {
                titles.add(name);
            } else if (field.equals("after.suffix")) {
                afterSuffixes.add(name);
            } else if (LEVEL_KINDS.contains(field)) {
                levels.computeIfAbsent(field, k -> new HashSet<>()).add(name);
            } else if (field.equals("title.suffix")) {
                suffixes.add(name);
            } else if (field.startsWith("indicator.")) {
                columns.put(name, Column.valueOf(field.substring("indicator.".length()).toUpperCase(java.util.Locale.ROOT)));
            } else if (byKey.containsKey(field)) {
                fields.put(name, byKey.get(field));
            } else {
                throw new IllegalStateException(TABLE + ": unknown field " + field);
            }
        }
        FIELDS = Map.copyOf(fields);
        COLUMNS = Map.copyOf(columns);
        PROJECT_TITLES = Set.copyOf(titles);
        TITLE_SUFFIXES = List.copyOf(suffixes);
        AFTER_SUFFIXES = List.copyOf(afterSuffixes);
        LEVELS = Map.copyOf(levels);
    }

    private Labels() {}

    /** The rows of the table as (field, name); comments and blank lines skipped. */
    private static List<String[]> table() {
        try (InputStream in = Labels.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2))
                    .peek(parts -> {
                        if (parts.length != 2) {
                            throw new IllegalStateException(TABLE + ": a row needs a field and a name: "
                                    + Arrays.toString(parts));
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The comparison key of a text: no whitespace or required-row marks (*, ★), no trailing colon, full-width colons
     * and brackets.
     */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Templates mark required rows with * or ★ (*项目名称): the mark is not part of the label's name.
            if (TextCleaner.isPadding(c) || c == '*' || c == '＊' || c == '★') {
                continue;
            }
            sb.append(keyChar(c));
        }
        String key = sb.toString();
        return key.endsWith("：") ? key.substring(0, key.length() - 1) : key;
    }

    /** A character as {@link #key} writes it: colons, brackets and square brackets full-width. */
    static char keyChar(char c) {
        return switch (c) {
            case ':' -> '：';
            case '(' -> '（';
            case ')' -> '）';
            case '[', '【' -> '［';
            case ']', '】' -> '］';
            default -> c;
        };
    }

    /**
     * The key a label is looked up by: its {@link #key} without a leading 其中：, 其中 or 其中: and without a
     * trailing amount unit in brackets, which say where the row stands and what unit it prints, not what it is.
     */
    private static String lookupKey(String text) {
        String key = bare(text);
        Matcher unit = UNIT_SUFFIX.matcher(key);
        return unit.matches() ? unit.group(1) : key;
    }

    /**
     * The {@link #key} of a label without what says where its row stands: a leading 其中：and the form's numbering
     * of its rows, as in 其中:1.中央资金 or （二）自有资金小计.
     */
    static String bare(String text) {
        String key = ENUMERATOR.matcher(key(text)).replaceFirst("");
        for (String lead : List.of("其中：", "其中")) {
            if (key.startsWith(lead) && key.length() > lead.length()) {
                key = ENUMERATOR.matcher(key.substring(lead.length())).replaceFirst("");
                break;
            }
        }
        return key;
    }

    /** The field a cell's text labels, if it is a label. */
    static Optional<Field> field(String text) {
        String key = lookupKey(text);
        Field f = FIELDS.get(key);
        if (f != null) {
            return Optional.of(f);
        }
        // 财政部门支出股室初审意见, 区扶贫办审核意见: whoever signs below the table, each office its own.
        if (key.length() <= LONGEST_OPINION && AFTER_SUFFIXES.stream().anyMatch(key::endsWith)) {
            return Optional.of(Field.AFTER);
        }
        // 项目资金（万元）and its like name their unit in any bracket form.
        Matcher m = UNIT_IN_BRACKETS.matcher(key);
        if (m.find() && m.start() > 0) {
            return Optional.ofNullable(FIELDS.get(key.substring(0, m.start()))).filter(Field::isGroup);
        }
        return Optional.empty();
    }

    /**
     * Every name of {@code labels.tsv} by its {@link #key}: labels, indicator columns, level names and titles, for
     * cutting text whose cells ran together.
     */
    static Set<String> printedNames() {
        Set<String> names = new HashSet<>(FIELDS.keySet());
        names.addAll(COLUMNS.keySet());
        LEVELS.values().forEach(names::addAll);
        names.addAll(PROJECT_TITLES);
        names.addAll(TITLE_SUFFIXES);
        return Set.copyOf(names);
    }

    /** Whether {@code key} is a level name of an indicator table: 产出指标, 数量指标, 满意度指标 and the rest. */
    static boolean isLevelName(String key) {
        return LEVELS.values().stream().anyMatch(names -> names.contains(key));
    }

    /** Whether {@code key} is one of the titles or title endings of {@code labels.tsv}. */
    static boolean isTitleName(String key) {
        return PROJECT_TITLES.contains(key) || TITLE_SUFFIXES.contains(key);
    }

    static boolean isLabel(String text) {
        return field(text).isPresent();
    }

    /** The amount unit {@code value} names after 金额单位：, 元 or 万元; empty for any other text. */
    static Optional<String> amountUnit(String value) {
        String unit = key(value);
        return unit.equals("元") || unit.equals("万元") ? Optional.of(unit) : Optional.empty();
    }

    /** The unit named in brackets, as in 项目资金（万元） or 预算金额（单位：万元）. */
    static Optional<String> unitIn(String text) {
        Matcher m = UNIT_IN_BRACKETS.matcher(key(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The indicator level names of {@code labels.tsv} under {@code kind}: {@code level1}, {@code level2} or
     * {@code level.either}, by their {@link #key}.
     */
    static Set<String> levelNames(String kind) {
        return Set.copyOf(LEVELS.getOrDefault(kind, Set.of()));
    }

    /** The indicator column a header cell names (一级指标, 目标值, 计量单位 …), if it names one. */
    static Optional<Column> indicatorColumn(String text) {
        String key = lookupKey(text);
        Column column = COLUMNS.get(key);
        if (column == null) {
            // 指标值（包含数字及文字描述）and its like explain a column in brackets.
            column = COLUMNS.get(TRAILING_BRACKETS.matcher(key).replaceFirst(""));
        }
        return Optional.ofNullable(column);
    }

    /** The index of the indicator header name the text is (一级指标 → 0 … 指标值 → 3), or -1. */
    static int indicatorHeaderIndex(String text) {
        return indicatorColumn(text).filter(c -> c.ordinal() <= Column.VALUE.ordinal()).map(Column::ordinal).orElse(-1);
    }

    /** True for the seeds' title, 项目支出绩效目标表, which a project need not repeat. */
    static boolean isStandardTitle(String text) {
        return key(text).equals("项目支出绩效目标表");
    }

    static boolean isProjectTableTitle(String text) {
        String key = key(text);
        if (PROJECT_TITLES.contains(key)) {
            return true;
        }
        String bare = TRAILING_BRACKETS.matcher(key).replaceFirst("");
        return key.length() <= LONGEST_TITLE && !key.contains("整体支出") && !key.contains("清单")
                && TITLE_SUFFIXES.stream().anyMatch(bare::endsWith);
    }

    /**
     * Whether {@code text}, standing in a row among other cells, is a table's title: any title as the row's first
     * cell, as a web page's 标题 row or a form flattened onto a line begins; further in, only a title the table lists
     * whole or a notice's (关于…绩效目标设定的公示), since a cell such as 编制项目支出绩效目标表 merely names one.
     */
    static boolean isTitleInRow(String text, boolean first) {
        return first ? isAnyTitle(text) : PROJECT_TITLES.contains(key(text)) || isOverallTableTitle(text)
                || isNoticeTitle(text);
    }

    /** Whether {@code text} is a notice's title: 关于…绩效目标设定的公示. */
    static boolean isNoticeTitle(String text) {
        return NOTICE_TITLE.matcher(text.strip()).matches();
    }

    static boolean isOverallTableTitle(String text) {
        String key = key(text);
        return key.contains("整体支出绩效目标") && key.endsWith("表");
    }

    static boolean isListTitle(String text) {
        return key(text).endsWith("绩效目标公开清单");
    }

    static boolean isAnyTitle(String text) {
        return isProjectTableTitle(text) || isOverallTableTitle(text) || isListTitle(text);
    }
}
