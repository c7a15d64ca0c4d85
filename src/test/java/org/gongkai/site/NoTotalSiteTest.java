package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.ContentCheck;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.testing.NoTotalSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A project whose form printed no readable 年度资金总额, through the whole pipeline: it loads with its total absent
 * (not 0), check warns of it once and compares nothing with it, its pages say 未列出, every sum leaves it out and
 * says so (the downloads: NoTotalDownloadsTest).
 */
class NoTotalSiteTest {

    private static final String WARNING = "项目“河道综合治理项目”没有年度资金总额：原表未印出或导入时未能读出。"
            + "请按原表补上 funds.total，网站上该项目的金额显示为“未列出”。";

    @Test
    void theProjectLoadsWithItsSourcesAndNoTotal() {
        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(NoTotalSite.CONTENT);
        Catalog catalog = loader.catalog(findings).orElseThrow();
        Disclosure d = loader.disclosure(catalog.disclosures().get(0), findings).orElseThrow();
        assertEquals(List.of(), findings.sorted());
        Funds without = d.projects().get(1).funds();
        assertEquals(Optional.empty(), without.total());
        assertEquals(Optional.empty(), without.totalInWan());
        assertEquals(List.of("FISCAL 814662.98", "OTHER 794.55"),
                without.sources().stream().map(s -> s.kind() + " " + s.amount().printed()).toList());
        Funds with = d.projects().get(0).funds();
        assertEquals(Optional.of("120.00"), with.total().map(Money::printed));
    }

    @Test
    void checkWarnsOfTheMissingTotalAndOfNothingElse() {
        List<Finding> found = new ContentCheck(new ContentLoader(NoTotalSite.CONTENT), SiteRenderer.MARKDOWN).run()
                .sorted();
        assertEquals(List.of("funds.no-total WARNING 28:5 " + WARNING),
                found.stream().map(f -> f.rule() + " " + f.severity() + " " + f.at().line() + ":" + f.at().column()
                        + " " + f.message()).toList());
    }

    @Test
    void theProjectPageShowsTheTotalAsNotListed() throws IOException {
        Document page = NoTotalSite.page(NoTotalSite.UNTOTALLED);
        assertEquals(List.of("年度资金总额： 未列出", "其中：财政拨款 814662.98", "其他资金 794.55"), fundRows(page));
        assertEquals(List.of("年度资金总额： 120.00", "其中：财政拨款 120.00"),
                fundRows(NoTotalSite.page(NoTotalSite.TOTALLED)));
    }

    @Test
    void theYearPageListsTheAmountAsNotListedAndItsSumSaysWhatItLeavesOut() throws IOException {
        Document year = NoTotalSite.page(NoTotalSite.YEAR);
        assertEquals(List.of("1 堤防巡查维护项目 120.00", "2 河道综合治理项目 未列出"), year.select("table.list tbody tr").eachText());
        assertEquals(List.of("年度资金总额 120.00 万元 · 6 项指标", "年度资金总额 未列出 · 6 项指标"),
                year.select("ol.projects .meta").eachText());
        assertEquals("120.00 万元（另有 1 个项目未列出金额）",
                year.select("dl.facts dt:contains(年度资金合计) + dd").text());
        assertEquals(List.of("堤防巡查维护项目 120.00"), year.select("#chart-projects table.chart-data tbody tr").eachText(),
                "the project without a total has no bar");
        // Its sources are known amounts and count; the rest of a total that is unknown is not 未列明来源.
        assertEquals(List.of("财政拨款 201.466298", "其他资金 0.079455"),
                year.select("#chart-sources table.chart-data tbody tr").eachText());
        // Every chart says what it leaves out.
        assertEquals(List.of("横向条形图，1个项目的年度资金总额（另有 1 个项目未列出金额），单位万元，按金额从高到低排列。图下表格列出每个项目的金额。",
                "横向条形图，各项目年度资金按来源合计，单位万元：财政拨款201.466298万元，其他资金0.079455万元；"
                        + "年度资金总额合计120.00万元（另有 1 个项目未列出金额）。"),
                year.select("desc").eachText());
    }

    @Test
    void theOfficeAndHomePagesSumsSayWhatTheyLeaveOut() throws IOException {
        assertEquals(List.of("1 个项目，合计 90.00 万元", "2 个项目，合计 120.00 万元（另有 1 个项目未列出金额）"),
                NoTotalSite.page("shuili/").select("ul.years .meta").eachText());
        assertEquals(List.of("2025年度：1 份公开文件，1 个项目，年度资金合计 90.00 万元",
                "2024年度：1 份公开文件，2 个项目，年度资金合计 120.00 万元（另有 1 个项目未列出金额）"),
                NoTotalSite.page("").select("ul.year-totals li").eachText());
        assertEquals("合计（按上表各行计算；另有 1 个项目未列出金额） 120.00",
                NoTotalSite.page("shuili/2024/").select("table.list tfoot tr").text());
    }

    /** The same project in the next year, which printed its total, is compared with it: one amount is not listed. */
    @Test
    void theComparisonShowsTheTotalAsNotListed() throws IOException {
        Document index = NoTotalSite.page("compare/");
        String group = index.selectFirst("a:contains(河道综合治理)").attr("href");
        Document page = NoTotalSite.page("compare/" + group);
        assertEquals(List.of("年度资金总额（万元） 未列出 90.00"), page.select("tr.sum").eachText());
    }

    private static List<String> fundRows(Document page) {
        return page.select("table.project tr:has(th.fund)").stream()
                .map(r -> r.select("th.fund").text() + " " + r.select("td.num").text()).toList();
    }
}
