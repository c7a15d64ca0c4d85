package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.gongkai.testing.SeedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Totals a citizen can trust on the seed site: the home page gives each budget year its own total instead of adding
 * 2024 and 2026 together, and a 公开清单 that prints no total gets a 合计 of its own rows, marked as computed.
 */
class YearTotalsTest {

    @Test
    void theHomePageTotalsEachYearOnItsOwn() throws IOException {
        Document home = SeedSite.page("");
        assertEquals(List.of(
                "2026年度：1 份公开文件，12 个项目，年度资金合计 1720.76 万元",
                "2024年度：3 份公开文件，25 个项目，年度资金合计 1686.86 万元"),
                home.select("ul.year-totals li").eachText());
        // Each year's figure is the sum of its year pages' own totals, as those pages print them.
        assertEquals("1720.76", yearTotal("luan-szfb/2026/"));
        assertEquals(new java.math.BigDecimal("1686.86"), new java.math.BigDecimal(yearTotal("huainan-szfb/2024/"))
                .add(new java.math.BigDecimal(yearTotal("huaiyuan-xzfb/2024/")))
                .add(new java.math.BigDecimal(yearTotal("yeji-qzfb/2024/"))));
        assertFalse(home.select("p.lead").text().contains("合计"), home.select("p.lead").text());
    }

    /** 怀远 2024's list adds up to 572.00 as printed, while its tables total 571.99: both are shown, neither changed. */
    @Test
    void aListWithoutATotalGetsOneOfItsOwnRowsMarkedAsComputed() throws IOException {
        Document year = SeedSite.page("huaiyuan-xzfb/2024/");
        assertEquals("合计（按上表各行计算，原表未列合计） 572.00", year.select("table.list tfoot tr").text());
        assertEquals("571.99", yearTotal("huaiyuan-xzfb/2024/"));
        // The list's rows are printed as the original has them.
        assertEquals("24.4", year.select("table.list tbody tr").get(4).select("td.num").text());
    }

    /** The year page's own 年度资金合计 (the sum of its project tables), as its facts list prints it. */
    private static String yearTotal(String page) throws IOException {
        Document year = SeedSite.page(page);
        return year.select("dl.facts dt:containsOwn(年度资金合计) + dd .num").text();
    }
}
