package org.gongkai.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.content.load.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link check on its own: a link counts as working when the site as published has its file (which files those
 * are is {@code Staging.Contents}'s to say), what a kept folder's links become, and how many findings a
 * template's one mistake gives.
 */
class LinkCheckTest {

    @TempDir
    Path temp;

    Path site;
    final LinkCheck check = new LinkCheck("https://example.org/", Path.of("templates"));

    @BeforeEach
    void folders() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        write(site, "index.html", "<p id=top-news>");
        write(site, "a/2024/index.html", "<h2 id=downloads>");
        write(site, "search/t0.json", "{}");
        write(site, "b/2024/index.html", "<p>");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    /** The site as published holds the files of {@code site} that {@code published} names, and no others. */
    private Function<String, Optional<Path>> publishing(Set<String> published) {
        return relative -> published.contains(relative) ? Optional.of(site.resolve(relative)) : Optional.empty();
    }

    private List<String> messages(Set<String> published) throws IOException {
        return check.check(publishing(published)).stream().map(Finding::message).toList();
    }

    @Test
    void aLinkWorksWhenThePublishedSiteHasItsFile() throws IOException {
        check.page("", "home.ftlh", "<a href='a/2024/#downloads'></a><a href='b/2024/'></a><a href='b/2024'></a>"
                + "<link rel=preload href='search/t0.json'><a href='#top-news'></a><p id=top-news>", Optional.empty());

        assertEquals(List.of(), messages(Set.of("index.html", "a/2024/index.html", "b/2024/index.html",
                "search/t0.json")));
        assertEquals(List.of("页面 首页（index.html） 链接到 b/2024/，该页面不存在。请改正模板 home.ftlh（或它引用的模板）中的这个链接。",
                "页面 首页（index.html） 链接到 b/2024，该文件不存在。请改正模板 home.ftlh（或它引用的模板）中的这个链接。",
                "页面 首页（index.html） 链接到 search/t0.json，该文件不存在。请改正模板 home.ftlh（或它引用的模板）中的这个链接。"),
                messages(Set.of("index.html", "a/2024/index.html")));
    }

    @Test
    void aKeptFolderBringsBackTheLinksItLeavesByAndNamesItsYearFile() throws IOException {
        check.track("c/2024/");
        check.page("c/2024/", "year.ftlh", "<a href='../../a/2024/#downloads'></a><a href='p/'></a><a href='../'></a>",
                Optional.empty());
        check.page("c/2024/p/", "project.ftlh", "<a href='../#list'></a><a href='../../../a/2024/#nowhere'></a>",
                Optional.empty());
        List<String> outside = check.outside("c/2024/");
        assertEquals(List.of("a/2024/#downloads", "a/2024/#nowhere", "c/"), outside);

        LinkCheck next = new LinkCheck("https://example.org/", Path.of("templates"));
        next.kept("c/2024/", "content/offices/c/2024.yaml", outside);
        List<Finding> found = next.check(publishing(Set.of("a/2024/index.html")));
        assertEquals(List.of("content/offices/c/2024.yaml", "content/offices/c/2024.yaml"),
                found.stream().map(f -> f.at().toString()).toList());
        assertEquals(List.of("上次生成后原样保留的页面 c/2024/（年度文件未改动）链接到 a/2024/#nowhere，但该页面没有 id 为“nowhere”的元素"
                        + "（# 后面是页面中某个元素的 id）。请改正本文件中指向它的链接（例如 remarks 中的）；删除网站旁的 .gongkai 目录后重新生成，"
                        + "可以查出链接的确切位置。",
                "上次生成后原样保留的页面 c/2024/（年度文件未改动）链接到 c/，该页面不存在。请改正本文件中指向它的链接（例如 remarks 中的）；"
                        + "删除网站旁的 .gongkai 目录后重新生成，可以查出链接的确切位置。"),
                found.stream().map(Finding::message).toList());
    }

    @Test
    void aTemplatesMistakeOnEveryPageIsListedTwentyTimesAndCounted() throws IOException {
        for (int i = 10; i < 35; i++) {
            check.page("a/2024/p" + i + "/", "project.ftlh", "<a href='#nowhere'></a>", Optional.empty());
        }
        List<String> found = messages(Set.of());
        assertEquals(LinkCheck.LISTED_PER_FILE + 1, found.size());
        assertEquals("页面 a/2024/p10/ 链接到 本页#nowhere，但本页没有 id 为“nowhere”的元素（# 后面是页面中某个元素的 id）。"
                + "请改正模板 project.ftlh（或它引用的模板）中的这个链接。", found.get(0));
        assertEquals("另有 5 个链接问题未逐一列出（每个文件最多列出 20 个，多半出自同一处）。请先改正上面列出的，再重新生成。",
                found.get(LinkCheck.LISTED_PER_FILE));
    }

    @Test
    void scriptLinksAndLinksAboveTheRootAreErrorsAtOnce() throws IOException {
        check.page("404.html", "404.ftlh", "<a href='javascript:history.back()'></a><a href='../x/'></a>"
                + "<a href='mailto:a@example.org'></a><a href='https://www.gov.cn/'></a>", Optional.empty());
        assertEquals(List.of("页面 404.html 上的链接“../x/”指向网站根目录（/）以外：站内链接应写相对路径或以 / 开头的路径，"
                + "链接其他网站应写完整网址（https://…）。请改正模板 404.ftlh（或它引用的模板）中的这个链接。",
                "页面 404.html 上的链接“javascript:history.back()”是 javascript: 链接：本站页面不通过链接执行脚本，"
                + "读者关闭脚本时它也无效；应改为指向页面或文件的普通链接。请改正模板 404.ftlh（或它引用的模板）中的这个链接。"),
                messages(Set.of()));
    }
}
