package org.gongkai.content.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.model.StatedCounts;
import org.gongkai.content.write.YamlScalars.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer's layout, its quoting decisions, and that Jackson reads every text back unchanged. */
class DisclosureWriterTest {

    private static final SourcePosition AT = new SourcePosition("t.yaml", 1, 1);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Money money(String s) {
        return new Money(new BigDecimal(s), AT);
    }

    /** Text as written in a block mapping and inside a flow sequence; '¦' separates input and expectations. */
    @ParameterizedTest
    @CsvSource(delimiter = '¦', quoteCharacter = '^', value = {
        // plain text, as published
        "≥90万件 ¦ ≥90万件 ¦ ≥90万件",
        "2026年12月底前 ¦ 2026年12月底前 ¦ 2026年12月底前",
        "100% ¦ 100% ¦ 100%",
        "<1% ¦ <1% ¦ <1%",
        "“放管服”改革 ¦ “放管服”改革 ¦ “放管服”改革",
        "政策研究，督查 ¦ 政策研究，督查 ¦ 政策研究，督查",
        "a and b ¦ a and b ¦ a and b",
        "12345zwrxfwxm ¦ 12345zwrxfwxm ¦ 12345zwrxfwxm",
        "合同服务期：2022.7 ¦ 合同服务期：2022.7 ¦ 合同服务期：2022.7",
        "市本级因公出国(境)经费 ¦ 市本级因公出国(境)经费 ¦ 市本级因公出国(境)经费",
        // things YAML would read as another type
        "2024 ¦ \"2024\" ¦ \"2024\"",
        "1.5 ¦ \"1.5\" ¦ \"1.5\"",
        "0.00 ¦ \"0.00\" ¦ \"0.00\"",
        "1e3 ¦ \"1e3\" ¦ \"1e3\"",
        "0x1F ¦ \"0x1F\" ¦ \"0x1F\"",
        "1:20 ¦ \"1:20\" ¦ \"1:20\"",
        ".inf ¦ \".inf\" ¦ \".inf\"",
        "2024-01-25 ¦ \"2024-01-25\" ¦ \"2024-01-25\"",
        "true ¦ \"true\" ¦ \"true\"",
        "No ¦ \"No\" ¦ \"No\"",
        "y ¦ \"y\" ¦ \"y\"",
        "null ¦ \"null\" ¦ \"null\"",
        "~ ¦ \"~\" ¦ \"~\"",
        "<< ¦ \"<<\" ¦ \"<<\"",
        // indicator characters at the start
        "-5 ¦ \"-5\" ¦ \"-5\"",
        "- 列表 ¦ \"- 列表\" ¦ \"- 列表\"",
        "[bookmark] ¦ \"[bookmark]\" ¦ \"[bookmark]\"",
        "#1 ¦ \"#1\" ¦ \"#1\"",
        "&锚 ¦ \"&锚\" ¦ \"&锚\"",
        "*星 ¦ \"*星\" ¦ \"*星\"",
        "!标签 ¦ \"!标签\" ¦ \"!标签\"",
        "%百分 ¦ \"%百分\" ¦ \"%百分\"",
        "@at ¦ \"@at\" ¦ \"@at\"",
        "`反引号 ¦ \"`反引号\" ¦ \"`反引号\"",
        "|竖线 ¦ \"|竖线\" ¦ \"|竖线\"",
        ">大于 ¦ \">大于\" ¦ \">大于\"",
        "?问 ¦ \"?问\" ¦ \"?问\"",
        ":冒号 ¦ \":冒号\" ¦ \":冒号\"",
        ",逗号 ¦ \",逗号\" ¦ \",逗号\"",
        "{花括号} ¦ \"{花括号}\" ¦ \"{花括号}\"",
        "'单引号' ¦ \"'单引号'\" ¦ \"'单引号'\"",
        // inside the text
        "键: 值 ¦ \"键: 值\" ¦ \"键: 值\"",
        "文字 #注释 ¦ \"文字 #注释\" ¦ \"文字 #注释\"",
        "结尾冒号: ¦ \"结尾冒号:\" ¦ \"结尾冒号:\"",
        "a,b ¦ a,b ¦ \"a,b\"",
        "a[1] ¦ a[1] ¦ \"a[1]\"",
        "a{b} ¦ a{b} ¦ \"a{b}\"",
        "a:b ¦ a:b ¦ \"a:b\"",
        "C# ¦ C# ¦ \"C#\"",
        "引\"号 ¦ 引\"号 ¦ 引\"号",
    })
    void quoting(String text, String block, String flow) {
        assertEquals(block, YamlScalars.inline(text, Context.BLOCK), "block");
        assertEquals(flow, YamlScalars.inline(text, Context.FLOW), "flow");
    }

