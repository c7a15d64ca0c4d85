package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.HtmlChecker;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the seed site is valid HTML as the Nu HTML Checker judges it: home, office, year and project pages,
 * search, comparisons, data, about, 404 and the publisher's check report. Errors fail the test, each as
 * {@code page:line:column: message}; warnings are printed for a reader to weigh.
 */
class ValidHtmlTest {

    @Test
    void everyPageOfTheSeedSiteHasNoErrors() throws Exception {
        Path site = SeedSite.root();
        List<String> pages = pages(site);
        assertTrue(pages.size() > 50 && pages.contains("index.html") && pages.contains("404.html")
                && pages.contains("_gongkai/check/index.html"), () -> "the seed site's pages: " + pages);
        assertEquals("", errors(site, pages), "errors in " + pages.size() + " pages");
    }

    /**
     * The golden fixtures' pages, whose small content reaches a few corners the seed does not: in forms-site further
     * header rows, funds notes and indicator columns, in no-total-site a project without a total; {@code page} is
     * one each must have.
     */
    @ParameterizedTest
    @CsvSource({"fixture-site, index.html", "forms-site, nongye/2023/gbzntjs/index.html",
        "no-total-site, shuili/2024/hdzl/index.html"})
    void everyPageOfAFixtureHasNoErrors(String fixture, String page) throws Exception {
        Path expected = GoldenSiteTest.FIXTURE.resolveSibling(fixture).resolve("expected");
        List<String> pages = pages(expected);
        assertTrue(pages.contains(page), () -> fixture + "'s pages: " + pages);
        assertEquals("", errors(expected, pages), "errors in " + pages.size() + " pages");
    }

    /**
     * The tags 政府网站发展指引 asks of every page of a government site. The HTML standard stopped asking for
     * {@code meta} names to be registered in 2017 (whatwg/html#2229), and this checker's schema takes any non-empty
     * name, so the tags are valid as they are and no message needs filtering.
     */
    @Test
    void theGovernmentSiteMetaTagsAreValid() throws Exception {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>六安市财政局</title>
                <meta name="SiteName" content="六安市人民政府">
                <meta name="SiteIDCode" content="3415000001">
                <meta name="ColumnName" content="预算绩效目标">
                <meta name="PubDate" content="2026-03-01 09:00">
                <meta name="ContentSource" content="六安市财政局">
                </head>
                <body><main><h1>六安市财政局</h1></main></body>
                </html>
                """;
        assertEquals(List.of(), HtmlChecker.check(page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The checker is no rubber stamp: a block inside a phrase element is an error, told at its place. */
    @Test
    void aDivInsideASpanIsAnErrorAtItsPlace() throws Exception {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>页</title></head>
                <body><main><span>一<div>二</div></span></main></body>
                </html>
                """;
        List<String> errors = HtmlChecker.check(page.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(HtmlChecker.Message::error).map(m -> m.at("页")).toList();
        assertEquals(List.of("页:4:20: Element “div” not allowed as child of element “span” in this context. "
                + "(Suppressing further errors from this subtree.)"), errors);
    }

    private static List<String> pages(Path site) throws IOException {
        return SiteFiles.files(site).stream().filter(f -> f.endsWith(".html")).toList();
    }

    /** Every message, warnings included, one per line: the pages have none, and a new warning deserves a look. */
    private static String errors(Path site, List<String> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            for (HtmlChecker.Message m : HtmlChecker.check(Files.readAllBytes(site.resolve(page)))) {
                errors.add(m.at(page));
            }
        }
        return String.join("\n", errors);
    }
}
