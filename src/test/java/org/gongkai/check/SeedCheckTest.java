package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.site.SiteRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code gongkai check} on the bundled seed documents: well-formed (no error), and every warning is one of
 * their real inconsistencies, found by reading the documents: nothing more, nothing less.
 */
class SeedCheckTest {

    static Findings findings;

    @BeforeAll
    static void check() {
        findings = new ContentCheck(new ContentLoader(Path.of("content")), SiteRenderer.MARKDOWN).run();
    }

    private static String key(Finding f) {
        return Path.of(f.at().file()).getParent().getFileName() + " " + f.at().line() + ":" + f.at().column() + " " + f.rule();
    }

    @Test
    void theSeedsAreWellFormed() {
        assertEquals(0, findings.count(Severity.ERROR), () -> findings.sorted().toString());
    }

    @Test
    void warningsAreExactlyTheSeedsRealInconsistencies() {
        List<String> warnings = findings.sorted().stream().filter(f -> f.severity() == Severity.WARNING).map(SeedCheckTest::key).toList();
        assertEquals(List.of(
                "huainan-szfb 194:11 text.classification",     // 行政管理事务: 淮办秘【2019】47号（秘密10年） in a public goal
                "huainan-szfb 315:9 cost.total-mismatch",      // 政府网站安全运行: ≤182.31万元 against 12.90
                "huaiyuan-xzfb 196:9 cost.total-mismatch",     // 信息化建设: 105.2万元 against 100.00
                "luan-szfb 179:9 indicator.value-missing",     // 内部刊物: "领导对时政局势掌握度 ≥93%" all in the 三级 cell
                "luan-szfb 181:9 indicator.value-missing",
                "luan-szfb 287:9 cost.total-mismatch",         // 营商环境: 29.4 + 29.8 against 129.20
                "luan-szfb 357:9 indicator.level2",            // 文印: 成本指标 under 成本指标
                "luan-szfb 392:9 cost.total-mismatch",         // 新闻发布厅: 3万元 against 7.00
                "yeji-qzfb 11:7 overall.task-without-table",   // 综合运行保障 has no table (机关业务专项经费 is likely it)
                "yeji-qzfb 16:7 overall.task-amount",          // the 整体支出 tasks carry amounts the tables print as 0.00
                "yeji-qzfb 21:7 overall.task-amount",
                "yeji-qzfb 26:7 overall.task-amount",
                "yeji-qzfb 31:7 overall.task-amount",
                "yeji-qzfb 91:5 overall.table-not-in-tasks",
                "yeji-qzfb 101:14 funds.zero-total",            // every 叶集 table prints 年度资金总额 0.00
                "yeji-qzfb 122:9 cost.total-mismatch",
                "yeji-qzfb 142:14 funds.zero-total",
                "yeji-qzfb 158:9 cost.total-mismatch",
                "yeji-qzfb 175:14 funds.zero-total",
                "yeji-qzfb 190:9 cost.total-mismatch",
                "yeji-qzfb 208:14 funds.zero-total",
                "yeji-qzfb 221:9 cost.total-mismatch",
                "yeji-qzfb 238:14 funds.zero-total",
                "yeji-qzfb 254:9 cost.total-mismatch"), warnings);
    }

    @Test
    void noticesIncludeTheTextAndPrecisionFindings() {
        List<String> notices = findings.sorted().stream().filter(f -> f.severity() == Severity.NOTICE).map(SeedCheckTest::key).toList();
        for (String expected : List.of(
                "huaiyuan-xzfb 18:7 list.amount-precision",   // 24.4 printed for 24.37
                "huaiyuan-xzfb 30:7 list.amount-precision",   // 113.7 for 113.68
                "huaiyuan-xzfb 33:7 list.amount-precision",   // 17.3 for 17.34
                "huainan-szfb 154:14 project.heading-name",    // “12345”政务服务便民热线运营项目 vs 12345政务热线服务项目
                "huainan-szfb 40:5 excluded.reason",          // 华侨事务补助 withheld as 上年结转
                "luan-szfb 27:9 text.doubled",                // 来电服务服务时间
                "luan-szfb 33:9 text.latin",                  // 企业 and 群众
                "luan-szfb 57:11 text.doubled",               // 实现实现
                "huainan-szfb 313:9 value.unreadable")) {     // 1百分比
            assertTrue(notices.contains(expected), expected + " among " + notices);
        }
    }
}
