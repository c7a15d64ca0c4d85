package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.importer.Grid.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word and Excel files made from real published tables read as their golden grids, merges in place. Run with
 * -Dgongkai.regenerate=true to rewrite the golden files after a deliberate change, then review the diff.
 */
class OfficeDocumentsTest {

    private static final Path DIR = Path.of("src", "test", "resources", "importer", "office");

    @ParameterizedTest
    @ValueSource(strings = {
        "luan-2026.docx", "luan-2026.xlsx", "luan-2026.xls",
        "huaiyuan-2024.docx", "huaiyuan-2024.xlsx", "huaiyuan-2024.xls",
        "yeji-2024.docx", "yeji-2024.xlsx", "yeji-2024.xls",
        "luan-2026.doc", "huaiyuan-2024.doc", "yeji-2024.doc",
        "workbook-features.xlsx", "workbook-features.xls", "edge-cases.docx",
    })
    void fixtureReadsAsItsGoldenGrid(String name) throws Exception {
        assertGoldenGrid(name, read(name));
    }

    /** {@code grid}, as {@link #render} writes it, equals the golden file {@code <name>.grid.txt} beside the fixture. */
    static void assertGoldenGrid(String name, Grid grid) throws java.io.IOException {
        String rendered = render(grid);
        Path golden = DIR.resolve(name + ".grid.txt");
        if (Boolean.getBoolean("gongkai.regenerate")) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
    }

    @Test
    void wordTitlesAreParagraphsAndAGridSpanCellIsFollowedByEmptyCells() throws Exception {
        List<Row> rows = read("luan-2026.docx").rows();
        assertEquals(new Row(List.of("项目支出绩效目标表"), List.of("第 1 段"), true), rows.get(0));
        assertEquals(new Row(List.of("(2026年度)"), List.of("第 2 段"), true), rows.get(1));
        Row name = rows.get(2);
        assertEquals(List.of("项目名称", "六安市12345政务服务便民热线接线服务项目", "", "", "", ""), name.cells());
        assertFalse(name.paragraph());
        assertEquals("表 1 第 1 行第 1 格", name.places().get(0));
        // The filler cells stand where the merged cell does: the publisher finds them there.
        assertEquals(List.of("表 1 第 1 行第 2 格"), name.places().subList(1, 6).stream().distinct().toList());
        // 项目资金 merged down over five rows and its amount merged across three columns.
        assertEquals(List.of("项目资金 (万元)", "年度资金总额：", "", "1132.20", "", ""), rows.get(6).cells());
        assertEquals(List.of("", "其中：财政拨款", "", "1132.20", "", ""), rows.get(7).cells());
    }

    /**
     * A Word 97-2003 file, which keeps no grid of columns, reads as the .docx LibreOffice wrote from the same page:
     * its columns found from the cells' edges, cell for cell and place for place.
     */
    @Test
    void aWord97FileReadsAsTheDocxOfTheSamePage() throws Exception {
        for (String document : List.of("luan-2026", "huaiyuan-2024", "yeji-2024")) {
            assertEquals(read(document + ".docx").rows(), read(document + ".doc").rows(), document);
        }
        // A .doc someone renamed .docx is read as what it holds.
        Row title = new Row(List.of("项目支出绩效目标表"), List.of("第 1 段"), true);
        assertEquals(List.of(title), read("word97-paragraph.doc").rows());
        assertEquals(List.of(title), read("word97-renamed.docx").rows());
    }

    @Test
    void aMergedDownFirstLevelIndicatorIsEmptyInTheRowsBelow() throws Exception {
        for (String name : List.of("luan-2026.docx", "luan-2026.doc", "luan-2026.xlsx", "luan-2026.xls")) {
            List<Row> rows = read(name).rows();
            int at = indexOf(rows, "政务便民热线受理量");
            assertEquals(List.of("", "产出指标", "数量指标", "政务便民热线受理量", "≥90万件"),
                    rows.get(at).cells().subList(0, 5), name);
            assertEquals(List.of("", "", "", "市民来电接听率", "≥92%"), rows.get(at + 1).cells().subList(0, 5), name);
            assertEquals(List.of("", "", "质量指标", "市民来电占线率", "≤8%"), rows.get(at + 2).cells().subList(0, 5), name);
        }
    }

