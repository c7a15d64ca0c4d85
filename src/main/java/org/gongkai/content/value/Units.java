package org.gongkai.content.value;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The closed table of units an indicator value may carry; anything else makes the value UNREADABLE, so that a new
 * unit is noticed and added here rather than guessed at.
 */
final class Units {

    private static final Map<String, Unit> SIMPLE = new HashMap<>();

    static {
        put(new Unit("%", UnitFamily.PERCENT, "%", 1, 0), "%");

        put(new Unit("元", UnitFamily.MONEY, "万元", 1, -4), "元");
        put(new Unit("千元", UnitFamily.MONEY, "万元", 1, -1), "千元");
        put(new Unit("万元", UnitFamily.MONEY, "万元", 1, 0), "万元");
        put(new Unit("亿元", UnitFamily.MONEY, "万元", 1, 4), "亿元");

        for (String word : new String[] {"次", "人", "人次", "位次", "个", "份", "本", "件", "篇", "场", "场次", "期",
                "套", "辆", "家", "户", "册", "张", "轮", "轮次", "项", "批", "批次", "条", "部", "台", "台次", "名", "位",
                "所", "处", "座", "间", "类", "枚", "幅", "块", "组", "卷", "封", "笔", "起", "例", "家次", "户次"}) {
            put(new Unit(word, UnitFamily.COUNT, word, 1, 0), word);
        }

        put(new Unit("秒", UnitFamily.DURATION, "秒", 1, 0), "秒", "秒钟");
        put(new Unit("分钟", UnitFamily.DURATION, "秒", 60, 0), "分钟");
        put(new Unit("小时", UnitFamily.DURATION, "秒", 3600, 0), "小时", "个小时");
        put(new Unit("天", UnitFamily.DURATION, "秒", 86400, 0), "天", "日");
        put(new Unit("周", UnitFamily.DURATION, "秒", 604800, 0), "周", "星期", "个星期");
        put(new Unit("工作日", UnitFamily.DURATION, "工作日", 1, 0), "工作日", "个工作日");
        put(new Unit("月", UnitFamily.DURATION, "月", 1, 0), "月", "个月");
        put(new Unit("季度", UnitFamily.DURATION, "月", 3, 0), "季度", "个季度");
        put(new Unit("年", UnitFamily.DURATION, "月", 12, 0), "年");
    }

    private Units() {}

    private static void put(Unit unit, String... printed) {
        for (String p : printed) {
            SIMPLE.put(p, unit);
        }
    }

    /**
     * The unit printed as {@code text} (never containing a slash): a table entry, or a counting word after 万 or
     * 亿. A bare 万 is not a unit: 96万 may be money or a count.
     */
    static Optional<Unit> simple(String text) {
        Unit unit = SIMPLE.get(text);
        if (unit != null) {
            return Optional.of(unit);
        }
        if (text.length() > 1) {
            char first = text.charAt(0);
            int power = first == '万' ? 4 : first == '亿' ? 8 : 0;
            if (power != 0) {
                Unit counted = SIMPLE.get(text.substring(1));
                if (counted != null && counted.family() == UnitFamily.COUNT) {
                    return Optional.of(counted.times(text.substring(0, 1), power));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The unit printed as {@code text}, which may be a rate such as 万元/人, 元/月/每人 or 次/年.
     *
     * <p>A rate's numerator is money, a count, a percentage or a clock duration (分钟/次); each denominator is a
     * count or a duration, optionally after 每, without 万. A calendar period as numerator is refused: the only one
     * seen, ≥1季度/期, is a frequency written upside down, and reading it as printed would invert its meaning.
     */
    static Optional<Unit> resolve(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return simple(text);
        }
        Optional<Unit> numerator = simple(text.substring(0, slash));
        if (numerator.isEmpty() || numerator.get().isCalendarPeriod()) {
            return Optional.empty();
        }
        StringBuilder base = new StringBuilder(numerator.get().base());
        int from = slash + 1;
        while (true) {
            int next = text.indexOf('/', from);
            int end = next < 0 ? text.length() : next;
            int start = from < end && text.charAt(from) == '每' ? from + 1 : from;
            Unit per = SIMPLE.get(text.substring(start, end));
            if (per == null || (per.family() != UnitFamily.COUNT && per.family() != UnitFamily.DURATION)) {
                return Optional.empty();
            }
            base.append('/').append(per.name());
            if (next < 0) {
                break;
            }
            from = next + 1;
        }
        Unit n = numerator.get();
        return Optional.of(new Unit(text, UnitFamily.RATE, base.toString(), n.factor(), n.shift()));
    }
}
