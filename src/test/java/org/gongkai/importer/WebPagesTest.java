package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importer.Grid.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saved web pages read as their golden grids, merges in place: the pages the Word and Excel fixtures were converted
 * from, and a GBK page whose table sits in a table that lays out the page, as many government sites' pages do. Run
 * with -Dgongkai.regenerate=true to rewrite the golden files after a deliberate change, then review the diff.
 */
class WebPagesTest {

    private static final Path DIR = Path.of("src", "test", "resources", "importer", "office");

    @ParameterizedTest
    @ValueSource(strings = {
        "luan-2026.html", "luan-2026.sheet.html", "huaiyuan-2024.html", "huaiyuan-2024.sheet.html",
        "yeji-2024.html", "yeji-2024.sheet.html", "web-edge-cases.html", "word-saved.htm",
    })
    void pageReadsAsItsGoldenGrid(String name) throws Exception {
        OfficeDocumentsTest.assertGoldenGrid(name, read(name));
    }

    @Test
    void theWordLayoutPageReadsAsItsWordFileDoes() throws Exception {
        for (String document : List.of("luan-2026", "huaiyuan-2024", "yeji-2024")) {
            List<Row> page = read(document + ".html").rows();
            List<Row> word = OfficeDocuments.read(DIR.resolve(document + ".docx"), document).rows();
            assertEquals(word.stream().map(Row::cells).toList(), page.stream().map(Row::cells).toList(), document);
            assertEquals(word.stream().map(Row::places).toList(), page.stream().map(Row::places).toList(), document);
        }
    }

