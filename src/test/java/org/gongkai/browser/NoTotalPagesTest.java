package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.testing.Browser;
import org.gongkai.testing.NoTotalSite;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A project whose form printed no readable total, on a 360 px phone and in search: its 未列出 is read in place
 * without sideways scrolling, a hit says 金额未列出 rather than a bare 万元, and no budget range claims it.
 */
class NoTotalPagesTest {

    @Test
    void notListedIsReadInPlaceOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(NoTotalSite.root()); Browser browser = new Browser(360, 800)) {
            for (String page : List.of(NoTotalSite.UNTOTALLED, NoTotalSite.YEAR)) {
                browser.driver().get(server.url(page));
                long scroll = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scroll <= 360, page + ": page is " + scroll + " px wide on a 360 px screen");
            }
            browser.driver().get(server.url(NoTotalSite.UNTOTALLED));
            WebElement total = browser.driver().findElement(By.cssSelector("table.project td.num"));
            assertEquals("未列出", total.getText());
            assertTrue(total.isDisplayed() && total.getRect().getX() + total.getRect().getWidth() <= 360,
                    "the total's cell ends at " + (total.getRect().getX() + total.getRect().getWidth()) + " px");
        }
    }

    @Test
    void searchSaysTheAmountIsNotListedAndNoBudgetRangeHoldsIt() throws IOException {
        try (StaticServer server = new StaticServer(NoTotalSite.root()); Browser browser = new Browser(1280, 900);
                SearchProbe probe = new SearchProbe(NoTotalSite.root(), server, browser)) {
            List<SearchHit> hits = probe.cli("河道", Mode.PROJECTS, Map.of());
            assertEquals(List.of(NoTotalSite.UNTOTALLED + " «»", "shuili/2025/hdzl/ «90.00»"),
                    hits.stream().map(h -> h.url() + " «" + h.amount() + "»").toList());
            browser.driver().get(server.url("search/?q=" + URLEncoder.encode("河道", StandardCharsets.UTF_8)));
            SearchProbe.awaitSearch(browser);
            assertEquals(List.of("某县水利局 · 2024年度 · 金额未列出", "某县水利局 · 2025年度 · 90.00万元"),
                    browser.driver().findElements(By.cssSelector(".search-hit .hit-meta")).stream()
                            .map(WebElement::getText).toList());
            List<String> ranged = IntStream.range(0, 6).boxed()
                    .flatMap(b -> probe.browserUrls("项目", Mode.PROJECTS, Map.of("budget", String.valueOf(b))).stream())
                    .toList();
            assertEquals(List.of("shuili/2025/hdzl/", NoTotalSite.TOTALLED), ranged,
                    "90.00 万元 is in 50–100万元 and 120.00 万元 in 100–500万元; the project without a total is in none");
        }
    }
}
