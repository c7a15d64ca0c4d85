package org.gongkai.content.value;

import static org.gongkai.content.value.Comparator.EQ;
import static org.gongkai.content.value.Comparator.GE;
import static org.gongkai.content.value.Comparator.GT;
import static org.gongkai.content.value.Comparator.LE;
import static org.gongkai.content.value.Comparator.LT;
import static org.gongkai.content.value.UnitFamily.COUNT;
import static org.gongkai.content.value.UnitFamily.DURATION;
import static org.gongkai.content.value.UnitFamily.MONEY;
import static org.gongkai.content.value.UnitFamily.NONE;
import static org.gongkai.content.value.UnitFamily.PERCENT;
import static org.gongkai.content.value.UnitFamily.RATE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact readings of indicator values, one line per shape: every shape found in content/, the examples of
 * domain.md, and the edges of each rule.
 */
class IndicatorValueTest {

    @Test
    void percentages() {
        assertValue("100%", "100", "%", PERCENT, "100%");
        assertValue("99%", "99", "%", PERCENT, "99%");
        assertValue("≥95%", GE, "95", "%", PERCENT, "95%");
        assertValue("≥100%", GE, "100", "%", PERCENT, "100%");
        assertValue("≤100%", LE, "100", "%", PERCENT, "100%");
        assertValue("≤8%", LE, "8", "%", PERCENT, "8%");
        assertValue("≤1%", LE, "1", "%", PERCENT, "1%");
        assertValue("<1%", LT, "1", "%", PERCENT, "1%");
        assertValue("=100%", EQ, "100", "%", PERCENT, "100%");
        assertValue("-5%", "-5", "%", PERCENT, "-5%");
        assertValue("≥92.5%", GE, "92.5", "%", PERCENT, "92.5%");
    }

    @Test
    void moneyIsNormalisedToWanYuanExactly() {
        assertValue("≤96万元", LE, "96", "万元", MONEY, "96万元");
        assertValue("≤102.16万元", LE, "102.16", "万元", MONEY, "102.16万元");
        assertValue("2万元", "2", "万元", MONEY, "2万元");
        assertValue("105.2万元", "105.2", "万元", MONEY, "105.2万元");
        assertValue("≥1000万元", GE, "1000", "万元", MONEY, "1000万元");
        assertValue("≤10000元", LE, "10000", "元", MONEY, "1.0000万元");
        assertValue("≤200000元", LE, "200000", "元", MONEY, "20.0000万元");
        assertValue("≤24000元", LE, "24000", "元", MONEY, "2.4000万元");
        assertValue("≤3000元", LE, "3000", "元", MONEY, "0.3000万元");
        assertValue("≥1.5亿元", GE, "1.5", "亿元", MONEY, "15000万元");
        assertValue("5千元", "5", "千元", MONEY, "0.5万元");
    }

    @Test
    void countsKeepTheirPrintedNumberAndNormaliseWan() {
        assertValue("≥90万件", GE, "90", "万件", COUNT, "900000件");
        assertValue("≥2.5万份", GE, "2.5", "万份", COUNT, "25000份");
        assertValue("≥0.45万份", GE, "0.45", "万份", COUNT, "4500份");
        assertValue("≥10万份", GE, "10", "万份", COUNT, "100000份");
        assertValue("1500人次", "1500", "人次", COUNT, "1500人次");
        assertValue("≥10000位次", GE, "10000", "位次", COUNT, "10000位次");
        assertValue("≥18人次", GE, "18", "人次", COUNT, "18人次");
        assertValue("2轮次", "2", "轮次", COUNT, "2轮次");
        assertValue("≥10场次", GE, "10", "场次", COUNT, "10场次");
        assertValue("≥10场", GE, "10", "场", COUNT, "10场");
        assertValue("≥100篇", GE, "100", "篇", COUNT, "100篇");
        assertValue("≥5500张", GE, "5500", "张", COUNT, "5500张");
        assertValue("≥600册", GE, "600", "册", COUNT, "600册");
        assertValue("≥300本", GE, "300", "本", COUNT, "300本");
        assertValue("≥200户", GE, "200", "户", COUNT, "200户");
        assertValue("≥220家", GE, "220", "家", COUNT, "220家");
        assertValue("1辆", "1", "辆", COUNT, "1辆");
        assertValue("1套", "1", "套", COUNT, "1套");
        assertValue("12期", "12", "期", COUNT, "12期");
        assertValue("≥160个", GE, "160", "个", COUNT, "160个");
        assertValue("72份", "72", "份", COUNT, "72份");
        assertValue("18人", "18", "人", COUNT, "18人");
        assertValue("6次", "6", "次", COUNT, "6次");
        assertValue("2万人次", "2", "万人次", COUNT, "20000人次");
        assertValue("1,500人次", "1500", "人次", COUNT, "1500人次");
        assertValue("5", "5", "", NONE, "5");
    }

