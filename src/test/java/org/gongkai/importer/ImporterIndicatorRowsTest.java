package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gongkai.content.model.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * Exact expectations for indicator rows, in the style of Lucene's assertAnalyzesTo: the extracted lines of one
 * table go in, the complete rows [一级, 二级, 三级, 指标值] must come out. Most inputs are lines of seed 000.
 */
class ImporterIndicatorRowsTest {

    /** Asserts that the row-per-line indicator lines (tabs between cells) read as exactly the expected rows. */
    private static void assertClassifies(String[] lines, String[]... expected) {
        assertReads(Layout.ROW_PER_LINE, lines, List.of(), expected);
    }

    private static void assertReads(Layout layout, String[] lines, List<String> expectedProblems,
            String[]... expected) {
        Problems problems = new Problems();
        List<Block> blocks = new BlockSplitter(new TextCleaner(problems)).split(lines, layout);
        IndicatorSection section = new IndicatorSection(layout, "t.txt", problems);
        blocks.forEach(section::add);
        List<IndicatorRow> rows = section.rows();
        List<String> actual = rows.stream()
                .map(r -> "[" + r.level1() + " | " + r.level2() + " | " + r.level3() + " | " + r.value() + "]")
                .toList();
        List<String> wanted = Arrays.stream(expected)
                .map(r -> "[" + r[0] + " | " + r[1] + " | " + r[2] + " | " + r[3] + "]").toList();
        assertEquals(wanted, actual);
        assertEquals(expectedProblems, problems.sorted().stream().map(ImportProblem::toString).toList());
    }

    private static String[] lines(String... lines) {
        return lines;
    }

    private static String[] row(String level1, String level2, String level3, String value) {
        return new String[] {level1, level2, level3, value};
    }

    private static final String HEADER = "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t";

    @Test
    void fullRowsAndFillDown() {
        assertClassifies(lines(HEADER,
                        "\t产出指标\t数量指标\t政务便民热线受理量\t≥90万件\t",
                        "\t\t\t市民来电接听率\t≥92%\t",
                        "\t\t质量指标\t市民来电占线率\t≤8%\t"),
                row("产出指标", "数量指标", "政务便民热线受理量", "≥90万件"),
                row("产出指标", "数量指标", "市民来电接听率", "≥92%"),
                row("产出指标", "质量指标", "市民来电占线率", "≤8%"));
    }

    @Test
    void costAtTheLevel1ColumnIsLevel1AndResetsLevel2() {
        assertClassifies(lines(HEADER,
                        "\t产出指标\t数量指标\t政务便民热线受理量\t≥90万件\t",
                        "\t成本指标\t\t接线人员委托业务费\t7.35万元/人\t",
                        "\t\t系统维护成本\t0.3万元/次\t"),
                row("产出指标", "数量指标", "政务便民热线受理量", "≥90万件"),
                row("成本指标", "", "接线人员委托业务费", "7.35万元/人"),
                row("成本指标", "", "系统维护成本", "0.3万元/次"));
    }

    @Test
    void costRightOfTheLevel1ColumnIsLevel2() {
        assertClassifies(lines(HEADER,
                        "\t产出指标\t数量指标\t内部参考资料订阅\t\t72份",
                        "\t\t成本指标\t省情研究会会费\t\t2万元",
                        "\t\t\t中国城市发展研究会会费\t\t2万元"),
                row("产出指标", "数量指标", "内部参考资料订阅", "72份"),
                row("产出指标", "成本指标", "省情研究会会费", "2万元"),
                row("产出指标", "成本指标", "中国城市发展研究会会费", "2万元"));
    }

    @Test
    void costFollowedByCostIsLevel1ThenLevel2() {
        assertClassifies(lines(HEADER,
                        "\t产出指标\t数量指标\t印制《皖西发展研究》\t≥300本\t",
                        "\t成本指标\t成本指标\t印制【密函】、每日快讯\t1.3元/份\t",
                        "\t\t\t印制《政府公报》\t5元/本\t"),
                row("产出指标", "数量指标", "印制《皖西发展研究》", "≥300本"),
                row("成本指标", "成本指标", "印制【密函】、每日快讯", "1.3元/份"),
                row("成本指标", "成本指标", "印制《政府公报》", "5元/本"));
    }

    @Test
    void rowsShiftedLeftByDroppedMergedCells() {
        assertClassifies(lines(HEADER,
                        "\t效益指标\t经济效益\t\t\t",
                        "\t\t社会效益\t政务服务解答率\t≥95%\t",
                        "\t可持续影响\t解决群众热线反映的相关问题\t≥98%\t\t",
                        "满意度指标\t服务对象满意度\t服务对象满意度指标\t≥98%\t\t",
                        "\t\t办结率\t≥99%\t\t",
                        "侨眷满意度\t\t\t100%\t\t"),
                row("效益指标", "经济效益", "", ""),
                row("效益指标", "社会效益", "政务服务解答率", "≥95%"),
                row("效益指标", "可持续影响", "解决群众热线反映的相关问题", "≥98%"),
                row("满意度指标", "服务对象满意度", "服务对象满意度指标", "≥98%"),
                row("满意度指标", "服务对象满意度", "办结率", "≥99%"),
                row("满意度指标", "服务对象满意度", "侨眷满意度", "100%"));
    }

