package org.gongkai.site.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * How rows of different names come to share a line of a comparison table, and when they must not: each case sets two
 * projects' rows side by side and lists the lines, a line as its rows' 三级 names by column ("-" for none).
 */
class AlignmentTest {

    private static Indicators.Line row(String level1, String level2, String level3, String value) {
        return new Indicators.Line(level1, level2, level3, value);
    }

    /** The lines as text: per column the 三级 name and value of its row, "-" where it has none. */
    private static List<String> lines(List<Indicators.Line> first, List<Indicators.Line> second) {
        List<String> out = new ArrayList<>();
        for (Alignment.Line line : Alignment.lines(List.of(first, second))) {
            List<String> cells = new ArrayList<>();
            for (Alignment.Cell cell : line.cells) {
                cells.add(cell == null ? "-" : cell.level3() + " " + cell.value());
            }
            out.add(String.join(" | ", cells) + (line.aligned() ? " (aligned)" : ""));
        }
        return out;
    }

    @Test
    void satisfactionOfTwoNamesSharesALineAndTheRowWithoutCommonWordsStaysApart() {
        assertEquals(List.of("群众满意度 ≥95% | 服务对象满意度指标 ≥98% (aligned)", "- | 办结率 ≥99%"), lines(
                List.of(row("满意度指标", "满意度指标", "群众满意度", "≥95%")),
                List.of(row("满意度指标", "服务对象满意度", "服务对象满意度指标", "≥98%"),
                        row("满意度指标", "服务对象满意度", "办结率", "≥99%"))));
    }

    @Test
    void theRowWithMoreCharactersInCommonJoinsFirst() {
        assertEquals(List.of("群众满意度 ≥90% | 公众满意度 ≥98% (aligned)", "- | 服务满意率 ≥95%"), lines(
                List.of(row("满意度指标", "满意度指标", "群众满意度", "≥90%")),
                List.of(row("满意度指标", "满意度指标", "服务满意率", "≥95%"),
                        row("满意度指标", "满意度指标", "公众满意度", "≥98%"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # why;                          first row (一级/二级/三级/值);       second row;                         lines
            one unit, one category;         产出指标/数量指标/受理量/≥90万件;       产出指标/数量/话务受理量/≥2万件;        受理量 ≥90万件 | 话务受理量 ≥2万件 (aligned)
            two words in common;            产出指标/数量指标/来电接听量/≥90万件;    产出指标/数量/来电接听总数/≥2万件;       来电接听量 ≥90万件 | 来电接听总数 ≥2万件 (aligned)
            one word, not the ending;       产出指标/数量指标/热线回访量/≥6万件;     产出指标/数量指标/热线受理量/≥120万件;   热线回访量 ≥6万件 | - , - | 热线受理量 ≥120万件
            二级 named two ways;             满意度指标/满意度指标/来电群众满意度/≥91%; 满意度指标/服务对象满意度/来电群众满意度/≥95%; 来电群众满意度 ≥91% | 来电群众满意度 ≥95%
            another counting word;          产出指标/数量指标/受理量/≥90万件;       产出指标/数量指标/受理人数/≥1000人;     受理量 ≥90万件 | - , - | 受理人数 ≥1000人
            a floor and a ceiling;          产出指标/质量指标/来电接通率/≥92%;      产出指标/质量指标/来电占线率/≤8%;       来电接通率 ≥92% | - , - | 来电占线率 ≤8%
            no characters in common;        产出指标/数量指标/日均受理话务量/≥2500个; 产出指标/数量指标/设立综合管理岗/≥1个;   日均受理话务量 ≥2500个 | - , - | 设立综合管理岗 ≥1个
            another category;               产出指标/质量指标/群众诉求办结率/≥99%;   满意度指标/服务对象满意度/诉求办结率/≥98%; 群众诉求办结率 ≥99% | - , - | 诉求办结率 ≥98%
            cost of either template;        产出指标/成本指标/成本/≤492万元;        成本指标/经济成本指标/项目总成本/≤113.68万元; 成本 ≤492万元 | 项目总成本 ≤113.68万元 (aligned)
            money in 元 and in 万元;         产出指标/成本指标/项目成本/≤10000元;    产出指标/成本指标/成本/≤3万元;          项目成本 ≤10000元 | 成本 ≤3万元 (aligned)
            qualitative targets;            产出指标/时效指标/响应及时性/及时;       产出指标/时效指标/任务下达及时性/及时高效; 响应及时性 及时 | 任务下达及时性 及时高效 (aligned)
            a number and a word;            产出指标/时效指标/响应及时性/及时;       产出指标/时效指标/响应时间/≤5秒;        响应及时性 及时 | - , - | 响应时间 ≤5秒
            不适用 says nothing to line up;  效益指标/生态效益指标/不适用/不适用;     效益指标/环境效益/项目不适用/不适用;     不适用 不适用 | - , - | 项目不适用 不适用
            one name, whatever the values;  效益指标/社会效益指标/群众满意度/≥90%;   效益指标/社会效益/群众满意度/较高;      群众满意度 ≥90% | 群众满意度 较高
            """)
    void aLineOfTwoNames(String why, String first, String second, String expected) {
        assertEquals(List.of(expected.split(" , ")), lines(List.of(parse(first)), List.of(parse(second))), why);
    }

    @ParameterizedTest(name = "{0} › {1} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            产出指标;           数量指标;             数量
            项目完成指标;        数量;                数量
            产出指标;           成本指标;             成本
            成本指标;           经济成本指标;          成本
            成本指标;           '';                  成本
            满意度指标;          满意度指标;           满意度
            满意度指标;          服务对象满意度;        满意度
            服务对象满意度指标;   具体指标;             满意度
            社会公众或服务对象满意度指标; '';           满意度
            效益指标;           社会公众或服务对象满意度; 满意度
            效益指标;           环境效益;             生态效益
            效益指标;           可持续影响指标;        可持续影响
            效益指标;           服务效益;             效益›服务效益
            """)
    void categories(String level1, String level2, String category) {
        assertEquals(category, Category.of(level1, level2));
    }

    private static Indicators.Line parse(String text) {
        String[] parts = text.split("/", 4);
        return row(parts[0], parts[1], parts[2], parts[3]);
    }
}
