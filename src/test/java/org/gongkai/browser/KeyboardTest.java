package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader without a mouse: the first Tab shows the skip link, Enter on it moves into the content, and every
 * stop of the Tab order on a project page shows a visible outline.
 */
class KeyboardTest {

    private static final String PROJECT = "luan-szfb/2026/las12345zwfwbmrxjxfwxm/";

    @Test
    void theFirstTabShowsTheSkipLinkAndEnterMovesIntoTheContent() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url(PROJECT));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("跳到正文", skip.getText());
            assertTrue(skip.getRect().getX() >= 0, "the skip link moves on screen when focused");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertTrue((Boolean) browser.driver().executeScript(
                    "return document.querySelector('main').contains(document.activeElement);"),
                    "the next Tab stays in the content, past the header");
        }
    }

    @Test
    void everyTabStopOfAProjectPageShowsItsFocus() throws IOException {
        List<String> stops = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url(PROJECT));
            for (int i = 0; i < 60; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                // Each element is marked when first reached, so the walk ends when Tab comes round again.
                String stop = (String) browser.driver().executeScript("var e = document.activeElement;"
                        + "if (e === document.body || e.hasAttribute('data-reached')) return null;"
                        + "e.setAttribute('data-reached', '');"
                        + "return e.tagName + ' ' + (e.id || e.className || e.textContent.trim().slice(0, 12));");
                if (stop == null) {
                    break;
                }
                stops.add(stop);
                String outline = (String) browser.driver().executeScript("var s = getComputedStyle(document.activeElement);"
                        + "return s.outlineStyle + ' ' + s.outlineWidth;");
                if (outline.startsWith("none") || outline.endsWith(" 0px")) {
                    unseen.add(stop + ": " + outline);
                }
            }
        }
        // The walk reached the header's controls, the form's scrolling region and the footer, not one stop.
        assertEquals("A skip-link", stops.get(0));
        assertTrue(stops.containsAll(List.of("BUTTON 大字体", "INPUT site-q", "DIV table-scroll", "A 订阅更新（Atom）")),
                String.join("\n", stops));
        assertEquals(List.of(), unseen);
    }
}