    @Test
    void quotingOfSpacesAndControlCharacters() {
        assertEquals("\"\"", YamlScalars.inline("", Context.BLOCK));
        assertEquals("\" 前导空格\"", YamlScalars.inline(" 前导空格", Context.BLOCK));
        assertEquals("\"尾随空格 \"", YamlScalars.inline("尾随空格 ", Context.BLOCK));
        assertEquals("\"\u3000全角空格\"", YamlScalars.inline("\u3000全角空格", Context.BLOCK));
        assertEquals("\"制\\t表\"", YamlScalars.inline("制\t表", Context.BLOCK));
        assertEquals("\"两\\n行\"", YamlScalars.inline("两\n行", Context.FLOW));
        assertEquals("反\\斜\"线", YamlScalars.inline("反\\斜\"线", Context.FLOW));
        assertEquals("\"响\\x07铃\"", YamlScalars.inline("响\u0007铃", Context.BLOCK));
        assertEquals("\"\\uFEFF\"", YamlScalars.inline("\uFEFF", Context.BLOCK));
    }

    @Test
    void literalBlocksOnlyWhereTheyReadBackExactly() {
        assertEquals("|-", YamlScalars.literalHeader("一\n二"));
        assertEquals("|", YamlScalars.literalHeader("一\n二\n"));
        assertEquals("", YamlScalars.literalHeader("一行"));
        assertEquals("", YamlScalars.literalHeader(" 一\n二"));
        assertEquals("", YamlScalars.literalHeader("一 \n二"));
        assertEquals("", YamlScalars.literalHeader("一\n二\n\n"));
        assertEquals("|-", YamlScalars.literalHeader("一\n\n  二: #三"));
    }

    private static Project project(String id, String name, String goal, List<IndicatorRow> rows) {
        return new Project(id, Optional.of("1.“放管服”改革和营商环境监督专项项目"), name, new Department("009", "淮南市人民政府办公室"),
                "淮南市人民政府办公室", "本级申报项目", Optional.of(""),
                new ProjectPeriod("3年", Optional.of(""), Optional.empty()), Optional.of(""),
                new Funds("万元", money("96.00"), Optional.of(money("96.00")), Optional.empty(), Optional.empty(),
                        Optional.of(money("0.00"))),
                goal, rows, AT);
    }

