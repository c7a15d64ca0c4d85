package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.FormsSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The downloads carry what other provinces' forms print: every funds source in 万元 with the notes printed beside
 * the amounts, the form's title and further texts, its rows in order, and the further indicator columns; in CSV
 * after the seeds' columns, which keep their order, and in JSON under the same names.
 */
class OtherFormsDownloadsTest {

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = FormsSite.root();
    }

    @Test
    void theNewColumnsFollowTheSeedsColumnsInTheirOrder() {
        List<String> projects = Downloads.PROJECTS.headers();
        assertEquals(List.of("indicator_count", "url", "budget", "general", "government_fund", "state_capital",
                "superior", "own", "business_income", "operating_income", "other_income", "funds_notes", "form_title", "category", "division", "overview",
                "period_goal", "long_term_goal", "form_rows", "after_rows"),
                projects.subList(projects.indexOf("indicator_count"), projects.size()));
        List<String> rows = Downloads.INDICATORS.headers();
        assertEquals(List.of("date", "url", "measure_unit", "standard", "nature", "direction", "score", "remark"),
                rows.subList(rows.indexOf("date"), rows.size()));
    }

    @Test
    void projectsCsvHasEverySourceAndTheFormsTexts() throws IOException {
        Map<String, String> p = DownloadsTest.records(site.resolve("data/projects.csv")).get(0);
        assertEquals("元", p.get("funds_unit"));
        assertEquals(List.of("854.00", "854.00", "854.00", "800.00", "54.00", "", "300.00", "0.00", "0.00", "", "",
                "", ""), values(p, "total", "budget", "fiscal", "general", "government_fund",
                "state_capital", "superior", "own", "other_income", "bond", "carryover", "other", "field"));
        assertEquals("年度资金总额：高标准农田建设400万元,示范建设295万元,畅通工程159万元\n政府性基金：土地出让收入安排",
                p.get("funds_notes"));
        assertEquals(List.of("项目支出绩效目标申报表", "专项业务费", "农田建设科", "新建高标准农田1万亩，配套建设机耕道和灌排沟渠。",
                "三年建成高标准农田3万亩。", "建成高标准农田1万亩。", "稳定粮食产能。"),
                values(p, "form_title", "category", "division", "overview", "period_goal", "goal", "long_term_goal"));
        assertEquals("项目属性：延续项目\n立项依据：《全国高标准农田建设规划（2021—2030年）》", p.get("form_rows"));
        assertEquals("填表人：李某\n联系电话：0731-7654321\n审核意见：同意\n注：1.绩效指标分值合计为100分。\n2.本表金额单位为元。",
                p.get("after_rows"));

        Map<String, String> second = DownloadsTest.records(site.resolve("data/projects.csv")).get(1);
        assertEquals(List.of("", "经常性项目", "", "上年结转：2022年未完工程结转", "", ""),
                values(second, "form_title", "category", "division", "funds_notes", "form_rows", "after_rows"));
    }

    @Test
    void indicatorsCsvHasTheFurtherColumnsOfEachRow() throws IOException {
        List<Map<String, String>> rows = DownloadsTest.records(site.resolve("data/indicators.csv"));
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            byRow.put(r.get("table") + " " + r.get("project_id") + " " + r.get("row"),
                    values(r, "value", "measure_unit", "standard", "nature", "direction", "score", "remark"));
        }
        assertEquals(List.of("12", "公里", "", "定量", "正向", "10", "以竣工验收为准"), byRow.get("project gbzntjs 2"));
        assertEquals(List.of("≥1万亩", "", "", "", "", "", ""), byRow.get("project gbzntjs 1"));
        assertEquals(List.of("≥300公里", "", "按公路养护技术规范", "", "", "", ""), byRow.get("project ncglyh 1"));
        assertEquals(List.of("稳步提升", "", "", "", "", "", "以统计部门数据为准"), byRow.get("overall  2"),
                "the 整体支出 table's rows have them too");
    }

    /** JSON has the same values under the CSV's names; amounts are strings, and an absent source is null. */
    @Test
    void jsonHoldsTheSameFields() throws IOException {
        JsonNode p = new ObjectMapper().readTree(site.resolve("data/data.json").toFile())
                .get("disclosures").get(0).get("projects").get(0);
        assertEquals("800.00", p.get("general").textValue());
        assertEquals(true, p.get("state_capital").isNull());
        assertEquals("项目属性：延续项目\n立项依据：《全国高标准农田建设规划（2021—2030年）》", p.get("form_rows").textValue());
        assertEquals("以竣工验收为准", p.get("indicators").get(1).get("remark").textValue());
        assertEquals("公里", p.get("indicators").get(1).get("measure_unit").textValue());
    }

    private static List<String> values(Map<String, String> record, String... columns) {
        return Arrays.stream(columns).map(record::get).toList();
    }
}
