package org.gongkai.content.text;

import java.util.List;

/**
 * The names of indicator levels as forms write them, for code that must treat 经济效益 and 经济效益指标, or the many
 * names of satisfaction, as one: the checks judging a table against its template, and the comparisons lining up the
 * rows of different forms.
 */
public final class LevelNames {

    /** The 二级 names of satisfaction without their 指标, wherever a form puts them. */
    public static final List<String> SATISFACTION = List.of("服务对象满意度", "满意度", "社会公众或服务对象满意度",
            "社会公众满意度");

    private LevelNames() {}

    /** The name without its surrounding space and trailing 指标: 数量指标 → 数量. */
    public static String stem(String name) {
        String s = name.strip();
        return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
    }

    /** True when {@code level2} is a satisfaction name, which counts for 服务对象满意度 wherever it stands. */
    public static boolean isSatisfaction(String level2) {
        return SATISFACTION.contains(stem(level2));
    }
}