    @Test
    void durationsNormaliseWithinTheirOwnScale() {
        assertValue("≤5秒", LE, "5", "秒", DURATION, "5秒");
        assertValue("≥20分钟", GE, "20", "分钟", DURATION, "1200秒");
        assertValue("24小时", "24", "小时", DURATION, "86400秒");
        assertValue("365天", "365", "天", DURATION, "31536000秒");
        assertValue("≥1天", GE, "1", "天", DURATION, "86400秒");
        assertValue("≤2周", LE, "2", "周", DURATION, "1209600秒");
        assertValue("≤5工作日", LE, "5", "工作日", DURATION, "5工作日");
        assertValue("≤2个工作日", LE, "2", "个工作日", DURATION, "2工作日");
        assertValue("≥5个工作日", GE, "5", "个工作日", DURATION, "5工作日");
        // N月 without a year, day or 底 is a number of months: ≤2月 (出国时间) and ≥3月 (跟班学习时间) can be
        // nothing else, and ≤12月 (设备购买完成时间) reads either way.
        assertValue("≤12月", LE, "12", "月", DURATION, "12月");
        assertValue("≤1月", LE, "1", "月", DURATION, "1月");
        assertValue("≥3月", GE, "3", "月", DURATION, "3月");
        assertValue("1年", "1", "年", DURATION, "12月");
        assertValue("≥1季度", GE, "1", "季度", DURATION, "3月");
    }

    @Test
    void ratesNormaliseTheirNumeratorOnly() {
        assertValue("7.35万元/人", "7.35", "万元/人", RATE, "7.35万元/人");
        assertValue("0.05万元/人", "0.05", "万元/人", RATE, "0.05万元/人");
        assertValue("0.3万元/次", "0.3", "万元/次", RATE, "0.3万元/次");
        assertValue("10万元/次", "10", "万元/次", RATE, "10万元/次");
        assertValue("12.6万元/年", "12.6", "万元/年", RATE, "12.6万元/年");
        assertValue("450元/次", "450", "元/次", RATE, "0.0450万元/次");
        assertValue("1.1元/件", "1.1", "元/件", RATE, "0.00011万元/件");
        assertValue("1.25元/份", "1.25", "元/份", RATE, "0.000125万元/份");
        assertValue("26.06元/本", "26.06", "元/本", RATE, "0.002606万元/本");
        assertValue("5元/本", "5", "元/本", RATE, "0.0005万元/本");
        assertValue("1万元/每次", "1", "万元/每次", RATE, "1万元/次");
        assertValue("4200元/月/每人", "4200", "元/月/每人", RATE, "0.4200万元/月/人");
        assertValue("4次/年", "4", "次/年", RATE, "4次/年");
        assertValue("≥4次/年", GE, "4", "次/年", RATE, "4次/年");
        assertValue("1次/周", "1", "次/周", RATE, "1次/周");
        assertValue("1次/月", "1", "次/月", RATE, "1次/月");
        assertValue("≥1期/月", GE, "1", "期/月", RATE, "1期/月");
        assertValue("≥1册/季度", GE, "1", "册/季度", RATE, "1册/季度");
        assertValue("≥30分钟/次", GE, "30", "分钟/次", RATE, "1800秒/次");
        assertValue("2万人次/年", "2", "万人次/年", RATE, "20000人次/年");
        assertValue("≥5%/年", GE, "5", "%/年", RATE, "5%/年");
        assertValue("2次/个月", "2", "次/个月", RATE, "2次/月");
    }