    private static Disclosure full() {
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("产出指标", "数量指标", "全市放管服及营商环境优化等次", "优秀", AT),
                new IndicatorRow("效益指标", "经济效益", "", "", AT));
        OverallBudget overall = new OverallBudget("部门（单位）整体支出绩效目标申报表", "六安市叶集区人民政府办公室", "万元",
                List.of(new OverallTask("基本支出", "保障人大办基本运转支出", money("465.86"), Optional.of(money("465.86")),
                        Optional.of(money("0.00")), AT)),
                Optional.of(new OverallSum(money("644.02"), Optional.of(money("644.02")), Optional.of(money("0.00")))),
                "保障政府办开展各项工作", List.of(new IndicatorRow("产出指标", "数量指标", "政策解读视频", "≥3个", AT)), AT);
        return new Disclosure("huainan-szfb", 2024, Optional.of("淮南市人民政府办公室2024年度项目支出绩效目标"),
                Optional.of(LocalDate.of(2024, 2, 10)), Optional.of(LocalDate.of(2024, 1, 25)),
                Optional.of(new PublishedList("项目支出绩效目标公开清单", "万元",
                        List.of(new ListItem("1", "“放管服”改革和营商环境监督专项经费", money("96"), AT),
                                new ListItem("01", "政务公开工作专项经费", money("24.4"), AT)))),
                List.of("注：“华侨事务补助”项目涉及金额2.26万元，为上年结转项目，不公开项目绩效目标表。"),
                List.of(new ExcludedItem("华侨事务补助", Optional.of(money("2.26")), "上年结转", AT)),
                new StatedCounts(OptionalInt.of(11), OptionalInt.of(0)), Optional.of(overall),
                List.of(project("fgfgghyshjjdzxjf", "“放管服”改革和营商环境监督专项经费", "第一行\n第二行", rows)),
                Optional.of("本站说明。\n"), AT);
    }

    @Test
    void layoutFollowsTheContentFormat() {
        String expected = """
                year: 2024
                title: 淮南市人民政府办公室2024年度项目支出绩效目标
                published: 2024-02-10
                approved: 2024-01-25
                list:
                  title: 项目支出绩效目标公开清单
                  items:
                    - no: 1
                      name: “放管服”改革和营商环境监督专项经费
                      amount: 96
                    - no: "01"
                      name: 政务公开工作专项经费
                      amount: 24.4
                notes:
                  - 注：“华侨事务补助”项目涉及金额2.26万元，为上年结转项目，不公开项目绩效目标表。
                excluded:
                  - name: 华侨事务补助
                    amount: 2.26
                    reason: 上年结转
                counts:
                  total: 11
                  secret: 0
                overall:
                  title: 部门（单位）整体支出绩效目标申报表
                  unit_name: 六安市叶集区人民政府办公室
                  tasks:
                    - name: 基本支出
                      content: 保障人大办基本运转支出
                      total: 465.86
                      fiscal: 465.86
                      other: 0.00
                  sum:
                    total: 644.02
                    fiscal: 644.02
                    other: 0.00
                  goal: 保障政府办开展各项工作
                  indicators:
                    - [产出指标, 数量指标, 政策解读视频, ≥3个]
                projects:
                  - id: fgfgghyshjjdzxjf
                    heading: 1.“放管服”改革和营商环境监督专项项目
                    name: “放管服”改革和营商环境监督专项经费
                    department:
                      code: "009"
                      name: 淮南市人民政府办公室
                    implementer: 淮南市人民政府办公室
                    source: 本级申报项目
                    field: ""
                    period:
                      term: 3年
                      construction: ""
                    responsible: ""
                    funds:
                      total: 96.00
                      fiscal: 96.00
                      other: 0.00
                    goal: |-
                      第一行
                      第二行
                    indicators:
                      - [产出指标, 数量指标, 全市放管服及营商环境优化等次, 优秀]
                      - [效益指标, 经济效益, "", ""]
                remarks: |
                  本站说明。
                """;
        assertEquals(expected, new DisclosureWriter().write(full()));
    }

    @Test
    void emptyOptionalPartsAreOmittedAndOtherUnitsWritten() {
        Project p = new Project("a", Optional.empty(), "项目", new Department("", "单位"), "单位", "来源",
                Optional.empty(), new ProjectPeriod("1年", Optional.empty(), Optional.empty()), Optional.empty(),
                new Funds("元", money("5"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                "", List.of(), AT);
        Disclosure d = new Disclosure("x", 2025, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), StatedCounts.NONE, Optional.empty(), List.of(p),
                Optional.empty(), AT);
        assertEquals("""
                year: 2025
                projects:
                  - id: a
                    name: 项目
                    department:
                      code: ""
                      name: 单位
                    implementer: 单位
                    source: 来源
                    period:
                      term: 1年
                    funds:
                      unit: 元
                      total: 5
                    goal: ""
                    indicators: []
                """, new DisclosureWriter().write(d));
    }

    /**
     * A total the form did not print readably is no key at all, never 0; funds with nothing readable are an empty
     * mapping, since a bare "funds:" would read as null.
     */
    @Test
    void aTotalLeftOutIsNotWritten() {
        Project sources = project("a", new Funds("元", Optional.empty(),
                List.of(new Funds.Source(Funds.Kind.FISCAL, money("814662.98"))), Map.of()));
        Project nothing = project("b", new Funds("万元", Optional.empty(), List.of(), Map.of()));
        Disclosure d = new Disclosure("x", 2025, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), StatedCounts.NONE, Optional.empty(), List.of(sources, nothing),
                Optional.empty(), AT);
        String yaml = new DisclosureWriter().write(d);
        assertTrue(yaml.contains("""
                    funds:
                      unit: 元
                      fiscal: 814662.98
                    goal: ""
                """), yaml);
        assertTrue(yaml.contains("""
                    funds: {}
                    goal: ""
                """), yaml);
    }

    private static Project project(String id, Funds funds) {
        return new Project(id, Optional.empty(), "项目", new Department("", "单位"), "单位", "来源", Optional.empty(),
                new ProjectPeriod("1年", Optional.empty(), Optional.empty()), Optional.empty(), funds, "", List.of(),
                AT);
    }

    @Test
    void correctionsAreWrittenAfterTheDatesOldestFirst() {
        Disclosure earlier = new Disclosure("x", 2025, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), StatedCounts.NONE, Optional.empty(), List.of(),
                Optional.empty(), AT);
        Disclosure d = new Disclosure("x", 2025, Optional.empty(), Optional.of(LocalDate.of(2025, 2, 6)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), StatedCounts.NONE, Optional.empty(), List.of(), Optional.empty(),
                AT, List.of(), List.of(
                        new Correction(1, LocalDate.of(2025, 2, 20), "金额由35.00更正为3.50。", earlier, AT, AT),
                        new Correction(2, LocalDate.of(2025, 3, 5), "删除误列的项目。\n其余不变。", earlier, AT, AT)),
                Optional.empty());
        assertEquals("""
                year: 2025
                published: 2025-02-06
                corrections:
                  - version: 1
                    date: 2025-02-20
                    note: 金额由35.00更正为3.50。
                  - version: 2
                    date: 2025-03-05
                    note: |-
                      删除误列的项目。
                      其余不变。
                projects: []
                """, new DisclosureWriter().write(d));
    }

    @Test
    void officeYaml() {
        Office office = new Office("luan-szfb", "六安市人民政府办公室", "luan", "003",
                Optional.of("六安市人民政府办公室是市政府的办事机构。\n负责……"), AT);
        assertEquals("""
                id: luan-szfb
                name: 六安市人民政府办公室
                region: luan
                code: "003"
                introduction: |-
                  六安市人民政府办公室是市政府的办事机构。
                  负责……
                """, new DisclosureWriter().writeOffice(office));
    }

    /** Texts chosen to trip a writer up; each must come back from Jackson exactly, wherever it is written. */
    private static final List<String> TRICKY = List.of(
            "2024", "1.5", "0.00", "true", "no", "null", "~", "", " 空格在前", "空格在后 ", "键: 值", "文字 #注释",
            "- 破折", "[方括号]", "a, b", "a,b", "{x}", "\"引号\"", "'单引号'", "反\\斜", "制\t表", "两\n行",
            "三\n\n行", " 缩进\n行", "行尾空格 \n下一行", "结尾换行\n", "&a", "*a", "!a", "%a", "@a", "`a", "|a", ">a",
            "?a", ":a", "#a", "2024-01-01", "1:20", "0x10", "0o17", ".nan", "-.inf", "+1", "=", "<<", "y", "Y", "On",
            "\u3000全角", "≥93%", "24×7×365", "a: b: c", "C#", "http://example.org/#x", "1百分比", "≥7次数");

    @Test
    void jacksonReadsEveryTrickyTextBack() throws Exception {
        List<IndicatorRow> rows = new ArrayList<>();
        for (String t : TRICKY) {
            rows.add(new IndicatorRow(t, t, t, t, AT));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            projects.add(project("p" + i, TRICKY.get(i), TRICKY.get(i), rows));
        }
        Disclosure d = new Disclosure("x", 2024, Optional.of("标题"), Optional.empty(), Optional.empty(),
                Optional.empty(), TRICKY, List.of(), StatedCounts.NONE, Optional.empty(), projects,
                Optional.empty(), AT);
        String yaml = new DisclosureWriter().write(d);
        assertTrue(yaml.endsWith("\n") && !yaml.endsWith("\n\n"));
        JsonNode root = YAML.readTree(yaml);
        for (int i = 0; i < TRICKY.size(); i++) {
            String t = TRICKY.get(i);
            assertText(t, root.get("notes").get(i));
            JsonNode p = root.get("projects").get(i);
            assertText(t, p.get("name"));
            assertText(t, p.get("goal"));
            JsonNode row = p.get("indicators").get(i);
            assertEquals(4, row.size());
            for (JsonNode cell : row) {
                assertText(t, cell);
            }
        }
        assertEquals("009", root.get("projects").get(0).get("department").get("code").textValue());
    }

    private static void assertText(String expected, JsonNode node) {
        assertTrue(node.isTextual(), () -> "not a string: " + node + " for " + expected);
        assertEquals(expected, node.textValue());
    }

    @Test
    void outputIsDeterministic() {
        DisclosureWriter writer = new DisclosureWriter();
        assertEquals(writer.write(full()), writer.write(full()));
    }
}
