package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** Importing the four seed documents and broken variants: counts, spot values and reported problems. */
class ImporterDocumentTest {

    private final DocumentImporter importer = new DocumentImporter();

    private Disclosure seed(String file, String office) throws IOException {
        ImportResult result = importer.importDocument(ImporterSeedContentTest.seedText(file), file, office);
        assertEquals(List.of(), result.problems());
        assertTrue(result.isClean());
        return result.disclosure().orElseThrow();
    }

    private static List<String> row(IndicatorRow r) {
        return List.of(r.level1(), r.level2(), r.level3(), r.value());
    }

    private static Project project(Disclosure d, String name) {
        return d.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void luanRowPerLine() throws IOException {
        Disclosure d = seed("000_085cf0a9e739f3c0.txt", "luan-szfb");
        assertEquals(2026, d.year());
        assertEquals("luan-szfb", d.officeId());
        assertEquals(Optional.empty(), d.title());
        assertEquals(Optional.empty(), d.list());
        assertEquals(List.of(), d.notes());
        assertEquals(Optional.empty(), d.overall());
        assertEquals(12, d.projects().size());

        Project hotline = d.projects().get(0);
        assertEquals("las12345zwfwbmrxjxfwxm", hotline.id());
        assertEquals("六安市12345政务服务便民热线接线服务项目", hotline.name());
        assertEquals("003", hotline.department().code());
        assertEquals("六安市人民政府办公室", hotline.department().name());
        assertEquals(Optional.of(""), hotline.field());
        assertEquals("1年", hotline.period().term());
        assertEquals(Optional.of(""), hotline.period().construction());
        assertEquals(Optional.of(""), hotline.period().operation());
        assertEquals(Optional.empty(), hotline.responsible());
        assertEquals("万元", hotline.funds().unit());
        assertEquals("1132.20", hotline.funds().total().orElseThrow().printed());
        assertEquals("0.00", hotline.funds().bond().orElseThrow().printed());
        assertEquals(16, hotline.indicators().size());
        assertEquals(List.of("成本指标", "", "接线人员委托业务费", "7.35万元/人"), row(hotline.indicators().get(7)));
        assertEquals(List.of("效益指标", "社会效益", "畅通政府与企业 and 群众互动渠道，减少上访率。", "≤1%"),
                row(hotline.indicators().get(10)));
        assertEquals(List.of("效益指标", "可持续影响", "解决群众热线反映的相关问题", "≥98%"),
                row(hotline.indicators().get(13)));
        assertEquals(new SourcePosition("000_085cf0a9e739f3c0.txt", 25, 1), hotline.indicators().get(7).at());
        assertEquals(new SourcePosition("000_085cf0a9e739f3c0.txt", 3, 1), hotline.at());

        Project journals = project(d, "政府领导内部刊物及市长协会经费");
        assertEquals(List.of("产出指标", "成本指标", "省情研究会会费", "2万元"), row(journals.indicators().get(5)));
        assertEquals(List.of("效益指标", "社会效益", "领导对时政局势掌握度 ≥93%", ""), row(journals.indicators().get(11)));
        assertEquals(List.of("满意度指标", "服务对象满意度", "市长、副市长、秘书长、付秘书长们满意度", "100%"),
                row(journals.indicators().get(14)));

        Project pressRoom = project(d, "新闻发布厅等运维经费");
        assertEquals("通过项目实施，开展新闻发布厅软件、硬件维修各项工作，确保新闻发布厅正常运转。", pressRoom.goal());
        assertEquals(10, pressRoom.indicators().size());
        assertEquals(List.of("产出指标", "数量指标", "维护次数", "4次/年"), row(pressRoom.indicators().get(0)));

        Project print = project(d, "政府文印专项经费");
        assertEquals("20.00", print.funds().fiscal().orElseThrow().printed());
        assertEquals("30.00", print.funds().other().orElseThrow().printed());
        assertEquals(List.of("成本指标", "成本指标", "印制【密函】、每日快讯、政务要情、要情参与数量", "1.3元/份"),
                row(print.indicators().get(12)));

        Project openness = project(d, "政府信息公开经费");
        assertEquals(List.of("产出指标", "数量指标", "政务公开标准化、规范化试点成果推广", "≥7次数"),
                row(openness.indicators().get(0)));
        assertEquals("本项目部适用生态指标", openness.indicators().get(16).level3());
    }

    @Test
    void huainanCellPerLineWithListAndNotes() throws IOException {
        Disclosure d = seed("001_099530ba672a4441.txt", "huainan-szfb");
        assertEquals(2024, d.year());
        assertEquals(Optional.of("淮南市人民政府办公室2024年度项目支出绩效目标"), d.title());
        var list = d.list().orElseThrow();
        assertEquals("项目支出绩效目标公开清单", list.title());
        assertEquals("万元", list.unit());
        assertEquals(10, list.items().size());
        ListItem second = list.items().get(1);
        assertEquals("2", second.number());
        assertEquals("政务公开工作专项经费", second.name());
        assertEquals("72.8", second.amount().printed());
        assertEquals("190", list.items().get(2).amount().printed());

        assertEquals(List.of("注：“华侨事务补助”项目涉及金额2.26万元，为上年结转项目，不公开项目绩效目标表。",
                "2024年淮南市人民政府办公室共11项目，去除结转项目，公开10项项目绩效目标表。"), d.notes());
        ExcludedItem excluded = d.excluded().get(0);
        assertEquals(1, d.excluded().size());
        assertEquals("华侨事务补助", excluded.name());
        assertEquals("2.26", excluded.amount().orElseThrow().printed());
        assertEquals("上年结转", excluded.reason());
        assertEquals(OptionalInt.of(11), d.counts().total());
        assertEquals(OptionalInt.empty(), d.counts().secret());

        assertEquals(10, d.projects().size());
        Project first = d.projects().get(0);
        assertEquals("fgfgghyshjjdzxjf", first.id());
        assertEquals(Optional.of("1.“放管服”改革和营商环境监督专项项目"), first.heading());
        assertEquals(Optional.of(""), first.responsible());
        assertEquals(Optional.empty(), first.field());
        assertEquals(Optional.empty(), first.period().construction());
        assertEquals(Optional.empty(), first.funds().bond());
        assertEquals(Optional.empty(), first.funds().carryover());
        assertEquals("96.00", first.funds().total().orElseThrow().printed());
        assertTrue(first.goal().contains("加强招商引资招才引智。 保障."));
        assertEquals(List.of("满意度指标", "满意度指标", "服务对象满意度", "≥95%"), row(first.indicators().get(8)));

        assertEquals(Optional.of("2. “政务公开工作专项经费”项目"), d.projects().get(1).heading());
        assertEquals("项止完成及时性", d.projects().get(1).indicators().get(2).level3());
        assertEquals(List.of("产出指标", "质量指标", "政策研究文稿数量", "≥30份"),
                row(d.projects().get(2).indicators().get(2)));
        assertEquals(Optional.of("5. “12345”政务服务便民热线运营项目"), d.projects().get(4).heading());
        assertEquals("12345zwrxfwxm", d.projects().get(4).id());

        Project websites = d.projects().get(9);
        String[] goalLines = websites.goal().split("\n", -1);
        assertEquals(11, goalLines.length);
        assertEquals("1.市政府网站集约化平台日常运维29.9万元。安排驻点人员负责日常运维服务工作，并提供24×7×365的运维服务保障"
                + "体系和专业技术安全服务，保障全市政府网站的安全、持续、稳定运行。合同服务期：2022.7-2025.7。", goalLines[0]);
        assertTrue(goalLines[10].startsWith("11.网站及政务新媒体业务培训1.6万元。"));
        assertEquals("1百分比", websites.indicators().get(1).value());
    }

    @Test
    void yejiOverallTableAndProjects() throws IOException {
        Disclosure d = seed("002_29cdd1114be372f5.txt", "yeji-qzfb");
        assertEquals(2024, d.year());
        assertEquals(Optional.empty(), d.title());
        assertEquals(Optional.empty(), d.list());
        OverallBudget o = d.overall().orElseThrow();
        assertEquals("部门（单位）整体支出绩效目标申报表", o.title());
        assertEquals("六安市叶集区人民政府办公室", o.unitName());
        assertEquals("万元", o.unit());
        assertEquals(6, o.tasks().size());
        assertEquals("基本支出", o.tasks().get(0).name());
        assertEquals("保障人大办基本运转支出", o.tasks().get(0).content());
        assertEquals("465.86", o.tasks().get(0).total().printed());
        assertEquals("0.00", o.tasks().get(0).other().orElseThrow().printed());
        assertEquals("644.02", o.sum().orElseThrow().total().printed());
        assertEquals("644.02", o.sum().orElseThrow().fiscal().orElseThrow().printed());
        assertTrue(o.goal().startsWith("保障政府办开展各项工作"));
        assertTrue(o.goal().contains("开展 四最营商环境（四送一服）专项工作， 防范非法集资"));
        assertEquals(48, o.indicators().size());
        assertEquals(List.of("产出指标", "数量指标", "政策解读视频", "≥3个"), row(o.indicators().get(0)));
        assertEquals(List.of("效益指标", "经济效益", "", ""), row(o.indicators().get(36)));
        assertEquals("课题研究结题 、评审通过率", o.indicators().get(16).level3());

        assertEquals(5, d.projects().size());
        Project first = d.projects().get(0);
        assertEquals("机关业务专项经费", first.name());
        assertEquals(Optional.empty(), first.heading());
        assertEquals(Optional.empty(), first.responsible());
        assertEquals("004", first.department().code());
        assertEquals("0.00", first.funds().carryover().orElseThrow().printed());
        assertEquals(Optional.empty(), first.funds().bond());
        assertEquals(List.of("效益指标", "经济效益指标", "", ""), row(first.indicators().get(19)));
        assertEquals("解读视频完成时间", d.projects().get(2).indicators().get(8).level3());
        assertEquals("政策宣传经", d.projects().get(1).indicators().get(7).level3());
    }

    @Test
    void huaiyuanListWithOneDecimalAndSecretCount() throws IOException {
        Disclosure d = seed("003_3ce225b085d70733.txt", "huaiyuan-xzfb");
        assertEquals(2024, d.year());
        assertEquals(Optional.of("怀远县人民政府办公室2024年度项目支出绩效目标"), d.title());
        List<ListItem> items = d.list().orElseThrow().items();
        assertEquals(10, items.size());
        assertEquals("18.0", items.get(0).amount().printed());
        assertEquals("24.4", items.get(4).amount().printed());
        assertEquals(List.of("注：本单位0个涉密项目除外。"), d.notes());
        assertEquals(OptionalInt.of(0), d.counts().secret());
        assertEquals(OptionalInt.empty(), d.counts().total());
        assertEquals(List.of(), d.excluded());
        assertEquals(10, d.projects().size());
        assertEquals("24.37", project(d, "县政府总值班室工作经费项目").funds().total().orElseThrow().printed());
        assertEquals("目标1：较好的完成物业管理委托事项 目标2：确保行政办公中心有良好的办公环境",
                project(d, "怀远县行政办公中心物业管理项目").goal());
        assertEquals("目标1：提升公共服务水平  目标2：提高公众满意度  目标3：提升行政监督效能",
                project(d, "政务服务便民热线").goal());
        Project first = d.projects().get(0);
        assertEquals(new SourcePosition("003_3ce225b085d70733.txt", 54, 1), first.at());
        assertEquals(List.of("效益指标", "经济效益指标", "此项目不适应", "不适用"), row(first.indicators().get(6)));
    }

    private ImportResult fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/importer/" + name)) {
            return importer.importDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, "test");
        }
    }

    private static void assertProblem(ImportResult result, int line, String fragment) {
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == line && p.message().contains(fragment)),
                () -> "no problem on line " + line + " containing " + fragment + " in " + result.problems());
    }

    @Test
    void brokenCellPerLineDocumentReportsEachProblemOnItsLine() throws IOException {
        ImportResult result = fixture("cell-layout-broken.txt");
        assertFalse(result.isClean());
        assertProblem(result, 27, "“财政拨款”的金额“十元”不是数字");
        assertProblem(result, 52, "无法转换公式“$\\frac{1}{2}$”");
        assertProblem(result, 55, "这一绩效指标行有4个单元格，表头有5个");
        assertProblem(result, 60, "这段文字“这一段不属于任何表格。”不在任何表格中");
        assertEquals(4, result.problems().size(), () -> result.problems().toString());
        Project p = result.disclosure().orElseThrow().projects().get(0);
        assertEquals(Optional.empty(), p.funds().fiscal());
        assertEquals(List.of("产出指标", "质量指标", "合格率 $\\frac{1}{2}$", "100%"), row(p.indicators().get(1)));
        assertEquals(2, p.indicators().size());
    }

    @Test
    void brokenRowPerLineDocumentReportsEachProblemOnItsLine() throws IOException {
        ImportResult result = fixture("row-layout-broken.txt");
        assertProblem(result, 14, "还有3个单元格");
        assertProblem(result, 19, "本表的年度为2025年，与第3行的2026年不一致");
        assertProblem(result, 17, "项目“第二个项目”没有读出“年度资金总额”的金额：已导入这张表，总额留空");
        // A row the form does not have is not a problem: other provinces' templates leave out rows the seeds print.
        assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("缺少“主管部门及代码”")));
        Disclosure d = result.disclosure().orElseThrow();
        assertEquals(2026, d.year());
        // The second table's total is not guessed: the project is imported without one, as the site shows it.
        assertEquals(2, d.projects().size());
        assertEquals(Optional.empty(), d.projects().get(1).funds().total());
        assertEquals(List.of("产出指标", "时效指标", "完成时间", "2026年底"), row(d.projects().get(0).indicators().get(1)));
    }

    @Test
    void aDocumentWithoutTablesGivesNoDisclosure() {
        ImportResult result = importer.importDocument("随便一段文字\n\n另一段文字\n", "x.txt", "test");
        assertEquals(Optional.empty(), result.disclosure());
        assertProblem(result, 1, "第1行至第3行的2段文字");
        assertProblem(result, 0, "找不到任何绩效目标表");
    }

    @Test
    void bookmarksOnTheirOwnLineDoNotJoinAParagraphToATable() {
        String text = "注：本单位0个涉密项目除外。\n[bookmark: _GoBack]\n\t项目支出绩效目标表\n\n\t（2024年度）\n\n"
                + "\t项目名称\n\t测试\n\n\t主管部门及代码\n\t[001]单位\n\t实施单位\n\t单位\n\n\t项目来源\n\t本级\n\t项目期\n\t1年\n\n"
                + "\t项目资金\n（万元）\n\t年度资金总额：\n\t1.00\n\n\t年度\n目标\n\t目标。\n";
        ImportResult result = importer.importDocument(text, "x.txt", "test");
        assertEquals(List.of(), result.problems());
        Disclosure d = result.disclosure().orElseThrow();
        assertEquals(List.of("注：本单位0个涉密项目除外。"), d.notes());
        assertEquals("cs", d.projects().get(0).id());
        assertEquals(List.of(), d.projects().get(0).indicators());
    }
}
