package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.SeedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every page of the seed site has what 政府网站发展指引 asks of a government page: the site's meta tags, a header,
 * a main part and a footer naming the 主办单位, and the page's dates; a disclosure's own pages also name
 * themselves as articles of their office.
 */
class GovernmentConventionsTest {

    @Test
    void everyPageCarriesTheMetaTagsTheFrameAndItsDates() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = SeedSite.htmlFiles();
        for (Path file : files) {
            String name = SeedSite.root().relativize(file).toString();
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            expect(problems, name, "SiteName", meta(page, "SiteName"), "预算绩效目标公开");
            expect(problems, name, "SiteDomain", meta(page, "SiteDomain"), "example.org");
            expect(problems, name, "header", String.valueOf(page.select("body > header.site-header").size()), "1");
            expect(problems, name, "main", String.valueOf(page.select("body > main#main").size()), "1");
            expect(problems, name, "footer", page.select("body > footer p").first().text(),
                    "主办单位：gongkai 示例站点（非官方汇编）");
            // The seeds state no dates: no page has a date line, where every page once said 未注明 twice.
            expect(problems, name, "dates", page.select("p.page-dates").outerHtml(), "");
            boolean article = name.matches("[a-z0-9-]+/\\d{4}/([a-z0-9]+/)?index\\.html");
            if (article) {
                String office = page.select("nav.crumbs li").get(1).text();
                expect(problems, name, "ColumnName", meta(page, "ColumnName"), "公开文件");
                expect(problems, name, "ContentSource", meta(page, "ContentSource"), office);
                expect(problems, name, "ArticleTitle", meta(page, "ArticleTitle"), page.select("h1").text());
            } else {
                expect(problems, name, "ArticleTitle", meta(page, "ArticleTitle"), "");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(58, files.size(), "the pages looked at, 404.html among them");
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private static void expect(List<String> problems, String page, String what, String found, String expected) {
        if (!found.equals(expected)) {
            problems.add(page + ": " + what + " is \"" + found + "\", expected \"" + expected + "\"");
        }
    }
}
