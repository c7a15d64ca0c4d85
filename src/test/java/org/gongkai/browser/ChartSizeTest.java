package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;

/**
 * Charts on the home and year pages, in Chromium on the seed site: their labels are the size of body text on a
 * desktop (they were about 22 px, larger than the section headings) and still legible on a phone; a year page's
 * list of projects and amounts starts on a desktop's first screen, above the charts.
 */
class ChartSizeTest {

    private static final List<String> PAGES = List.of("", "luan-szfb/2026/", "huaiyuan-xzfb/2024/");

    /** Per chart: the size its 15-unit labels are drawn at, in CSS pixels, beside the body's and an h2's. */
    private static final String SIZES = "var body = parseFloat(getComputedStyle(document.body).fontSize);"
            + "var h2 = parseFloat(getComputedStyle(document.querySelector('main h2')).fontSize);"
            + "return Array.from(document.querySelectorAll('svg.bars')).map(function (svg) {"
            + "  var label = svg.querySelector('text.label');"
            + "  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
            + "  return {label: parseFloat(label.getAttribute('font-size')) * scale, body: body, h2: h2,"
            + "          right: svg.getBoundingClientRect().right};"
            + "});";

    @Test
    void chartLabelsAreBodyTextOnADesktopAndLegibleOnAPhone() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser desk = new Browser(1280, 900);
                Browser phone = new Browser(360, 800)) {
            for (String page : PAGES) {
                for (Map<String, Number> chart : sizes(desk, server, page)) {
                    double label = chart.get("label").doubleValue();
                    assertTrue(label <= chart.get("body").doubleValue() + 0.5, page + ": labels at " + label + " px");
                    assertTrue(label < chart.get("h2").doubleValue(), page + ": labels at " + label + " px");
                }
                for (Map<String, Number> chart : sizes(phone, server, page)) {
                    double label = chart.get("label").doubleValue();
                    assertTrue(label >= 12, page + ": labels at " + label + " px on a phone");
                    assertTrue(chart.get("right").doubleValue() <= 360, page + ": the chart ends past the screen");
                }
            }
            for (String year : List.of("luan-szfb/2026/", "huaiyuan-xzfb/2024/")) {
                desk.driver().get(server.url(year));
                Number bottom = (Number) desk.driver().executeScript("var rows = document.querySelectorAll("
                        + "'table.list tbody tr'); return rows[Math.min(rows.length, 5) - 1].getBoundingClientRect().bottom;");
                Number screen = (Number) desk.driver().executeScript("return window.innerHeight;");
                Number chartsTop = (Number) desk.driver().executeScript(
                        "return document.getElementById('charts-h').getBoundingClientRect().top;");
                assertTrue(bottom.doubleValue() <= screen.doubleValue(),
                        year + ": the list's fifth row ends at " + bottom + " px, below the first screen of " + screen);
                assertTrue(chartsTop.doubleValue() > bottom.doubleValue(), year + ": the charts come after the list");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Number>> sizes(Browser browser, StaticServer server, String page) {
        browser.driver().get(server.url(page));
        List<Map<String, Number>> found = (List<Map<String, Number>>) browser.driver().executeScript(SIZES);
        assertTrue(!found.isEmpty(), page + " has charts");
        return found;
    }
}
