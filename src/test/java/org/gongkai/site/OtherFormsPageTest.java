package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.gongkai.testing.FormsSite;
import org.gongkai.testing.SeedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A project page shows what another province's form prints, where the form prints it: its own title, the further
 * header rows, 总体目标 before 年度目标 and 长期目标 after it, every funds source with the parts of 财政拨款 under
 * it and the notes beside the amounts, the further indicator columns that the table has, and the rows below it.
 */
class OtherFormsPageTest {

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }

    @Test
    void theCaptionIsTheFormsOwnTitle() throws IOException {
        assertEquals("项目支出绩效目标申报表（2023年度）", FormsSite.page(FormsSite.FULL).selectFirst("caption").text());
        assertEquals("项目支出绩效目标表（2023年度）", FormsSite.page(FormsSite.STANDARD).selectFirst("caption").text());
    }

    /** Every row label of the form, top to bottom, with the 绩效指标 group in its place. */
    @Test
    void theRowsStandWhereTheFormPrintsThem() throws IOException {
        Document page = FormsSite.page(FormsSite.FULL);
        assertEquals(List.of("项目责任人", "项目名称", "主管部门及代码", "项目类别", "项目来源", "项目期限", "项目概况", "项目属性",
                "立项依据", "项目资金（元）", "总体目标", "年度目标", "长期目标", "绩效指标", "填表人", "联系电话", "审核意见", "注"),
                texts(page, "table.project > tbody > tr > th:first-child:not(.l1):not(.l2):not(.fund)"));
        assertEquals(List.of("实施单位", "归口科室"),
                texts(page, "table.project th[scope=row]:not(:first-child):not(.fund)"));
        assertEquals("新建高标准农田1万亩，配套建设机耕道和灌排沟渠。", cellAfter(page, "项目概况"));
        assertEquals("《全国高标准农田建设规划（2021—2030年）》", cellAfter(page, "立项依据"));
        assertEquals("三年建成高标准农田3万亩。", cellAfter(page, "总体目标"));
        assertEquals("稳定粮食产能。", cellAfter(page, "长期目标"));
        assertEquals("农田建设科", cellAfter(page, "归口科室"));
        page.outputSettings().prettyPrint(false);
        assertEquals("1.绩效指标分值合计为100分。<br>2.本表金额单位为元。",
                page.select("table.project th:matchesOwn(^注$) + td").html(), "its lines kept");
    }

    @Test
    void everyFundsSourceIsListedWithItsNote() throws IOException {
        Document page = FormsSite.page(FormsSite.FULL);
        assertEquals(List.of("年度资金总额： 8540000（高标准农田建设400万元,示范建设295万元,畅通工程159万元）", "预算资金 8540000",
                "其中：财政拨款 8540000", "其中：一般公共预算 8000000", "政府性基金 540000（土地出让收入安排）", "上级资金 3000000",
                "自有资金 0", "其他收入 0"),
                page.select("th.fund").stream().map(th -> th.text() + " " + th.nextElementSibling().text()).toList());
        assertEquals(List.of("其中：一般公共预算", "政府性基金"), texts(page, "th.fund.part"));
        assertEquals(List.of("（高标准农田建设400万元,示范建设295万元,畅通工程159万元）", "（土地出让收入安排）"),
                texts(page, "td.num .fund-note"));
    }

    /** Only the further columns some row has, each in its own cell; rows without one leave it empty. */
    @Test
    void furtherIndicatorColumnsAreThoseTheTableHas() throws IOException {
        Document full = FormsSite.page(FormsSite.FULL);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "指标方向", "分值", "备注"),
                texts(full, "table.project th[scope=col]"));
        assertEquals(List.of("公里", "定量", "正向", "10", "以竣工验收为准"), texts(full, "#r2 td.extra"));
        assertEquals(List.of("", "", "", "", ""), texts(full, "#r1 td.extra"));
        assertEquals(List.of("计量单位：公里", "指标性质：定量", "指标方向：正向", "分值：10", "备注：以竣工验收为准"),
                texts(full, "#r2 td.val .extras > span"), "the copy a phone shows in the 指标值 cell");
        assertEquals(List.of("计量单位：%", "指标性质：定量", "指标方向：正向", "分值：10"),
                texts(full, "#r3 td.val .extras > span"), "no line for a column the row leaves empty");

        Document standard = FormsSite.page(FormsSite.STANDARD);
        assertEquals(List.of("一级指标", "三级指标", "指标值", "绩效标准"), texts(standard, "table.project th[scope=col]"));
        assertEquals("2", standard.selectFirst("table.project th:matchesOwn(^三级指标$)").attr("colspan"),
                "a form without 二级 gives its column to 三级");
        assertEquals(List.of("按公路养护技术规范", "省定标准", ""), texts(standard, "td.extra"));
    }

    /** The seeds' pages have none of this: their markup is as before (the golden fixture holds it byte for byte). */
    @Test
    void aSeedFormHasNoneOfIt() throws IOException {
        Document seed = SeedSite.page("luan-szfb/2026/las12345zwfwbmrxjxfwxm/");
        assertEquals("项目支出绩效目标表（2026年度）", seed.selectFirst("caption").text());
        assertEquals(List.of(), texts(seed, ".extra, .extras, .fund-note, th.part, table.extended"));
        // The same selectors find the further columns where a form has them, so their absence above says something.
        Document full = FormsSite.page(FormsSite.FULL);
        assertEquals(1, full.select("table.extended").size());
        assertEquals(List.of("（高标准农田建设400万元,示范建设295万元,畅通工程159万元）", "（土地出让收入安排）"),
                texts(full, ".fund-note"));
    }

    private static String cellAfter(Document page, String label) {
        return page.select("table.project th:matchesOwn(^" + label + "$) + td").text();
    }
}