    @Test
    void excelTitlesAreParagraphsAndCellsShowAsExcelShowsThem() throws Exception {
        List<Row> rows = read("luan-2026.xlsx").rows();
        assertEquals(new Row(List.of("项目支出绩效目标表"), List.of("工作表“Sheet1”单元格 A1"), true), rows.get(0));
        Row amount = rows.get(6);
        assertEquals(List.of("项目资金 (万元)", "年度资金总额：", "", "1132.20"), amount.cells());
        assertEquals("工作表“Sheet1”单元格 D7", amount.places().get(3));
        // Calc took 100% in the web table for a number, formatted as a percentage; it shows as it did.
        Row share = rows.get(indexOf(rows, "应急值守出勤率"));
        assertEquals("100%", share.cells().get(4));
    }

    @Test
    void formatsFormulasDatesAndHiddenSheets() throws Exception {
        for (String name : List.of("workbook-features.xlsx", "workbook-features.xls")) {
            List<Row> rows = read(name).rows();
            assertEquals(List.of("", "其中：财政拨款", "1,000.00"), rows.get(indexOf(rows, "其中：财政拨款")).cells(), name);
            Row other = rows.get(indexOf(rows, "其他资金"));
            assertEquals(List.of("", "其他资金", "132.20"), other.cells(), name);
            assertEquals("工作表“项目1”单元格 C7", other.places().get(2), name);
            assertEquals("2026年12月31日", rows.get(indexOf(rows, "项目期限")).cells().get(1), name);
            assertEquals("98%", rows.get(indexOf(rows, "服务对象满意度")).cells().get(1), name);
            assertEquals("项目资金\n（万元）", rows.get(indexOf(rows, "年度资金总额：")).cells().get(0), name);
            assertEquals(-1, indexOf(rows, "内部说明：本表不公开"), name);
            // The second project starts at B3: the empty column A and rows 1-2 are not read as cells.
            Row project2 = rows.get(indexOf(rows, "政务公开工作专项经费"));
            assertEquals(List.of("项目名称", "政务公开工作专项经费"), project2.cells(), name);
            assertEquals("工作表“项目2”单元格 B3", project2.places().get(0), name);
        }
    }