    @Test
    void level2AloneKeepsLevel1AndEmptiesTheRest() {
        assertClassifies(lines(HEADER,
                        "\t效益指标\t经济效益\t\t\t",
                        "生态效益\t\t\t\t\t",
                        "可持续影响\t\t保障政府机构正常运转\t有效保障\t\t"),
                row("效益指标", "经济效益", "", ""),
                row("效益指标", "生态效益", "", ""),
                row("效益指标", "可持续影响", "保障政府机构正常运转", "有效保障"));
    }

    @Test
    void oneRemainingCellIsAValueOnlyWhenItStartsLikeOne() {
        assertClassifies(lines(HEADER,
                        "\t效益指标\t社会效益\t\t领导对时政局势掌握度 $\\geq 93\\%$\t",
                        "\t\t生态效益\t\t≥95%\t",
                        "\t\t可持续影响\t\t100%\t"),
                row("效益指标", "社会效益", "领导对时政局势掌握度 ≥93%", ""),
                row("效益指标", "生态效益", "", "≥95%"),
                row("效益指标", "可持续影响", "", "100%"));
    }

    @Test
    void headerWithoutLabelColumn() {
        assertClassifies(lines("一级指标\t二级指标\t三级指标\t指标值",
                        "产出指标\t数量指标\t维护次数\t4次/年",
                        "\t质量指标\t平台正常运行保障\t确保新闻发布厅正常运转",
                        "\t成本指标\t新闻发布厅平台运维经费\t3万元",
                        "效益指标\t经济效益\t\t",
                        "满意度指标\t服务对象满意度\t新闻发布厅使用者满意度\t≥95%"),
                row("产出指标", "数量指标", "维护次数", "4次/年"),
                row("产出指标", "质量指标", "平台正常运行保障", "确保新闻发布厅正常运转"),
                row("产出指标", "成本指标", "新闻发布厅平台运维经费", "3万元"),
                row("效益指标", "经济效益", "", ""),
                row("满意度指标", "服务对象满意度", "新闻发布厅使用者满意度", "≥95%"));
    }

    @Test
    void satisfactionAtTheLevel1ColumnWithoutLevel2IsLevel1() {
        assertClassifies(lines(HEADER,
                        "\t产出指标\t数量指标\t次数\t1次\t",
                        "\t满意度指标\t\t群众满意度\t≥90%\t"),
                row("产出指标", "数量指标", "次数", "1次"),
                row("满意度指标", "", "群众满意度", "≥90%"));
    }

    @Test
    void newerTemplateCostNamesAreLevel2() {
        assertClassifies(lines(HEADER,
                        "\t成本指标\t经济成本指标\t项目总成本\t≤96万元\t",
                        "\t\t社会成本指标\t\t\t"),
                row("成本指标", "经济成本指标", "项目总成本", "≤96万元"),
                row("成本指标", "社会成本指标", "", ""));
    }

    @Test
    void withoutAnyKnownColumnAnAmbiguousNameIsLevel1() {
        assertClassifies(lines("\t成本指标\t\t项目成本\t5万元"),
                row("成本指标", "", "项目成本", "5万元"));
    }

    @Test
    void moreThanTwoRemainingCellsIsAProblem() {
        assertReads(Layout.ROW_PER_LINE, lines(HEADER,
                        "\t产出指标\t数量指标\t次数\t1次\t",
                        "\t\t质量指标\t合格率\t100%\t多出的一格\t",
                        "\t\t\t完成率\t100%\t"),
                List.of("第3行：绩效指标行在一级、二级指标之后还有3个单元格（“合格率”、“100%”、“多出的一格”），"
                        + "分不清哪个是三级指标、哪个是指标值：请核对原表，让每行只有三级指标和指标值两格。"),
                row("产出指标", "数量指标", "次数", "1次"),
                row("产出指标", "数量指标", "完成率", "100%"));
    }

    @Test
    void cellPerLineRowsAreReadByPosition() {
        assertReads(Layout.CELL_PER_LINE, lines(
                        "\t绩", "效", "指", "标", "\t一级", "指标", "\t二级指标", "\t三级指标", "\t指标值", "",
                        "\t", "\t产出指标", "\t数量指标", "\t督查次数", "\t≥60次", "",
                        "\t", "\t", "\t", "\t督查重大项目数量", "\t≥30个", "",
                        "\t", "\t效益指标", "\t经济效益", "\t\u3000", "\t\u3000", "",
                        "\t", "\t满意度指标", "\t满意度指标", "\t被督查机关满意度", "\t≥95%", ""),
                List.of(),
                row("产出指标", "数量指标", "督查次数", "≥60次"),
                row("产出指标", "数量指标", "督查重大项目数量", "≥30个"),
                row("效益指标", "经济效益", "", ""),
                row("满意度指标", "满意度指标", "被督查机关满意度", "≥95%"));
    }

    @Test
    void cellPerLineRowOfTheWrongWidthIsAProblem() {
        assertReads(Layout.CELL_PER_LINE, lines(
                        "\t绩效指标", "\t一级指标", "\t二级指标", "\t三级指标", "\t指标值", "",
                        "\t", "\t产出指标", "\t数量指标", "\t督查次数", "\t≥60次", "",
                        "\t", "\t督查重大项目数量", "\t≥30个", ""),
                List.of("第13行：这一绩效指标行有3个单元格，表头有5个：无法按列对齐，请检查这一行是否多了或少了单元格。"),
                row("产出指标", "数量指标", "督查次数", "≥60次"));
    }
}
