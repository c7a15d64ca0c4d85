package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Comparison tables as a reader sees them in Chromium: indicators of different names that measure the same thing stand
 * on one line with each project's own name shown, and one office's like projects can be compared across its years.
 */
class ComparisonAlignmentTest {

    @TempDir
    Path temp;

    @Test
    void satisfactionOfThreeOfficesStandsOnOneLineWithTheNamesEachPrinted() throws IOException {
        try (StaticServer server = new StaticServer(SeedSite.root()); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("compare/rexian/"));
            WebElement line = rowNamed(phone, "群众满意度");
            List<WebElement> cells = line.findElements(By.tagName("td"));
            // 淮南 and 怀远 print 群众满意度; 六安 prints 服务对象满意度指标 under 服务对象满意度.
            assertEquals(List.of("≥90%", "≥95%", "服务对象满意度指标\n≥98%"), cells.stream().map(this::text).toList());
            WebElement named = cells.get(2).findElement(By.className("named"));
            assertTrue(named.isDisplayed() && named.getSize().getHeight() > 0, "the original name is shown");
            assertTrue(line.findElement(By.tagName("th")).getText().contains("同类对齐"), line.getText());
            // The rule is one tap away, closed so that the table stays near the top of a phone's screen.
            WebElement rule = phone.driver().findElement(By.cssSelector("details.compare-rule p"));
            assertFalse(rule.isDisplayed());
            phone.driver().findElement(By.cssSelector("details.compare-rule summary")).click();
            assertTrue(rule.isDisplayed() && rule.getText().contains("名称末两字相同"), rule.getText());
            // 六安's 办结率 (≥99%) is a percentage under the same 二级, but a different measure: it keeps its own line.
            assertEquals(List.of("—", "—", "≥99%"), rowNamed(phone, "办结率").findElements(By.tagName("td")).stream()
                    .map(this::text).toList());
            // The cost each form states in 万元 is one line too, though one form says 成本 and the other 项目总成本.
            assertEquals(List.of("≤492万元", "项目总成本\n≤113.68万元", "—"), rowNamed(phone, "成本")
                    .findElements(By.tagName("td")).stream().map(this::text).toList());
            // A value stands level with the line's 三级 name, its own name above it as the levels stand above that.
            @SuppressWarnings("unchecked")
            List<Number> bottoms = (List<Number>) phone.driver().executeScript("""
                    const tr = arguments[0];
                    const last = el => { const r = document.createRange(); r.selectNodeContents(el);
                        const rects = r.getClientRects(); return rects[rects.length - 1].bottom; };
                    return [last(tr.querySelector('th')), ...[...tr.querySelectorAll('td')].map(last)].map(Number);
                    """, line);
            assertTrue(bottoms.stream().allMatch(b -> Math.abs(b.doubleValue() - bottoms.get(0).doubleValue()) < 3),
                    "bottoms " + bottoms);
        }
    }

    @Test
    void anOfficesLikeProjectsAcrossItsYearsHaveAPageOfTheirOwn() throws IOException {
        Path content = temp.resolve("content");
        new CorpusGenerator(new CorpusShape(10, 10, 3, 5)).write(content);
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        try (StaticServer server = new StaticServer(site); Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("compare/rexian/"));
            // The group's table sets its first 12 projects side by side, in office and year order: an office with a
            // project beyond them, in two years or more, gets a view of its own; the others are seen together here.
            List<String> officeByRow = phone.driver().findElements(By.cssSelector("table.list tbody tr")).stream()
                    .map(tr -> tr.findElement(By.tagName("td")).getAttribute("textContent")).toList();
            assertTrue(officeByRow.size() > 12, "the corpus gives the hotline group more projects than one table shows");
            List<String> cut = officeByRow.stream().distinct()
                    .filter(o -> officeByRow.lastIndexOf(o) >= 12 && officeByRow.stream().filter(o::equals).count() >= 2)
                    .toList();
            List<WebElement> views = phone.driver().findElements(By.cssSelector("ul.compare-offices a"));
            assertEquals(cut, views.stream().map(a -> a.getText().substring(0, a.getText().indexOf('（'))).toList());
            assertFalse(views.isEmpty());
            // An office the group's table shows whole is sent there from its page.
            String shownWhole = phone.driver().findElement(By.cssSelector("table.list tbody th a")).getAttribute("href")
                    .replaceAll(".*/([^/]+)/\\d{4}/[^/]+/$", "$1");
            assertFalse(cut.contains(officeByRow.get(0)));
            phone.driver().get(server.url(shownWhole + "/"));
            assertEquals(server.url("compare/rexian/"), phone.driver().findElement(By.cssSelector(
                    "#across-h + p + ul")).findElement(By.partialLinkText("政务服务便民热线（")).getAttribute("href"));
            phone.driver().get(server.url("compare/rexian/"));
            views = phone.driver().findElements(By.cssSelector("ul.compare-offices a"));
            String link = views.get(0).getText();
            String office = link.substring(0, link.indexOf('（'));
            views.get(0).click();

            assertEquals("同类项目比较：政务服务便民热线（" + office + "历年）",
                    phone.driver().findElement(By.tagName("h1")).getText());
            List<String> heads = phone.driver().findElements(By.cssSelector("table.compare thead th")).stream()
                    .skip(1).map(WebElement::getText).toList();
            assertEquals(List.of("2024年度", "2025年度", "2026年度"), heads, "one column per year, oldest first");
            assertTrue(phone.driver().findElement(By.cssSelector("p.rule")).getText().startsWith("单位：" + office + "。"));
            String officeId = phone.driver().getCurrentUrl().replaceAll(".*/compare/rexian/([^/]+)/$", "$1");
            assertEquals(List.of(officeId), phone.driver().findElements(By.cssSelector("table.list tbody th a"))
                    .stream().map(a -> a.getAttribute("href").replaceAll(".*/([^/]+)/\\d{4}/[^/]+/$", "$1"))
                    .distinct().toList(), "every project in the view is the office's");
            assertEquals(link.substring(link.indexOf('（')), "（2024、2025、2026年度）");
            long width = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width <= 360, "the page is " + width + " px wide on a 360 px phone; only its table scrolls");
            String view = phone.driver().getCurrentUrl();

            // The crumb goes back to the group; the office's page and each of its projects in the view link to it.
            phone.driver().findElement(By.linkText("政务服务便民热线")).click();
            assertEquals(server.url("compare/rexian/"), phone.driver().getCurrentUrl());
            phone.driver().get(view);
            phone.driver().findElement(By.cssSelector("table.list tbody a")).click();
            assertTrue(phone.driver().findElements(By.cssSelector(".compare-links a")).stream()
                    .anyMatch(a -> a.getText().equals("政务服务便民热线（" + office + "历年）")), "the project page");
            phone.driver().findElement(By.cssSelector(".crumbs")).findElement(By.linkText(office)).click();
            assertEquals(office, phone.driver().findElement(By.tagName("h1")).getText());
            WebElement across = phone.driver().findElement(By.linkText("政务服务便民热线（2024、2025、2026年度）"));
            across.click();
            assertEquals(view, phone.driver().getCurrentUrl(), "the office page links to its view across years");
        }
    }

    private static WebElement rowNamed(Browser browser, String level3) {
        return browser.driver().findElements(By.cssSelector("table.compare tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("th")).getText().lines().anyMatch(l -> l.equals(level3)
                        || l.startsWith(level3 + " ")))
                .findFirst().orElseThrow(() -> new AssertionError("no line named " + level3));
    }

    private String text(WebElement cell) {
        return cell.getText();
    }
}