    @Test
    void comparatorWordsAndOtherForms() {
        assertValue("≥ 95 %", GE, "95", "%", PERCENT, "95%");
        assertValue("＞９５％", GT, "95", "%", PERCENT, "95%");
        assertValue("＜1％", LT, "1", "%", PERCENT, "1%");
        assertValue("＝100%", EQ, "100", "%", PERCENT, "100%");
        assertValue("≧90%", GE, "90", "%", PERCENT, "90%");
        assertValue("≦5天", LE, "5", "天", DURATION, "432000秒");
        assertValue(">=90%", GE, "90", "%", PERCENT, "90%");
        assertValue("<=5秒", LE, "5", "秒", DURATION, "5秒");
        assertValue("不低于95%", GE, "95", "%", PERCENT, "95%");
        assertValue("不少于3次", GE, "3", "次", COUNT, "3次");
        assertValue("至少2场", GE, "2", "场", COUNT, "2场");
        assertValue("不超过10万元", LE, "10", "万元", MONEY, "10万元");
        assertValue("不高于5%", LE, "5", "%", PERCENT, "5%");
        assertValue("不多于2次", LE, "2", "次", COUNT, "2次");
        assertValue("大于3次", GT, "3", "次", COUNT, "3次");
        assertValue("高于90%", GT, "90", "%", PERCENT, "90%");
        assertValue("超过100人", GT, "100", "人", COUNT, "100人");
        assertValue("小于1%", LT, "1", "%", PERCENT, "1%");
        assertValue("低于5%", LT, "5", "%", PERCENT, "5%");
        assertValue("不足3天", LT, "3", "天", DURATION, "259200秒");
        assertValue("达到95%", GE, "95", "%", PERCENT, "95%");
        assertValue("达到2.5万份", GE, "2.5", "万份", COUNT, "25000份");
        assertValue("达到10次/年", GE, "10", "次/年", RATE, "10次/年");
        assertValue("不少于7.35万元/人", GE, "7.35", "万元/人", RATE, "7.35万元/人");
        assertValue("95%以上", GE, "95", "%", PERCENT, "95%");
        assertValue("90%及以上", GE, "90", "%", PERCENT, "90%");
        assertValue("5%以下", LE, "5", "%", PERCENT, "5%");
        assertValue("5天以内", LE, "5", "天", DURATION, "432000秒");
        assertValue("3个工作日内", LE, "3", "个工作日", DURATION, "3工作日");
        assertValue("≥95%以上", GE, "95", "%", PERCENT, "95%");
        assertValue("10以上", GE, "10", "", NONE, "10");
    }