    @Test
    void aWorkbookWhoseSheetsAreAllHiddenIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("项目1").createRow(0).createCell(0).setCellValue("项目名称");
            book.createSheet("项目2");
            book.setSheetHidden(0, true);
            book.setSheetHidden(1, true);
            book.write(out);
        }
        assertEquals(List.of(new Row(List.of("项目名称"), List.of("工作表“项目1”单元格 A1"), false)),
                OfficeDocuments.read(file, "hidden.xlsx").rows());
    }

    @Test
    void wordMarkupLibreOfficeNeverWrites() throws Exception {
        List<Row> rows = read("edge-cases.docx").rows();
        assertEquals(new Row(List.of("项目名称\t绩效目标"), List.of("第 1 段"), true), rows.get(0));
        assertEquals(List.of("", "甲", "", "乙"), rows.get(1).cells(), "gridBefore, gridSpan");
        assertEquals(List.of("表 1 第 1 行", "表 1 第 1 行第 1 格", "表 1 第 1 行第 1 格", "表 1 第 1 行第 2 格"),
                rows.get(1).places());
        assertEquals(List.of("", "第一行\n第二行", "横向", ""), rows.get(3).cells(), "vMerge, paragraphs, hMerge");
        assertEquals(List.of("上\n下", "两端空格", "外", ""), rows.get(4).cells(), "line break, gridAfter");
        assertEquals(new Row(List.of("内1", "内2"),
                List.of("表 1 第 4 行第 3 格内表 1 第 1 行第 1 格", "表 1 第 4 行第 3 格内表 1 第 1 行第 2 格"), false),
                rows.get(5));
        assertEquals(new Row(List.of("内容控件中的段落"), List.of("第 2 段"), true), rows.get(6));
        assertEquals(new Row(List.of("结尾"), List.of("第 3 段"), true), rows.get(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bad-word95.doc", "bad-password.doc", "bad-damaged.doc", "bad-damaged.xls", "bad-truncated.docx",
        "bad-truncated.xlsx",
        "bad-truncated.xls", "bad-garbage.xlsx", "bad-password.docx", "bad-password.xlsx", "bad-password.xls",
        "bad-empty.xlsx", "missing.docx", "绩效目标.pdf",
    })
    void anUnreadableFileIsSaidInChineseNamingTheFile(String name) {
        String shown = "附件" + name;
        OfficeDocuments.Unreadable e = assertThrows(OfficeDocuments.Unreadable.class,
                () -> OfficeDocuments.read(DIR.resolve(name), shown));
        String message = e.getMessage();
        assertTrue(message.contains("“" + shown + "”"), message);
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertFalse(message.matches("(?s).*(Exception|Error|java\\.|org\\.apache|poi).*"), message);
        assertEquals(0, e.getStackTrace().length, "no stack trace to print");
    }

    @Test
    void eachUnreadableFileGetsItsOwnReason() {
        assertEquals("无法读取“a.doc”：这是 Word 95 或更早版本的文档，无法直接读取，请在 Word 或 WPS 中另存为 .docx 后再导入。",
                message("bad-word95.doc", "a.doc"));
        for (String name : List.of("bad-password.docx", "bad-password.doc", "bad-password.xlsx", "bad-password.xls")) {
            assertTrue(message(name, name).contains("文件设有打开密码"), name);
        }
        // bad-damaged.*: bytes changed inside the records, whose bad offsets end HWPF and HSSF in runtime exceptions.
        for (String name : List.of("bad-truncated.docx", "bad-truncated.xlsx", "bad-truncated.xls", "bad-garbage.xlsx",
                "bad-damaged.doc", "bad-damaged.xls")) {
            assertTrue(message(name, name).contains("可能已损坏或没有下载完整"), name);
        }
        assertTrue(message("bad-empty.xlsx", "e.xlsx").contains("文件中没有任何内容"));
        assertTrue(message("x.pdf", "x.pdf").contains("只能导入 Word（.docx、.doc）和 Excel（.xlsx、.xls）文件"));
        assertTrue(message("missing.xlsx", "m.xlsx").contains("找不到这个文件"));
    }

    /** The publisher's terminal shows nothing from POI's logging, in a JVM of its own that loads POI first. */
    @Test
    void readingPrintsNothing() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadOne.class.getName(),
                DIR.resolve("luan-2026.xlsx").toString(), DIR.resolve("luan-2026.docx").toString(),
                DIR.resolve("luan-2026.doc").toString())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        assertEquals("", output);
    }

    /** Reads files and prints nothing: the process for {@link #readingPrintsNothing}. */
    static final class ReadOne {

        public static void main(String[] args) throws OfficeDocuments.Unreadable {
            for (String file : args) {
                if (OfficeDocuments.read(Path.of(file), file).rows().isEmpty()) {
                    System.exit(1);
                }
            }
        }
    }

    private static String message(String name, String shown) {
        return assertThrows(OfficeDocuments.Unreadable.class, () -> OfficeDocuments.read(DIR.resolve(name), shown))
                .getMessage();
    }

    private static Grid read(String name) throws OfficeDocuments.Unreadable {
        return OfficeDocuments.read(DIR.resolve(name), name);
    }

    private static int indexOf(List<Row> rows, String cell) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().contains(cell)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One line a row: ¶ for a paragraph, │ for a table row; the first and last cells' places; the cells between
     * tabs, with line breaks and tabs inside a cell written \n and \t.
     */
    static String render(Grid grid) {
        StringBuilder out = new StringBuilder();
        for (Row row : grid.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row.cells()) {
                cells.add(cell.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"));
            }
            List<String> places = row.places();
            String where = places.isEmpty() ? "" : places.size() == 1 ? places.get(0)
                    : places.get(0) + " … " + places.get(places.size() - 1);
            out.append(row.paragraph() ? "¶ " : "│ ").append(where).append(" │ ").append(String.join("\t", cells))
                    .append('\n');
        }
        return out.toString();
    }
}
