package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.CorrectedSeeds;
import org.gongkai.testing.PageTypes;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 适老化: the header's two buttons switch large text and high contrast, the choice lasts across pages and visits
 * without a cookie, and with large text no page scrolls sideways on a 360 px phone.
 */
class CareModeTest {

    @Test
    void theButtonsSwitchTheModesAndTheChoiceLastsWithoutCookies() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url(""));
            assertEquals("16px", rootFontSize(browser));
            assertEquals("rgb(255, 255, 255)", background(browser));
            WebElement large = browser.driver().findElement(By.cssSelector(".care button[data-care=large]"));
            WebElement contrast = browser.driver().findElement(By.cssSelector(".care button[data-care=contrast]"));
            assertTrue(large.isDisplayed() && contrast.isDisplayed(), "the buttons show once the script has run");
            assertEquals("false", large.getAttribute("aria-pressed"));

            large.click();
            contrast.click();
            assertEquals("true", large.getAttribute("aria-pressed"));
            assertEquals("20px", rootFontSize(browser));
            assertEquals("rgb(0, 0, 0)", background(browser));

            browser.driver().get(server.url("luan-szfb/2026/las12345zwfwbmrxjxfwxm/"));
            assertEquals("contrast large", browser.driver().executeScript(
                    "return document.documentElement.getAttribute('data-care');"));
            assertEquals("20px", rootFontSize(browser));
            assertEquals("true", browser.driver().findElement(By.cssSelector(".care button[data-care=contrast]"))
                    .getAttribute("aria-pressed"));
            assertEquals(List.of(), List.copyOf(browser.driver().manage().getCookies()));
            assertEquals("", browser.driver().executeScript("return document.cookie;"));

            browser.driver().findElement(By.cssSelector(".care button[data-care=large]")).click();
            browser.driver().navigate().refresh();
            assertEquals("16px", rootFontSize(browser));
            assertEquals("rgb(0, 0, 0)", background(browser));
        }
    }

    @Test
    void withLargeTextNoPageScrollsSidewaysOnAPhone() throws IOException {
        List<String> wide = new ArrayList<>();
        try (StaticServer server = new StaticServer(CorrectedSeeds.site()); Browser browser = new Browser(360, 800)) {
            browser.driver().get(server.url(""));
            browser.driver().executeScript("localStorage.setItem('gongkai-care', 'contrast large');");
            for (PageTypes.Page page : PageTypes.CORRECTED) {
                browser.driver().get(server.url(page.path()));
                browser.waitUntil(page.type() + " is ready",
                        d -> !d.findElements(By.cssSelector(page.readySelector())).isEmpty());
                long scroll = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                long width = (Long) browser.driver().executeScript("return window.innerWidth;");
                if (scroll > width) {
                    wide.add(page.type() + " (" + page.path() + "): " + scroll + " px on a " + width + " px screen");
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    private static String rootFontSize(Browser browser) {
        return (String) browser.driver().executeScript(
                "return getComputedStyle(document.documentElement).fontSize;");
    }

    private static String background(Browser browser) {
        return (String) browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor;");
    }
}
