package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On a 360 px phone the seed site's pages need no sideways scrolling, and the official table keeps its
 * column headers on screen; at 1280 px the form reads as the printed table does.
 */
class PhoneLayoutTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = temp.resolve("site");
        assertTrue(SiteFiles.build(Seeds.CONTENT, site).published());
    }

    private static final List<String> PAGES = List.of(
            "",
            "huainan-szfb/2024/",
            "yeji-qzfb/2024/",
            "luan-szfb/2026/las12345zwfwbmrxjxfwxm/",
            "luan-szfb/2026/zfldnbkwjszxhjf/",
            "huainan-szfb/2024/zfwzaqyxzxjf/");

    @Test
    void noPageScrollsSidewaysOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(site); Browser browser = new Browser(360, 800)) {
            for (String page : PAGES) {
                browser.driver().get(server.url(page));
                long scroll = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                long width = (Long) browser.driver().executeScript("return window.innerWidth;");
                assertTrue(scroll <= width, page + ": page is " + scroll + " px wide on a " + width + " px screen");
            }
        }
    }

    @Test
    void theFormKeepsItsHeadersInViewOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(site); Browser browser = new Browser(360, 800)) {
            browser.driver().get(server.url("luan-szfb/2026/las12345zwfwbmrxjxfwxm/"));
            List<WebElement> headers = browser.driver().findElements(By.cssSelector("table.project th[scope=col]"));
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), headers.stream().map(WebElement::getText).toList());
            for (WebElement th : headers) {
                int right = th.getRect().getX() + th.getRect().getWidth();
                assertTrue(th.isDisplayed() && right <= 360, th.getText() + " ends at " + right + " px");
            }
            WebElement value = browser.driver().findElement(By.cssSelector("#r1 td.val"));
            assertEquals("≥90万件", value.getText());
            assertTrue(value.getRect().getX() + value.getRect().getWidth() <= 360, "the first value is on screen");
        }
    }
}
