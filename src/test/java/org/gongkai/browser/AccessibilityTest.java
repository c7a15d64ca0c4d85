package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Browser;
import org.gongkai.testing.CorrectedSeeds;
import org.gongkai.testing.FormsSite;
import org.gongkai.testing.NpmTools;
import org.gongkai.testing.PageTypes;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core (from the npm registry, installed under target/ on first use) finds no WCAG 2.1 A or AA violation
 * on any page type of the seed site, nor on the pages of other provinces' forms, at desktop and phone width, in the
 * normal scheme and with large text and high contrast switched on.
 */
class AccessibilityTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String axe;

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        axe = Files.readString(NpmTools.install("axe", "node_modules/axe-core/axe.min.js")
                .resolve("node_modules/axe-core/axe.min.js"));
    }

    @Test
    void everyPageTypePassesAxeAtDesktopWidth() throws IOException {
        assertNoViolations(1280, 900, "");
    }

    @Test
    void everyPageTypePassesAxeOnAPhoneWithLargeTextAndHighContrast() throws IOException {
        assertNoViolations(360, 800, "large contrast");
    }

    @Test
    void axeSeesAViolationWhenThereIsOne() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url(""));
            browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<img src=\"assets/favicon.svg\"><button type=\"button\"></button>');");
            List<String> found = violations(browser);
            assertEquals(List.of("button-name critical", "image-alt critical"),
                    found.stream().map(v -> v.substring(0, v.indexOf(':'))).sorted().toList(), String.join("\n", found));
        }
    }

    /** Other provinces' forms: further header rows, funds notes, and indicator columns folded on a phone. */
    @Test
    void otherProvincesFormsPassAxe() throws IOException {
        List<PageTypes.Page> pages = List.of(new PageTypes.Page("项目支出绩效目标申报表", FormsSite.FULL, "main"),
                new PageTypes.Page("无二级指标的项目表", FormsSite.STANDARD, "main"),
                new PageTypes.Page("带备注列的整体支出表", "nongye/2023/", "main"));
        assertNoViolations(FormsSite.root(), pages, 1280, 900, "");
        assertNoViolations(FormsSite.root(), pages, 360, 800, "large contrast");
    }

    private static void assertNoViolations(int width, int height, String care) throws IOException {
        assertNoViolations(CorrectedSeeds.site(), PageTypes.CORRECTED, width, height, care);
    }

    private static void assertNoViolations(Path site, List<PageTypes.Page> pages, int width, int height, String care)
            throws IOException {
        List<String> problems = new ArrayList<>();
        try (StaticServer server = new StaticServer(site); Browser browser = new Browser(width, height)) {
            browser.driver().get(server.url(""));
            browser.driver().executeScript(care.isEmpty() ? "localStorage.removeItem('gongkai-care');"
                    : "localStorage.setItem('gongkai-care', arguments[0]);", care);
            for (PageTypes.Page page : pages) {
                browser.driver().get(server.url(page.path()));
                browser.waitUntil(page.type() + " is ready",
                        d -> !d.findElements(By.cssSelector(page.readySelector())).isEmpty());
                if (!care.isEmpty()) {
                    assertEquals(care, browser.driver().executeScript(
                            "return document.documentElement.getAttribute('data-care');"), page.type());
                }
                violations(browser).forEach(v -> problems.add(page.type() + " (" + page.path() + "): " + v));
            }
        }
        assertEquals(List.of(), problems, "axe at " + width + " px" + (care.isEmpty() ? "" : ", " + care));
    }

    /** Each violation as "rule-id impact: help — the selectors of its nodes". */
    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        browser.driver().executeScript(axe);
        Object result = browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' '"
                        + " + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]); });",
                TAGS);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            found.add(v.get("id") + " " + v.get("impact") + ": " + v.get("help") + " — " + v.get("nodes"));
        }
        return found;
    }
}