    @Test
    void dates() {
        assertDate("2026年12月底前", Optional.of(LE), "2026-12底", "2026-12-31");
        assertDate("2026年12月底", Optional.empty(), "2026-12底", "2026-12-31");
        assertDate("2026年12月前", Optional.of(LE), "2026-12", "2026-12-31");
        assertDate("2026年底", Optional.empty(), "2026底", "2026-12-31");
        assertDate("2026年", Optional.empty(), "2026", "2026-12-31");
        assertDate("12月31日", Optional.empty(), "--12-31", "2024-12-31");
        assertDate("12月底", Optional.empty(), "--12底", "2024-12-31");
        assertDate("2026年12月底前完成相关印刷工作。", Optional.of(LE), "2026-12底", "2026-12-31");
        assertDate("2026年6月30日前", Optional.of(LE), "2026-06-30", "2026-06-30");
        assertDate("≤2026年12月", Optional.of(LE), "2026-12", "2026-12-31");
        assertDate("不晚于2026年9月", Optional.of(LE), "2026-09", "2026-09-30");
        assertDate("2026年内", Optional.of(LE), "2026", "2026-12-31");
        assertDate("2024年2月29日", Optional.empty(), "2024-02-29", "2024-02-29");
        assertDate("2026 年 12 月底", Optional.empty(), "2026-12底", "2026-12-31");
        IndicatorValue leapDay = IndicatorValue.parse("2月29日");
        assertEquals(Optional.empty(), leapDay.date().orElseThrow().lastDay(2025));
    }

    @Test
    void unreadableKeepsWhatWasReadAndWhereItStopped() {
        // 百分比 and 次数 are nouns (percentage, number of times), not units: 1百分比 may mean 1% or 100%.
        assertUnreadable("1百分比", Optional.empty(), "1", "百分比");
        assertUnreadable("≥7次数", Optional.of(GE), "7", "次数");
        assertUnreadable("4次数", Optional.empty(), "4", "次数");
        // A calendar period over a count: as printed "a quarter per issue", meant "an issue per quarter".
        assertUnreadable("≥1季度/期", Optional.of(GE), "1", "季度/期");
        // 平方 is "square", not a unit of area (平方米, 平方公里).
        assertUnreadable("150元/月/平方", Optional.empty(), "150", "元/月/平方");
        assertUnreadable("≥96万", Optional.of(GE), "96", "万");
        assertUnreadable("≤5天以上", Optional.of(LE), "5", "天以上");
        assertUnreadable("3-5次", Optional.empty(), "3", "-5次");
        assertUnreadable("1 000人", Optional.empty(), "1", " 000人");
        assertUnreadable("1,50人", Optional.empty(), "1", ",50人");
        assertUnreadable("95.%", Optional.empty(), "95", ".%");
        assertUnreadable("95%。", Optional.empty(), "95", "%。");
        assertUnreadable("≥上年", Optional.of(GE), "", "上年");
        assertUnreadable("≥", Optional.of(GE), "", "");
        assertUnreadable("2026年13月", Optional.empty(), "2026", "年13月");
        assertUnreadable("2025年2月29日", Optional.empty(), "2025", "年2月29日");
        assertUnreadable("2月30日", Optional.empty(), "2", "月30日");
        assertUnreadable("2026年度", Optional.empty(), "2026", "年度");
        assertUnreadable("5万元/万人", Optional.empty(), "5", "万元/万人");
        assertUnreadable("12345热线", Optional.empty(), "12345", "热线");
        assertUnreadable("10米", Optional.empty(), "10", "米");
    }

    @Test
    void qualitativeAndEmpty() {
        for (String text : new String[] {"合规", "及时", "优秀", "明显", "显著", "有效提升", "不适用", "不适用经济效益指标",
                "项目不适用", "全天", "全年", "是", "高", "保障市政府电子政务长期有效正常运转。", "春节期间完成",
                "高于全省平均水平", "-", "约50人", "达到预期目标", "不足之处及时整改"}) {
            IndicatorValue v = IndicatorValue.parse(text);
            assertAll(text,
                    () -> assertEquals(Kind.QUALITATIVE, v.kind()),
                    () -> assertEquals(text, v.text()),
                    () -> assertEquals(UnitFamily.UNKNOWN, v.family()),
                    () -> assertTrue(v.number().isEmpty() && v.comparator().isEmpty() && v.normalised().isEmpty()));
        }
        assertEquals(Kind.EMPTY, IndicatorValue.parse("").kind());
        assertEquals(Kind.EMPTY, IndicatorValue.parse(" \u3000").kind());
        assertEquals(" \u3000", IndicatorValue.parse(" \u3000").text());
        assertEquals(IndicatorValue.parse(""), IndicatorValue.parse(null));
    }

