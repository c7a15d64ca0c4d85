package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An office's page in Chromium on the seed site: each year with its project count and total, and its newest year's
 * projects, each a link to its page, read on a 360 px phone without sideways scrolling.
 */
class OfficePageTest {

    @Test
    void anOfficeShowsItsYearsAndItsNewestYearsProjects() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser browser = new Browser(360, 800)) {
            for (String office : List.of("luan-szfb", "huainan-szfb", "yeji-qzfb", "huaiyuan-xzfb")) {
                Document year = SeedSite.page(office + "/" + latestYear(office) + "/");
                browser.driver().get(server.url(office + "/"));
                List<String> years = texts(browser, "ul.years li");
                assertEquals(1, years.size(), office);
                // The year's entry says what its own page says: the count and the total of its projects.
                String count = year.selectFirst("h2#projects-h").text().replaceAll(".*（(\\d+)）", "$1");
                assertTrue(years.get(0).startsWith(latestYear(office) + "年度 " + count + " 个项目，合计 "), years.get(0));

                List<WebElement> links = browser.driver().findElements(By.cssSelector("section ol.projects li > a"));
                List<String> expected = year.select("ol.projects li > a").eachText();
                assertEquals(expected, links.stream().map(WebElement::getText).toList(), office);
                assertEquals(texts(year, "ol.projects li .meta"), texts(browser, "section ol.projects li .meta"), office);
                long scroll = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scroll <= 360, office + ": page is " + scroll + " px wide on a 360 px screen");

                String first = expected.get(0);
                links.get(0).click();
                assertEquals(first, browser.driver().findElement(By.tagName("h1")).getText(), office);
            }
        }
    }

    private static int latestYear(String office) {
        return office.equals("luan-szfb") ? 2026 : 2024;
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }
}
