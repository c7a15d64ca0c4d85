package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.testing.NoTotalSite;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a publisher meets it: exit codes, messages in Chinese, never a stack trace. */
class CliTest {

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {}

    static Run gongkai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertFalse(err.toString().contains("\tat "), "no stack trace:\n" + err);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildsTheFixtureSite() {
        Run run = gongkai("build", "src/test/resources/fixture-site/content", "-o", temp.resolve("site").toString(),
                "--templates", "templates");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("已生成 22 个页面"), run.out());
        assertTrue(Files.exists(temp.resolve("site/demo-office/2024/zwgk/index.html")));
        assertTrue(Files.exists(temp.resolve("site/data/index.html")));
    }

    @Test
    void timingsNameEveryStageOnceInOrder() {
        Run run = gongkai("build", "src/test/resources/fixture-site/content", "-o", temp.resolve("site").toString(),
                "--templates", "templates", "--timings");
        assertEquals(0, run.code(), run.err());
        List<String> stages = run.err().lines().map(line -> {
            assertTrue(line.matches("[a-z-]+ +\\d+\\.\\d\\d s"), line);
            return line.substring(0, line.indexOf(' '));
        }).toList();
        assertEquals(List.of("catalog", "disclosures", "comparisons", "open-data", "site-pages", "search-export",
                "link-check", "manifest", "publish", "index-commit"), stages);
        assertEquals("", gongkai("build", "src/test/resources/fixture-site/content", "-o",
                temp.resolve("site").toString(), "--templates", "templates").err());
    }

    @Test
    void contentErrorsExitWithOneAndPointAtTheValue() throws IOException {
        Path content = temp.resolve("content");
        Path office = content.resolve("offices/x");
        Files.createDirectories(office);
        Files.writeString(content.resolve("site.yaml"), "title: 站\nbase_url: https://e.org/\npublisher: 甲\nregions:\n  - {id: r, name: 市}\n");
        Files.writeString(office.resolve("office.yaml"), "id: x\nname: 单位\nregion: r\ncode: \"1\"\n");
        Files.writeString(office.resolve("2024.yaml"), "year: 2024\nprojects:\n  - id: p\n    name: 项目\n"
                + "    department: {name: 单位}\n    funds:\n      total: 96万元\n");
        Run run = gongkai("build", content.toString(), "-o", temp.resolve("site").toString(), "--templates", "templates");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("offices/x/2024.yaml\n  7:14    错误  年度资金总额应只写数字"), run.err());
        assertTrue(run.err().contains("原有网站未改动"), run.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void gbkFileIsNamedAsSuch() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("offices"));
        Files.write(content.resolve("site.yaml"), "title: 预算绩效目标公开\n".getBytes(Charset.forName("GBK")));
        Run run = gongkai("build", content.toString(), "-o", temp.resolve("site").toString(), "--templates", "templates");
        assertEquals(1, run.code());
        // Column 9, not 8: GBK's 预 (D4 A4) happens to be valid UTF-8, so decoding fails at the next character.
        assertTrue(run.err().contains("site.yaml\n  1:9     错误  文件不是 UTF-8 编码，看起来是 GBK"), run.err());
    }

    @Test
    void importWritesTheReviewedYamlAndNeverOverwritesSilently() throws IOException {
        Path content = temp.resolve("content");
        String seed = "src/test/resources/seeds/003_3ce225b085d70733.txt";
        Run first = gongkai("import", seed, "--office", "huaiyuan-xzfb", "-o", content.toString());
        assertEquals(0, first.code(), first.err());
        Path written = content.resolve("offices/huaiyuan-xzfb/2024.yaml");
        assertEquals(Files.readString(Path.of("content/offices/huaiyuan-xzfb/2024.yaml")), Files.readString(written));
        assertTrue(first.out().contains("10 个项目"), first.out());

        Files.writeString(written, "year: 2024\n# 审核中的修改\n");
        Run again = gongkai("import", seed, "--office", "huaiyuan-xzfb", "-o", content.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("已存在，未覆盖"), again.err());
        assertEquals("year: 2024\n# 审核中的修改\n", Files.readString(written), "the reviewer's edit survives");
    }

    @Test
    void importOfAPartlyReadableDocumentWritesWhatItReadAndNamesTheRest() throws IOException {
        Path content = temp.resolve("content");
        Run run = gongkai("import", "src/test/resources/importer/row-layout-broken.txt", "--office", "x",
                "-o", content.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("row-layout-broken.txt:14: 需要核对："), run.err());
        assertTrue(run.err().contains("部分导入："), run.err());
        String written = Files.readString(content.resolve("offices/x/2026.yaml"));
        assertTrue(written.startsWith("# 导入报告：从 src/test/resources/importer/row-layout-broken.txt 导入时"), written);
        assertTrue(written.contains("#   第14行："), written);
    }

    @Test
    void aDocumentWithoutATableIsRefusedInASentenceOrTwoAndNothingIsWritten() throws IOException {
        Path page = temp.resolve("page.txt");
        Files.writeString(page, "首页\n政务公开\n通知公告\n联系我们\n网站地图\n2024年5月\n");
        Path content = temp.resolve("content");
        Run run = gongkai("import", page.toString(), "--office", "x", "-o", content.toString());
        assertEquals(1, run.code());
        assertEquals(List.of(page + ": 错误：文件中找不到任何绩效目标表或公开清单：请确认这是项目支出绩效目标文件，以及表格的标题（如“项目支出绩效目标表”）是否完整。",
                "导入未完成，未写出任何文件（另有 1 处文字未能识别）。"), run.err().lines().toList());
        assertFalse(Files.exists(content));
    }

    @Test
    void aWordFileImportsCellByCellAndAWord95FileIsRefusedWithTheFix() {
        Run run = gongkai("import", "src/test/resources/importer/office/luan-2026.docx", "--office", "luan-szfb");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("year: 2026\n"), run.out());
        assertTrue(run.out().contains("    name: 应急、督查、外事工作经费\n"), run.out());
        Run doc = gongkai("import", "src/test/resources/importer/office/luan-2026.doc", "--office", "luan-szfb");
        assertEquals(run.out(), doc.out(), "a Word 97-2003 file imports as the .docx of the same page");
        Run old = gongkai("import", "src/test/resources/importer/office/bad-word95.doc", "--office", "x");
        assertEquals(1, old.code());
        assertTrue(old.err().contains("另存为 .docx"), old.err());
        assertFalse(old.err().contains("Exception"), old.err());
    }

    @Test
    void aSavedGbkWebPageImportsFromItsTableAndNamesWhatItLeftOutByParagraph() throws IOException {
        Path content = temp.resolve("content");
        Run run = gongkai("import", "src/test/resources/importer/office/web-edge-cases.html", "--office", "nongye",
                "-o", content.toString());
        assertEquals(1, run.code(), "parts to check: " + run.err());
        String page = "src/test/resources/importer/office/web-edge-cases.html";
        String leftOut = "不在任何表格中，未导入。若其中有表格，请检查表格标题是否完整；网页的栏目、页脚等可以略去。";
        // The site's navigation and footer are named by paragraph, as the publisher sees the page.
        assertEquals(List.of(page + "（第 1 段）: 需要核对：第 1 段至第 3 段的3段文字（从“首页 > 信息公开 > 财政预决算”到“政策文件”）"
                + leftOut, page + "（第 7 段）: 需要核对：第 7 段至第 8 段的2段文字（从“主办单位：某县人民政府”到"
                + "“联系电话：0000-1234567”）" + leftOut), run.err().lines().limit(2).toList());
        String yaml = Files.readString(content.resolve("offices/nongye/2024.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("notes:\n  - 注：本表金额单位为万元。\nprojects:"), "the footer is no note: " + yaml);
        assertTrue(yaml.contains("      - [产出指标, 质量指标, 路况优良率, ≥85%]\n"), yaml);
        assertTrue(yaml.contains("      total: 120.00\n"), yaml);
    }

    @Test
    void checkOnTheSeedsPassesAndStrictFailsOnTheirWarnings() {
        Run run = gongkai("check");
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("content/offices/huainan-szfb/2024.yaml\n"), run.out());
        assertTrue(run.out().contains("  315:9   警告  成本指标合计 182.31 万元"), run.out());
        assertTrue(run.out().trim().endsWith("检查完成：0 个错误，24 个警告，62 个提示（涉及 4 个文件）。"), run.out());
        assertEquals(1, gongkai("check", "--strict").code());
    }

    /**
     * Errors come first, then warnings, each in full and by file; notices only counted by rule, with the command that
     * lists them. An error in the last file alphabetically still comes before the first file's warnings.
     */
    @Test
    void checkPrintsErrorsFirstThenWarningsThenNoticesCountedByRule() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Path.of("content"), content);
        Path last = content.resolve("offices/yeji-qzfb/2024.yaml");
        Files.writeString(last, Files.readString(last).replaceFirst("(?m)^year: 2024$", "year: 二〇二四"));
        Run jsonRun = gongkai("check", content.toString(), "--format", "json");
        List<String> json = jsonRun.out().lines().toList();
        long errors = json.stream().filter(l -> l.contains("\"severity\":\"error\"")).count();
        long warnings = json.stream().filter(l -> l.contains("\"severity\":\"warning\"")).count();
        long notices = json.stream().filter(l -> l.contains("\"severity\":\"notice\"")).count();
        assertTrue(errors > 0 && warnings > 0 && notices > 0, jsonRun.toString());

        Run run = gongkai("check", content.toString());
        assertEquals(1, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals("错误（" + errors + " 条）", lines.get(0));
        assertEquals(last.toString(), lines.get(1));
        int warningsAt = lines.indexOf("警告（" + warnings + " 条）");
        int noticesAt = lines.indexOf("提示（" + notices + " 条，按规则计数）");
        assertTrue(warningsAt > 0 && noticesAt > warningsAt, run.out());
        assertEquals(errors, lines.subList(0, warningsAt).stream().filter(l -> l.contains("  错误  ")).count(), run.out());
        assertEquals(warnings, lines.subList(warningsAt, noticesAt).stream().filter(l -> l.contains("  警告  ")).count());
        assertTrue(lines.stream().noneMatch(l -> l.contains("  提示  ")), run.out());
        int howTo = lines.indexOf("  逐条查看：gongkai check --only notices");
        assertTrue(howTo > noticesAt + 1, run.out());
        for (String line : lines.subList(noticesAt + 1, howTo)) {
            Matcher rule = Pattern.compile(" {2}(\\S+) +(\\d+) 条，\\d+ 个文件").matcher(line);
            assertTrue(rule.matches(), line);
            long counted = json.stream().filter(l -> l.contains("\"rule\":\"" + rule.group(1) + "\"")).count();
            assertEquals(counted, Long.parseLong(rule.group(2)), line);
            notices -= counted;
        }
        assertEquals(0, notices, "every notice is counted under its rule");
        assertTrue(lines.get(lines.size() - 1).startsWith("检查完成：" + errors + " 个错误，" + warnings + " 个警告，"),
                run.out());
    }

    /** --only lists one severity in full, in text and in JSON; the summary still counts every finding. */
    @Test
    void checkOnlyListsOneSeverity() throws IOException {
        Run notices = gongkai("check", "--only", "notices");
        assertEquals(0, notices.code(), notices.err());
        assertEquals(62, notices.out().lines().filter(l -> l.contains("  提示  ")).count(), notices.out());
        assertFalse(notices.out().contains("  警告  "), notices.out());
        assertTrue(notices.out().startsWith("提示（62 条）\n"), notices.out());
        assertTrue(notices.out().trim().endsWith("检查完成：0 个错误，24 个警告，62 个提示（涉及 4 个文件）。"), notices.out());

        Run errors = gongkai("check", "--only", "errors");
        assertEquals(0, errors.code());
        assertEquals("检查完成：0 个错误，24 个警告，62 个提示（涉及 4 个文件）。", errors.out().trim());

        Run json = gongkai("check", "--only", "warnings", "--format", "json");
        List<String> lines = json.out().lines().toList();
        assertEquals(24, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains("\"severity\":\"warning\"")), json.out());
    }

    @Test
    void checkJsonHasOneObjectPerFindingWithEveryField() throws IOException {
        Run run = gongkai("check", "--format", "json");
        assertEquals(0, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(86, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.stream().filter(l -> l.contains("text.classification")).findFirst().orElseThrow());
        assertEquals(List.of("rule", "severity", "file", "line", "column", "office", "year", "project", "indicator", "message"),
                iterable(first.fieldNames()));
        assertEquals("warning", first.get("severity").asText());
        assertEquals("content/offices/huainan-szfb/2024.yaml", first.get("file").asText());
        assertEquals(194, first.get("line").asInt());
        assertEquals(2024, first.get("year").asInt());
        assertEquals("行政管理事务专项经费", first.get("project").asText());
        assertTrue(first.get("indicator").isNull());
    }

    @Test
    void checkExitsWithOneOnErrors() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("offices"));
        Files.writeString(content.resolve("site.yaml"), "title: 站\n");
        Run run = gongkai("check", content.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("缺少必填字段“base_url”"), run.out());
    }

    /** The content folder is the positional argument of build, serve and check: the fix names no option they lack. */
    @Test
    void aMissingContentFolderIsNamedWithAFixTheCommandsAccept() {
        String advice = " 不存在或不是目录。请在该位置创建内容目录（含 site.yaml 与 offices/），或在命令后写出内容目录的位置，"
                + "例如 gongkai build 内容目录（serve 与 check 相同）。 [content.missing]\n";
        Run build = gongkai("build", "no-such-content", "-o", temp.resolve("site").toString(), "--templates", "templates");
        assertEquals(1, build.code());
        assertTrue(build.err().startsWith("错误（1 条）\nno-such-content\n  -       错误  找不到内容目录："
                + Path.of("no-such-content").toAbsolutePath() + advice), build.err());
        assertFalse(Files.exists(temp.resolve("site")));

        Path missing = temp.resolve("content");
        Run check = gongkai("check", missing.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().startsWith("错误（1 条）\n" + missing + "\n  -       错误  找不到内容目录：" + missing + advice),
                check.out());
    }

    /** build and check both refuse a link out of the content folder; the build publishes nothing. */
    @Test
    void aLinkOutOfTheContentFolderFailsBuildAndCheck() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Path.of("src/test/resources/fixture-site/content"), content);
        Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.delete(content.resolve("about.md"));
        Files.createSymbolicLink(content.resolve("about.md"), secret);
        String finding = content.resolve("about.md") + "\n  -       错误  这是一个指向内容目录之外的链接（实际位置："
                + secret.toRealPath() + "）。gongkai 只读取内容目录之内的文件，以免把别处的文件公开到网站上。"
                + "请把要公开的文件复制到内容目录中替换这个链接，或删除这个链接。 [content.outside]\n";

        Run build = gongkai("build", content.toString(), "-o", temp.resolve("site").toString(), "--templates", "templates");
        assertEquals(1, build.code());
        assertTrue(build.err().startsWith("错误（1 条）\n" + finding), build.err());
        assertFalse(Files.exists(temp.resolve("site")));

        Run check = gongkai("check", content.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().startsWith("错误（1 条）\n" + finding), check.out());
    }

    @Test
    void aScriptLinkInMarkdownFailsCheckAndBuildAlikeAtItsPlace() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Path.of("src/test/resources/fixture-site/content"), content);
        Files.writeString(content.resolve("about.md"), "## 关于\n\n联系我们：[点我](javascript:alert(1))\n");
        String finding = "about.md\n  3:11    错误  链接“javascript:alert(1)”是 javascript: 链接，可以执行脚本：网站不发布这样的链接";
        Run check = gongkai("check", content.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains(finding), check.out());
        Run build = gongkai("build", content.toString(), "-o", temp.resolve("site").toString(), "--templates",
                "templates");
        assertEquals(1, build.code());
        assertTrue(build.err().contains(finding), build.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void searchAfterBuildInEveryFormat() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, gongkai("build", "content", "-o", site.toString(), "--templates", "templates").code());
        Run table = gongkai("search", "１２３４５", "--site", site.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("六安市12345政务服务便民热线接线服务项目"), table.out());
        assertTrue(table.out().trim().endsWith("共 2 条结果。"), table.out());

        Run csv = gongkai("search", "营商环境", "--mode", "indicators", "--format", "csv", "--site", site.toString());
        List<String> lines = csv.out().lines().toList();
        assertEquals("\uFEFF项目,单位,年度,一级指标,二级指标,三级指标,指标值,链接", lines.get(0));
        assertTrue(lines.size() > 2, csv.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",https://example.org/")), csv.out());
        Run projects = gongkai("search", "营商环境", "--format", "csv", "--site", site.toString());
        assertEquals("\uFEFF项目,单位,年度,年度资金总额（万元）,链接", projects.out().lines().findFirst().orElseThrow());

        Run json = gongkai("search", "满意度", "--office", "huaiyuan-xzfb", "--format", "json", "--site", site.toString());
        JsonNode hits = new ObjectMapper().readTree(json.out());
        assertTrue(hits.size() > 0);
        hits.forEach(h -> assertEquals("怀远县人民政府办公室", h.get("office").asText()));
    }

    /**
     * The table says when it shows only the first hits, and how many there are; CSV and JSON give every hit unless
     * --limit is given (the seed site has 61 indicator rows with 率).
     */
    @Test
    void searchSaysTheTrueTotalAndExportsEveryHit() throws IOException {
        String site = SeedSite.root().toString();
        Run table = gongkai("search", "率", "--mode", "indicators", "--site", site);
        assertEquals(0, table.code(), table.err());
        assertEquals(50, table.out().lines().filter(l -> l.matches(" *\\d+\\. .*")).count(), table.out());
        assertTrue(table.out().trim().endsWith("显示前 50 条，共 61 条结果。用 --limit N 显示更多，或用 --format csv 导出全部。"),
                table.out());
        Run all = gongkai("search", "率", "--mode", "indicators", "--limit", "100", "--site", site);
        assertTrue(all.out().trim().endsWith("\n共 61 条结果。"), all.out());

        Run csv = gongkai("search", "率", "--mode", "indicators", "--format", "csv", "--site", site);
        assertEquals(1 + 61, csv.out().lines().count(), csv.out());
        Run json = gongkai("search", "率", "--mode", "indicators", "--format", "json", "--site", site);
        assertEquals(61, new ObjectMapper().readTree(json.out()).size());
        Run limited = gongkai("search", "率", "--mode", "indicators", "--format", "csv", "--limit", "5", "--site", site);
        assertEquals(1 + 5, limited.out().lines().count(), limited.out());
    }

    /**
     * A row is found by its project's name: 12345 in indicator mode lists every row of the two 12345 热线 projects,
     * and name:12345 the same. Where one mode finds nothing, the table says how many the other finds, and how.
     */
    @Test
    void indicatorModeFindsAProjectsRowsByItsNameAndAnEmptyModePointsToTheOther() throws IOException {
        String site = SeedSite.root().toString();
        JsonNode projects = new ObjectMapper().readTree(gongkai("search", "12345", "--format", "json", "--site", site).out());
        assertEquals(2, projects.size());
        List<String> projectUrls = new java.util.ArrayList<>();
        projects.forEach(p -> projectUrls.add(p.get("url").asText()));
        JsonNode rows = new ObjectMapper().readTree(gongkai("search", "12345", "--mode", "indicators", "--format", "json",
                "--site", site).out());
        long expected = Seeds.disclosures().stream().flatMap(d -> d.projects().stream()
                        .filter(p -> projectUrls.contains(d.officeId() + "/" + d.year() + "/" + p.id() + "/")))
                .mapToLong(p -> p.indicators().stream().filter(r -> !r.isEmpty()).count()).sum();
        assertEquals(expected, rows.size());
        rows.forEach(r -> assertTrue(projectUrls.stream().anyMatch(u -> r.get("url").asText().startsWith(u + "#r")), r.toString()));
        assertEquals(rows, new ObjectMapper().readTree(gongkai("search", "name:12345", "--mode", "indicators", "--format",
                "json", "--site", site).out()));

        Run none = gongkai("search", "提升行政监督效能", "--mode", "indicators", "--site", site);
        assertEquals(0, none.code(), none.err());
        assertEquals("没有找到绩效指标。\n在项目中有 2 条结果：gongkai search 提升行政监督效能 --site " + site + "\n",
                none.out());
        // The command it gives keeps the filters both modes have, so that it finds what was counted.
        Run filtered = gongkai("search", "提升行政监督效能", "--mode", "indicators", "--year", "2024", "--site", site);
        assertTrue(filtered.out().endsWith("gongkai search 提升行政监督效能 --year 2024 --site " + site + "\n"),
                filtered.out());
    }

    /** A project whose form printed no total is listed with 金额未列出, not a bare 万元; CSV and JSON leave it empty. */
    @Test
    void searchSaysWhenAProjectsAmountIsNotListed() throws IOException {
        String site = NoTotalSite.root().toString();
        Run table = gongkai("search", "河道", "--year", "2024", "--site", site);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("河道综合治理项目  某县水利局 2024年度  金额未列出  ["), table.out());
        Run json = gongkai("search", "河道", "--year", "2024", "--format", "json", "--site", site);
        assertEquals("", new ObjectMapper().readTree(json.out()).get(0).get("amount").asText());
    }

    @Test
    void searchWithoutABuildSaysWhatToDo() {
        Run run = gongkai("search", "满意度", "--site", temp.resolve("nothing").toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("请先运行 gongkai build"), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, gongkai("build", "--no-such-option").code());
        assertEquals(2, gongkai("no-such-command").code());
        assertEquals(2, gongkai("import", "src/test/resources/seeds/003_3ce225b085d70733.txt").code(), "--office is required");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "check", "search", "import", "generate", "verify"}) {
            Run run = gongkai(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().startsWith("用法：gongkai " + command), run.out());
        }
    }

    @Test
    void verifyPassesOnAnUntouchedCopyAndNamesEveryProblemInItsGroup() throws IOException {
        Path site = temp.resolve("deployed");
        SiteFiles.copy(SeedSite.root(), site);
        Path manifest = site.resolve("SHA256SUMS");
        int listed = Files.readAllLines(manifest).size();
        Run clean = gongkai("verify", site.toString());
        assertEquals(0, clean.code(), clean.err());
        assertEquals(List.of("校验通过：" + listed + " 个文件与清单 " + manifest + " 一致。"), clean.out().lines().toList());

        Path page = site.resolve("luan-szfb/2026/index.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);
        Files.delete(site.resolve("about/index.html"));
        Files.writeString(site.resolve("luan-szfb/2026/后门.php"), "<?php system($_GET['c']);");
        Run run = gongkai("verify", site.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of("内容被改动：luan-szfb/2026/index.html", "缺少：about/index.html", "多出：luan-szfb/2026/后门.php",
                "校验未通过：清单 " + manifest + " 列出的 " + listed + " 个文件中，1 个内容被改动，1 个缺少；另有 1 个清单中没有的文件。"),
                run.out().lines().toList());
    }

    @Test
    void verifyAgainstTheTrustedManifestSeesThroughARewrittenCopyOfIt() throws IOException {
        Path site = temp.resolve("deployed");
        SiteFiles.copy(SeedSite.root(), site);
        Path trusted = temp.resolve("publisher/SHA256SUMS");
        Files.createDirectories(trusted.getParent());
        Files.copy(site.resolve("SHA256SUMS"), trusted);
        assertEquals(0, gongkai("verify", site.toString(), "--manifest", trusted.toString()).code());

        // Whoever can change a page can change the copy's manifest to match.
        Path page = site.resolve("index.html");
        String before = SiteFiles.sha256(page);
        Files.writeString(page, "<h1>被篡改</h1>");
        Path own = site.resolve("SHA256SUMS");
        Files.writeString(own, Files.readString(own).replace(before + "  index.html", SiteFiles.sha256(page) + "  index.html"));
        assertEquals(0, gongkai("verify", site.toString()).code(), "the copy agrees with its own manifest");

        Run run = gongkai("verify", site.toString(), "--manifest", trusted.toString());
        assertEquals(1, run.code());
        int listed = Files.readAllLines(trusted).size() + 1;
        assertEquals(List.of("内容被改动：SHA256SUMS", "内容被改动：index.html", "校验未通过：清单 " + trusted + " 列出的 "
                + listed + " 个文件中，2 个内容被改动，0 个缺少；另有 0 个清单中没有的文件。"), run.out().lines().toList());
    }

    @Test
    void verifyWithoutAUsableManifestExitsWithTwoAndSaysWhere() throws IOException {
        Path site = temp.resolve("deployed");
        SiteFiles.copy(SeedSite.root(), site);
        Path manifest = site.resolve("SHA256SUMS");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(manifest));
        lines.set(2, lines.get(2).substring(1));
        Files.write(manifest, lines);
        Run malformed = gongkai("verify", site.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().startsWith(manifest + ":3: 清单格式错误：行首不是 64 位十六进制的 SHA-256。"), malformed.err());

        Files.delete(manifest);
        Run missing = gongkai("verify", site.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("找不到清单 " + manifest + "。"), missing.err());
        Run elsewhere = gongkai("verify", site.toString(), "--manifest", temp.resolve("none").toString());
        assertEquals(2, elsewhere.code());
        assertTrue(elsewhere.err().contains("请检查 --manifest 给出的路径"), elsewhere.err());
    }

    @Test
    void brokenTemplatesAreAnEnvironmentFailureNotATrace() throws IOException {
        Path templates = temp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("layout.ftlh"), "<#macro page>${undefined.value}</#macro>");
        Run run = gongkai("build", "src/test/resources/fixture-site/content", "-o", temp.resolve("site").toString(),
                "--templates", templates.toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("模板"), run.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
