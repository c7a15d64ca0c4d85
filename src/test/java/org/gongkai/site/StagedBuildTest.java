package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with a content error, or a broken link, publishes nothing: the previous site and search index stay byte
 * for byte, and no staging is left.
 */
class StagedBuildTest {

    @TempDir
    Path temp;

    /** A change to the fixture's content or to a copy of the templates that breaks the next build. */
    interface Breakage {
        void apply(Path content, Path templates) throws IOException;
    }

    @Test
    void brokenContentLeavesPreviousSiteUntouched() throws IOException {
        BuildResult broken = publishThenBreak((content, templates) -> replace(
                content.resolve("offices/demo-office/2024.yaml"), "total: 10.00", "total: 10万元"));

        Finding f = broken.findings().sorted().get(0);
        assertEquals("amount.with-unit", f.rule());
        assertTrue(f.at().file().endsWith("offices/demo-office/2024.yaml"), f.at().file());
        assertTrue(f.at().line() > 0 && f.at().column() > 0);
    }

    @Test
    void brokenLinkInPublishersMarkdownLeavesPreviousSiteUntouchedAndPointsAtIt() throws IOException {
        BuildResult broken = publishThenBreak((content, templates) -> Files.writeString(content.resolve("about.md"),
                "## 关于\n\n各年度见[示例单位](../demo-office/)，\n旧版见[2023年度](../demo-office/2023/)。\n",
                StandardCharsets.UTF_8));

        assertEquals(List.of(temp.resolve("content/about.md").toAbsolutePath() + ":4:13: 错误：页面 about/ 上的链接"
                + "“../demo-office/2023/”指向 demo-office/2023/，该页面不存在。请在本文件中改正这个链接：相对链接从页面 about/ "
                + "算起（../ 表示上一级），也可以写以 /budget/ 开头的路径。 [link.broken]"), links(broken));
    }

    @Test
    void brokenLinkInATemplateNamesThePageAndTheTemplate() throws IOException {
        BuildResult broken = publishThenBreak((content, templates) -> replace(templates.resolve("project.ftlh"),
                "<a href=\"${page.yearHref}\">返回本年度清单</a>", "<a href=\"${page.yearHref}list/\">返回本年度清单</a>"));

        String template = temp.resolve("templates/project.ftlh").toString();
        assertEquals(List.of(
                template + ": 错误：页面 demo-office/2024/rexian/ 链接到 demo-office/2024/list/，该页面不存在。"
                        + "请改正模板 project.ftlh（或它引用的模板）中的这个链接。 [link.broken]",
                template + ": 错误：页面 demo-office/2025/rexian/ 链接到 demo-office/2025/list/，该页面不存在。"
                        + "请改正模板 project.ftlh（或它引用的模板）中的这个链接。 [link.broken]"), links(broken));
    }

    @Test
    void anchorMissingFromItsOwnPageIsABrokenLink() throws IOException {
        BuildResult broken = publishThenBreak((content, templates) -> replace(templates.resolve("project.ftlh"),
                "<a href=\"${page.yearHref}\">", "<a href=\"#form\">"));

        // The earlier versions' project pages, kept at v1/ and v2/ after the fixture's two corrections, come from the
        // same template.
        List<String> pages = List.of("demo-office/2024/rexian/", "demo-office/2024/zwgk/", "demo-office/2025/rexian/",
                "demo-office/2025/v1/dangan/", "demo-office/2025/v1/rexian/", "demo-office/2025/v1/wenyin/",
                "demo-office/2025/v2/dangan/", "demo-office/2025/v2/rexian/", "demo-office/2025/v2/wenyin/",
                "demo-office/2025/wenyin/");
        assertEquals(pages.stream().map(page -> temp.resolve("templates/project.ftlh") + ": 错误：页面 " + page
                + " 链接到 本页#form，但本页没有 id 为“form”的元素（# 后面是页面中某个元素的 id）。请改正模板 project.ftlh"
                + "（或它引用的模板）中的这个链接。 [link.anchor]").toList(), links(broken));
    }

    @Test
    void successfulBuildReplacesOldSiteWhole() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(GoldenSiteTest.FIXTURE.resolve("content"), content);
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        assertTrue(Files.exists(site.resolve("demo-office/2024/zwgk/index.html")));
        replace(content.resolve("offices/demo-office/2024.yaml"), "id: zwgk", "id: zwgk-new");

        assertTrue(SiteFiles.build(content, site).published());
        assertFalse(Files.exists(site.resolve("demo-office/2024/zwgk")), "pages of the previous build do not survive");
        assertTrue(Files.exists(site.resolve("demo-office/2024/zwgk-new/index.html")));
    }

    /**
     * Builds the fixture with a copy of the templates, applies {@code breakage}, builds again, and checks that the
     * second build left the site, the search index and the folder around them as the first build made them.
     */
    private BuildResult publishThenBreak(Breakage breakage) throws IOException {
        Path content = temp.resolve("content");
        Path templates = temp.resolve("templates");
        SiteFiles.copy(GoldenSiteTest.FIXTURE.resolve("content"), content);
        SiteFiles.copy(Path.of("templates"), templates);
        Path site = temp.resolve("site");
        assertTrue(build(content, templates, site).published());
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Map<String, byte[]> indexBefore = SiteFiles.snapshot(temp.resolve(".gongkai/site/search-index"));

        breakage.apply(content, templates);
        BuildResult broken = build(content, templates, site);

        assertFalse(broken.published());
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file));
        Map<String, byte[]> indexAfter = SiteFiles.snapshot(temp.resolve(".gongkai/site/search-index"));
        assertEquals(indexBefore.keySet(), indexAfter.keySet(), "the search index keeps its files");
        indexBefore.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, indexAfter.get(file)), file));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".gongkai", "content", "site", "templates"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left behind");
        }
        try (Stream<Path> work = Files.list(temp.resolve(".gongkai"))) {
            assertEquals(List.of("site"), work.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> work = Files.list(temp.resolve(".gongkai/site"))) {
            assertEquals(List.of("build-cache.json", "file-hashes", "lock", "search-index", "site-folders"),
                    work.map(p -> p.getFileName().toString()).sorted().toList(), "nothing staged is left");
        }
        return broken;
    }

    private static BuildResult build(Path content, Path templates, Path site) throws IOException {
        return new SiteBuild(new ContentLoader(content), new Templates(templates)).build(site);
    }

    /** The link findings as a terminal shows them. */
    private static List<String> links(BuildResult result) {
        return result.findings().sorted().stream().filter(f -> f.rule().startsWith("link.")).map(Finding::format).toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