    @Test
    void aGbkPageInALayoutTableReadsAsItsTableAndParagraphs() throws Exception {
        List<Row> rows = read("web-edge-cases.html").rows();
        // The page says gb2312; the navigation and the layout table's first cell are paragraphs, scripts nothing.
        assertEquals(new Row(List.of("首页 > 信息公开 > 财政预决算"), List.of("第 1 段"), true), rows.get(0));
        assertEquals(List.of("机构概况", "政策文件", "某县农业农村局2024年项目支出绩效目标表", "项目支出绩效目标表"),
                rows.subList(1, 5).stream().map(r -> r.cells().get(0)).toList());
        assertTrue(rows.subList(0, 5).stream().allMatch(Row::paragraph));
        assertTrue(rows.stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.contains("不是正文")));
        // The data table is the page's first: the layout table around it is no table of the document.
        Row name = rows.get(5);
        assertEquals(List.of("项目名称", "农村公路养护项目", "", "", ""), name.cells());
        assertEquals(List.of("表 1 第 1 行第 1 格", "表 1 第 1 行第 2 格", "表 1 第 1 行第 2 格", "表 1 第 1 行第 2 格",
                "表 1 第 1 行第 2 格"), name.places());
        // rowspan: 项目资金 is an empty cell of the row below, counted there as Word counts it; a line break stays.
        assertEquals(List.of("项目资金\n（万元）", "年度资金总额", "120.00", "", ""), rows.get(7).cells());
        assertEquals(List.of("", "其中：财政拨款", "120.00", "", ""), rows.get(8).cells());
        assertEquals(List.of("表 1 第 4 行第 1 格", "表 1 第 4 行第 2 格", "表 1 第 4 行第 3 格", "表 1 第 4 行第 3 格",
                "表 1 第 4 行第 3 格"), rows.get(8).places());
        assertEquals("养护农村公路30公里，\n路况优良率达到85%。", rows.get(9).cells().get(1), "paragraphs in a cell");
        // rowspan="0" reaches the end of the table; 产出指标 covers two rows and ends its row short.
        assertEquals(List.of("", "产出指标", "数量指标", "养护里程", "≥30公里"), rows.get(11).cells());
        assertEquals(List.of("", "", "质量指标", "路况优良率", "≥85%"), rows.get(12).cells());
        assertEquals(List.of("", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"), rows.get(13).cells());
        assertEquals(new Row(List.of("联系电话：0000-1234567"), List.of("第 8 段"), true), rows.get(rows.size() - 1));
    }

    /**
     * A page as Word's 另存为网页 writes it, in GBK: paragraphs in every cell, o:p marks, conditional comments, and the
     * row of empty spacer cells Word adds for browsers; it imports whole, with nothing to check.
     */
    @Test
    void aPageWordSavedImportsWhole() throws Exception {
        ImportResult result = new DocumentImporter().importFile(DIR.resolve("word-saved.htm"), "word-saved.htm", "x",
                java.util.OptionalInt.empty());
        assertTrue(result.isClean(), () -> result.problems().toString());
        org.gongkai.content.model.Project p = result.disclosure().orElseThrow().projects().get(0);
        assertEquals("政务信息化运维项目", p.name());
        assertEquals("56.00", p.funds().total().orElseThrow().printed());
        assertEquals(List.of("运维系统数=≥12个", "故障响应时间=≤2小时", "使用单位满意度=≥90%"),
                p.indicators().stream().map(r -> r.level3() + "=" + r.value()).toList());
        List<Row> rows = read("word-saved.htm").rows();
        assertEquals(List.of("项目资金\n（万元）", "年度资金总额：", "56.00", "", ""), rows.get(4).cells());
    }

    /**
     * A web archive (.mht) as Word's 单个文件网页 saves one: MIME, the GBK page quoted-printable, a picture in base64
     * after it. It reads as the page itself, under its own name or as a .doc; an archive with no page is said so.
     */
    @Test
    void aWebArchiveReadsAsThePageInIt(@TempDir Path dir) throws Exception {
        assertEquals(read("word-saved.htm").rows(), read("word-saved.mht").rows());
        Path doc = dir.resolve("表格.doc");
        Files.copy(DIR.resolve("word-saved.mht"), doc);
        assertTrue(WebPages.holdsPage(doc));
        assertEquals(read("word-saved.htm").rows(), WebPages.read(doc, "表格.doc").rows());
        Path pictures = dir.resolve("图片.mht");
        Files.writeString(pictures, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n",
                StandardCharsets.US_ASCII);
        assertEquals("无法读取“图片.mht”：这个网页档案（.mht）中没有网页，请在浏览器或 Word 中打开它，另存为网页（.html）后再导入。",
                assertThrows(OfficeDocuments.Unreadable.class, () -> WebPages.read(pictures, "图片.mht")).getMessage());
    }

    /** A finance system's 报表.xls, or a 表格.doc, that is a web page imports as the page; a Word 95 file is refused. */
    @Test
    void aSpreadsheetOrWordNameOnAWebPageIsReadAsThePage(@TempDir Path dir) throws Exception {
        DocumentImporter importer = new DocumentImporter();
        String page = ImportReport.forReview(importer.importFile(DIR.resolve("word-saved.htm"), "附件", "x",
                java.util.OptionalInt.empty()), "附件");
        for (String name : List.of("报表.xls", "表格.doc", "导出.xlsx", "表.docx")) {
            Path file = dir.resolve(name);
            Files.copy(DIR.resolve("word-saved.htm"), file);
            assertTrue(WebPages.holdsPage(file), name);
            assertEquals(page, ImportReport.forReview(importer.importFile(file, "附件", "x",
                    java.util.OptionalInt.empty()), "附件"), name);
        }
        Path bare = dir.resolve("bare.xls");
        Files.write(bare, ("\uFEFF\r\n  <TABLE border=1><tr><td>项目名称</td><td>甲</td></tr></TABLE>")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(WebPages.holdsPage(bare), "a table alone, after a byte order mark and blank lines");
        for (String name : List.of("luan-2026.doc", "luan-2026.xls", "luan-2026.docx", "luan-2026.txt")) {
            assertFalse(WebPages.holdsPage(DIR.resolve(name)), name);
        }
        assertTrue(assertThrows(DocumentImporter.Unreadable.class, () -> importer.importFile(
                DIR.resolve("bad-word95.doc"), "a.doc", "x", java.util.OptionalInt.empty())).getMessage()
                .contains("另存为 .docx"));
    }

    /** A GBK page saved without its charset, or declaring UTF-8 wrongly, still reads as Chinese. */
    @Test
    void aGbkPageThatDoesNotSayItIsGbkIsReadAsGbk(@TempDir Path dir) throws Exception {
        String table = "<table><tr><td>项目名称</td><td>农村公路养护项目</td></tr></table>";
        for (String head : List.of("", "<meta charset=\"utf-8\">")) {
            Path page = dir.resolve("page.html");
            Files.write(page, ("<html><head>" + head + "</head><body>" + table + "</body></html>")
                    .getBytes(java.nio.charset.Charset.forName("GBK")));
            assertEquals(List.of("项目名称", "农村公路养护项目"), WebPages.read(page, "page.html").rows().get(0).cells(),
                    head);
        }
        Path utf8 = dir.resolve("utf8.html");
        Files.writeString(utf8, "<p>项目支出绩效目标表</p>", StandardCharsets.UTF_8);
        assertEquals(List.of("项目支出绩效目标表"), WebPages.read(utf8, "utf8.html").rows().get(0).cells());
    }

    /**
     * Unclosed tags nest an old page's elements thousands deep, and tables can sit in tables without end; they are
     * read without filling the stack (the walk was recursive once, and failed on the first page here).
     */
    @Test
    void elementsNestedThousandsDeepAreRead(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, "<div>".repeat(20_000) + "项目支出绩效目标表<table><tr><td>项目名称</td><td>"
                + "<span>".repeat(20_000) + "甲</td></tr></table>", StandardCharsets.UTF_8);
        List<Row> rows = WebPages.read(page, "deep.html").rows();
        assertEquals(List.of(List.of("项目支出绩效目标表"), List.of("项目名称", "甲")), rows.stream().map(Row::cells).toList());
        Path tables = dir.resolve("tables.html");
        Files.writeString(tables, "<table><tr><td>".repeat(3_000) + "<table><tr><td>项目名称</td><td>乙</td></tr></table>",
                StandardCharsets.UTF_8);
        List<Row> inner = WebPages.read(tables, "tables.html").rows();
        // Past 16 layout tables the rest is read as one table, its cells holding the text of those inside them.
        assertTrue(inner.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.endsWith("项目名称\n乙"))));
    }

    @Test
    void spansBeyondTheTableOrPastItsRightEdgeAreKeptInBounds(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("wide.html");
        Files.writeString(page, "<table><tr><td colspan=\"100000\">甲</td></tr><tr><td rowspan=\"9\">乙</td>"
                + "<td colspan=\"abc\">丙</td></tr><tr><td>丁</td></tr></table>", StandardCharsets.UTF_8);
        List<Row> rows = WebPages.read(page, "wide.html").rows();
        assertEquals(63, rows.get(0).cells().size(), "as many columns as Word allows");
        assertEquals(List.of("乙", "丙"), rows.get(1).cells());
        assertEquals(List.of("", "丁"), rows.get(2).cells());
    }

    @Test
    void aPageThatCannotBeReadIsSaidInChinese(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("空白.html");
        Files.writeString(empty, "<html><head><title>标题</title><script>x()</script></head><body> </body></html>",
                StandardCharsets.UTF_8);
        assertEquals("无法读取“附件.html”：网页中没有任何文字。", assertThrows(OfficeDocuments.Unreadable.class,
                () -> WebPages.read(empty, "附件.html")).getMessage());
        String missing = assertThrows(OfficeDocuments.Unreadable.class,
                () -> WebPages.read(dir.resolve("无.htm"), "无.htm")).getMessage();
        assertEquals("无法读取“无.htm”：找不到这个文件。", missing);
        assertFalse(missing.contains("Exception"));
    }

    private static Grid read(String name) throws OfficeDocuments.Unreadable {
        return WebPages.read(DIR.resolve(name), name);
    }
}
