package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.FormsSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Other provinces' forms on a 360 px phone: no page scrolls sideways, though a form may have ten columns, because
 * the further indicator columns fold into the 指标值 cell, a labelled line each; at 1280 px they are columns of
 * the table, as printed.
 */
class OtherFormsLayoutTest {

    private static final List<String> PAGES = List.of(FormsSite.FULL, FormsSite.STANDARD, "nongye/2023/");

    @Test
    void noPageScrollsSidewaysOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(FormsSite.root()); Browser browser = new Browser(360, 800)) {
            for (String page : PAGES) {
                browser.driver().get(server.url(page));
                long scroll = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                long width = (Long) browser.driver().executeScript("return window.innerWidth;");
                assertTrue(scroll <= width, page + ": page is " + scroll + " px wide on a " + width + " px screen");
                for (WebElement table : browser.driver().findElements(By.cssSelector("table.form"))) {
                    assertTrue(right(table) <= width, page + ": a form ends at " + right(table) + " px");
                }
            }
        }
    }

    @Test
    void onAPhoneFurtherColumnsAreLinesOfTheValueCell() throws IOException {
        try (StaticServer server = new StaticServer(FormsSite.root()); Browser browser = new Browser(360, 800)) {
            browser.driver().get(server.url(FormsSite.FULL));
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), shownHeaders(browser));
            WebElement value = browser.driver().findElement(By.cssSelector("#r2 td.val"));
            List<WebElement> lines = value.findElements(By.cssSelector(".extras > span"));
            assertEquals(List.of("计量单位：公里", "指标性质：定量", "指标方向：正向", "分值：10", "备注：以竣工验收为准"),
                    lines.stream().map(WebElement::getText).toList());
            for (WebElement line : lines) {
                assertTrue(line.isDisplayed() && right(line) <= 360, line.getText() + " ends at " + right(line) + " px");
            }
            WebElement note = browser.driver().findElement(By.cssSelector("td.num .fund-note"));
            assertTrue(note.isDisplayed() && right(note) <= 360, "the note of the total ends at " + right(note) + " px");
        }
    }

    @Test
    void onADesktopFurtherColumnsAreColumns() throws IOException {
        try (StaticServer server = new StaticServer(FormsSite.root()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url(FormsSite.FULL));
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "指标方向", "分值", "备注"),
                    shownHeaders(browser));
            assertFalse(browser.driver().findElement(By.cssSelector("#r2 td.val .extras")).isDisplayed(),
                    "the phone's copy is hidden");
            assertEquals("以竣工验收为准", browser.driver().findElement(By.cssSelector("#r2 td.extra:last-child")).getText());
        }
    }

    private static List<String> shownHeaders(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.project th[scope=col]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private static int right(WebElement e) {
        return e.getRect().getX() + e.getRect().getWidth();
    }
}