    @Test
    void helpersForTheChecker() {
        assertTrue(IndicatorValue.parse("≥95%").isPercent());
        assertFalse(IndicatorValue.parse("1百分比").isPercent());
        assertFalse(IndicatorValue.parse("≥5%/年").isPercent());
        assertEquals(Optional.of(new BigDecimal("96")), IndicatorValue.parse("≤96万元").wanYuan());
        assertEquals(Optional.of(new BigDecimal("1.0000")), IndicatorValue.parse("≤10000元").wanYuan());
        assertEquals(Optional.empty(), IndicatorValue.parse("450元/次").wanYuan());
        assertEquals(Optional.empty(), IndicatorValue.parse("≥90%").wanYuan());
        assertEquals(Optional.empty(), IndicatorValue.parse("≥96万").wanYuan());
    }

    private static void assertValue(String text, Comparator comparator, String number, String unit,
            UnitFamily family, String normalised) {
        assertQuantity(text, Optional.of(comparator), number, unit, family, normalised);
    }

    private static void assertValue(String text, String number, String unit, UnitFamily family, String normalised) {
        assertQuantity(text, Optional.empty(), number, unit, family, normalised);
    }

    private static void assertQuantity(String text, Optional<Comparator> comparator, String number, String unit,
            UnitFamily family, String normalised) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertAll(text,
                () -> assertEquals(text, v.text()),
                () -> assertEquals(Kind.QUANTITATIVE, v.kind()),
                () -> assertEquals(comparator, v.comparator()),
                () -> assertEquals(Optional.of(number), v.number().map(BigDecimal::toPlainString)),
                () -> assertEquals(unit, v.unit()),
                () -> assertEquals(family, v.family()),
                () -> assertEquals(Optional.of(normalised), v.normalised().map(Quantity::printed)),
                () -> assertEquals(Optional.empty(), v.date()));
    }

    private static void assertDate(String text, Optional<Comparator> comparator, String point, String lastDayIn2024) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertAll(text,
                () -> assertEquals(text, v.text()),
                () -> assertEquals(Kind.DATE, v.kind()),
                () -> assertEquals(UnitFamily.DATE, v.family()),
                () -> assertEquals(comparator, v.comparator()),
                () -> assertEquals(Optional.of(point), v.date().map(IndicatorValueTest::shown)),
                () -> assertEquals(lastDayIn2024, v.date().orElseThrow().lastDay(2024).orElseThrow().toString()),
                () -> assertTrue(v.number().isEmpty() && v.normalised().isEmpty() && v.unit().isEmpty()));
    }

    private static void assertUnreadable(String text, Optional<Comparator> comparator, String number, String rest) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertAll(text,
                () -> assertEquals(text, v.text()),
                () -> assertEquals(Kind.UNREADABLE, v.kind()),
                () -> assertEquals(comparator, v.comparator()),
                () -> assertEquals(number, v.number().map(BigDecimal::toPlainString).orElse("")),
                () -> assertEquals(rest, v.unit()),
                () -> assertEquals(UnitFamily.UNKNOWN, v.family()),
                () -> assertTrue(v.normalised().isEmpty() && v.date().isEmpty()));
    }

    /** ISO-like: 2026, 2026-12, 2026-12-31, --12-31 without a year; 底 when printed. */
    private static String shown(DatePoint d) {
        StringBuilder b = new StringBuilder(d.year().isPresent() ? String.valueOf(d.year().getAsInt()) : "-");
        d.month().ifPresent(m -> b.append('-').append(String.format("%02d", m)));
        d.day().ifPresent(day -> b.append('-').append(String.format("%02d", day)));
        return b.append(d.endOf() ? "底" : "").toString();
    }
}
