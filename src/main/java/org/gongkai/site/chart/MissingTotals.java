package org.gongkai.site.chart;

import org.gongkai.content.model.Disclosure;

/**
 * What the site says of projects whose form printed no readable 年度资金总额: every sum of totals leaves them out
 * and says how many it left out, so that no reader takes an unknown amount for 0.
 */
public final class MissingTotals {

    private MissingTotals() {}

    /** How many of {@code d}'s projects have no total. */
    public static int in(Disclosure d) {
        return (int) d.projects().stream().filter(p -> p.funds().total().isEmpty()).count();
    }

    /** "（另有 2 个项目未列出金额）" to stand beside a sum that leaves out {@code count} projects; nothing when none. */
    public static String besideSum(int count) {
        return count == 0 ? "" : "（" + leftOut(count) + "）";
    }

    /** "；另有 2 个项目未列出金额" to end a note in brackets that already says how a sum was made; nothing when none. */
    public static String inNote(int count) {
        return count == 0 ? "" : "；" + leftOut(count);
    }

    private static String leftOut(int count) {
        return "另有 " + count + " 个项目未列出金额";
    }
}
