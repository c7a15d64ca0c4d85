package org.gongkai.importer;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed labels of the forms, recognised whatever the spacing, line breaks, colons and bracket widths
 * (年度\n目标, 项目资金 (万元), 年度资金总额：).
 */
final class Labels {

    /** A field of the project or 整体支出 form that a label introduces. */
    enum Field {
        NAME("项目名称"),
        DEPARTMENT("主管部门及代码"),
        IMPLEMENTER("实施单位"),
        SOURCE("项目来源"),
        FIELD("资金投向领域"),
        TERM("项目期"),
        CONSTRUCTION("建设期限"),
        OPERATION("运营期限"),
        RESPONSIBLE("项目责任人"),
        TOTAL("年度资金总额"),
        FISCAL("财政拨款"),
        BOND("专项债券"),
        CARRYOVER("上年结转"),
        OTHER("其他资金"),
        GOAL("年度目标"),
        UNIT_NAME("部门（单位）名称"),
        OVERALL_GOAL("年度总体目标"),
        /** 单位（盖章）and the 整体支出 form's signature lines: printed for the paper copy, not content. */
        SIGNATURE("单位（盖章）"),
        /** 项目资金（万元）: heads the funds rows and names their unit, but has no value of its own. */
        FUNDS_GROUP("项目资金"),
        /** 绩效指标 / 年度绩效指标: heads the indicator rows. */
        INDICATORS_GROUP("绩效指标"),
        /** 年度主要任务: heads the task rows of the 整体支出 form. */
        TASKS_GROUP("年度主要任务");

        final String printed;

        Field(String printed) {
            this.printed = printed;
        }

        /** True for labels that head a group of rows instead of taking a value. */
        boolean isGroup() {
            return this == FUNDS_GROUP || this == INDICATORS_GROUP || this == TASKS_GROUP;
        }
    }

    private static final Map<String, Field> BY_KEY = Map.ofEntries(
            Map.entry("项目名称", Field.NAME),
            Map.entry("主管部门及代码", Field.DEPARTMENT),
            Map.entry("实施单位", Field.IMPLEMENTER),
            Map.entry("项目来源", Field.SOURCE),
            Map.entry("资金投向领域", Field.FIELD),
            Map.entry("项目期限", Field.TERM),
            Map.entry("项目期", Field.TERM),
            Map.entry("其中：建设期限", Field.CONSTRUCTION),
            Map.entry("建设期限", Field.CONSTRUCTION),
            Map.entry("其中：运营期限", Field.OPERATION),
            Map.entry("运营期限", Field.OPERATION),
            Map.entry("项目责任人", Field.RESPONSIBLE),
            Map.entry("年度资金总额", Field.TOTAL),
            Map.entry("其中：财政拨款", Field.FISCAL),
            Map.entry("财政拨款", Field.FISCAL),
            Map.entry("其中：专项债券", Field.BOND),
            Map.entry("专项债券", Field.BOND),
            Map.entry("其中：上年结转", Field.CARRYOVER),
            Map.entry("上年结转", Field.CARRYOVER),
            Map.entry("其中：其他资金", Field.OTHER),
            Map.entry("其他资金", Field.OTHER),
            Map.entry("年度目标", Field.GOAL),
            Map.entry("部门（单位）名称", Field.UNIT_NAME),
            Map.entry("年度总体目标", Field.OVERALL_GOAL),
            Map.entry("单位（盖章）", Field.SIGNATURE),
            Map.entry("部门（单位）盖章", Field.SIGNATURE),
            Map.entry("部门（单位）主要负责人（签字）", Field.SIGNATURE),
            Map.entry("绩效指标", Field.INDICATORS_GROUP),
            Map.entry("年度绩效指标", Field.INDICATORS_GROUP),
            Map.entry("年度主要任务", Field.TASKS_GROUP));

    private static final Pattern FUNDS_GROUP = Pattern.compile("项目资金(?:（([^）]*)）)?");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("（(?:单位：)?([^）]+)）");

    /** The names of the indicator table's header cells, in the order of an indicator row's texts. */
    static final String[] INDICATOR_HEADER = {"一级指标", "二级指标", "三级指标", "指标值"};

    private Labels() {}

    /** The comparison key of a text: no whitespace, no trailing colon, full-width colons and brackets. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextCleaner.isPadding(c)) {
                continue;
            }
            sb.append(switch (c) {
                case ':' -> '：';
                case '(' -> '（';
                case ')' -> '）';
                default -> c;
            });
        }
        String key = sb.toString();
        return key.endsWith("：") ? key.substring(0, key.length() - 1) : key;
    }

    /** The field a cell's text labels, if it is a label. */
    static Optional<Field> field(String text) {
        String key = key(text);
        Field f = BY_KEY.get(key);
        if (f != null) {
            return Optional.of(f);
        }
        return FUNDS_GROUP.matcher(key).matches() ? Optional.of(Field.FUNDS_GROUP) : Optional.empty();
    }

    static boolean isLabel(String text) {
        return field(text).isPresent();
    }

    /** The unit named in brackets, as in 项目资金（万元） or 预算金额（单位：万元）. */
    static Optional<String> unitIn(String text) {
        Matcher m = UNIT_IN_BRACKETS.matcher(key(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The index of the indicator header name the text is (一级指标 → 0 … 指标值 → 3), or -1. */
    static int indicatorHeaderIndex(String text) {
        String key = key(text);
        for (int i = 0; i < INDICATOR_HEADER.length; i++) {
            if (INDICATOR_HEADER[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isProjectTableTitle(String text) {
        return key(text).equals("项目支出绩效目标表");
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
