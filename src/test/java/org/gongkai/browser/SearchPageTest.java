package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.text.Normalizer;
import org.gongkai.cli.CliRunner;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchRequest;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page in headless Chromium on the built seed site: for a list of queries it ranks exactly as
 * {@code gongkai search}, and its facets, indicator mode, CSV, shareable URLs and the header's search box work.
 */
class SearchPageTest {

    @TempDir
    static Path temp;

    static StaticServer server;
    static Browser browser;
    static SearchProbe probe;

    static Path site;

    @BeforeAll
    static void start() throws IOException {
        site = temp.resolve("site");
        assertTrue(SiteFiles.build(Seeds.CONTENT, site).published());
        server = new StaticServer(site);
        browser = new Browser(1280, 900);
        probe = new SearchProbe(site, server, browser);
    }

    @AfterAll
    static void stop() throws IOException {
        browser.close();
        server.close();
        probe.close();
    }

    /** Queries of every kind: dense and rare, digits in both widths, quoted, several clauses, a field limit. */
    private static final List<String> QUERIES = List.of("满意度", "12345", "１２３４５", "营商环境", "便民热线", "政务公开",
            "热线", "服务对象满意度", "社会效益", "四送一服", "六安", "apec", "质量合格率", "度", "满意度 淮南",
            "\"12345 热线\"", "“政务公开”", "≥95%", "政务 宣传", "不存在的词语组合", "name:热线");

    @Test
    void browserRanksEveryQueryAsTheCommandLine() {
        for (SearchRequest.Mode mode : SearchRequest.Mode.values()) {
            for (String q : QUERIES) {
                List<String> expected = urls(cli(q, mode, Map.of()));
                if (q.startsWith("name:")) {
                    // The browser searches every field: a field limit is the command line's alone.
                    expected = urls(cli(q.substring(5), mode, Map.of()));
                }
                assertEquals(expected, browserRanking(q, mode, Map.of()), mode + " «" + q + "»");
            }
        }
    }

    @Test
    void pageShowsTheFirstResultsAndTheirCount() {
        open("?q=" + encode("满意度"));
        List<String> cliUrls = urls(cli("满意度", SearchRequest.Mode.PROJECTS, Map.of()));
        assertEquals(String.valueOf(cliUrls.size()), attribute("data-total"));
        assertEquals(first(cliUrls, 10), shownUrls());
        assertEquals("“满意度”：找到 " + cliUrls.size() + " 个项目。", text("#search-status"));
        WebElement first = browser.driver().findElement(By.cssSelector(".search-hit"));
        assertTrue(!first.findElements(By.cssSelector("mark")).isEmpty(), "the hit highlights the query");
        WebElement row = first.findElement(By.cssSelector(".hit-rows a"));
        assertTrue(row.getAttribute("href").matches(".*/#r\\d+$"), "a matching row links to its row: " + row.getAttribute("href"));
    }

    @Test
    void facetsCountAndNarrowAsTheCommandLineFilters() {
        open("?q=" + encode("满意度"));
        WebElement huainan = facetLink("淮南市人民政府办公室");
        int expected = cli("满意度", SearchRequest.Mode.PROJECTS, Map.of("office", "huainan-szfb")).size();
        assertEquals("淮南市人民政府办公室 (" + expected + ")", huainan.getText());
        huainan.click();
        waitDone();
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=" + encode("满意度") + "&office=huainan-szfb"),
                browser.driver().getCurrentUrl());
        assertEquals(String.valueOf(expected), attribute("data-total"));
        assertEquals("true", facetLink("淮南市人民政府办公室").getAttribute("aria-current"));
        // Each facet counts under the other facets' filters: with 淮南's office chosen, only 淮南 is left.
        assertEquals("淮南市 (" + expected + ")", facetLink("淮南市").getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".facet a")).stream()
                .noneMatch(a -> a.getText().startsWith("六安市 (")), "六安 has no results here");
        int year = cli("满意度", SearchRequest.Mode.PROJECTS, Map.of("office", "huainan-szfb", "year", "2024")).size();
        assertEquals("2024年度 (" + year + ")", facetLink("2024年度").getText());

        open("?q=" + encode("满意度") + "&region=luan&year=2024");
        assertEquals(String.valueOf(cli("满意度", SearchRequest.Mode.PROJECTS, Map.of("region", "luan", "year", "2024")).size()),
                attribute("data-total"));
    }

    @Test
    void budgetFacetOpensByKeyboardAndItsCountsAddUp() {
        open("?q=" + encode("满意度"));
        browser.driver().findElement(By.cssSelector(".facet-lazy summary")).sendKeys(Keys.ENTER);
        browser.waitUntil("the budget facet shows", d -> !d.findElements(By.cssSelector(".facet-lazy[open] .facet a")).isEmpty());
        assertEquals("按预算金额筛选", browser.driver().switchTo().activeElement().getText(), "the keyboard stays on the facet");
        int sum = 0;
        for (WebElement a : browser.driver().findElements(By.cssSelector(".facet-lazy .facet a"))) {
            String t = a.getText();
            sum += Integer.parseInt(t.substring(t.lastIndexOf('(') + 1, t.length() - 1));
        }
        assertEquals(Integer.parseInt(attribute("data-total")), sum);
    }

    @Test
    void indicatorModeListsSortsAndDownloadsRows() {
        open("?q=" + encode("满意度") + "&mode=indicators");
        List<SearchHit> rows = cli("满意度", SearchRequest.Mode.INDICATORS, Map.of());
        assertEquals(String.valueOf(rows.size()), attribute("data-total"));
        assertEquals(first(urls(rows), 20), shownUrls());
        assertTrue(browser.driver().findElement(By.cssSelector("input[value=indicators]")).isSelected());

        browser.driver().findElement(By.linkText("指标值")).click();
        waitDone();
        assertTrue(browser.driver().getCurrentUrl().contains("sort=value&dir=asc"), browser.driver().getCurrentUrl());
        assertEquals("ascending", browser.driver().findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"));
        assertValueOrder(shownValues(), false);

        // Sorted by 指标值, the download follows the table's order: its first rows are the page's, link for link.
        String csv = SearchProbe.downloadedCsv(browser);
        String[] lines = csv.split("\r\n");
        assertTrue(csv.startsWith("\uFEFF项目,单位,年度,一级指标,二级指标,三级指标,指标值,链接\r\n"), csv.substring(0, 60));
        assertEquals(rows.size() + 1, lines.length);
        List<String> shown = shownUrls();
        for (int i = 0; i < shown.size(); i++) {
            assertTrue(lines[i + 1].endsWith(",https://example.org/" + shown.get(i)), lines[i + 1] + " / " + shown.get(i));
        }
        assertEquals("gongkai-indicators-满意度-按指标值升序.csv", csvName());
    }

    /**
     * One CSV for both: the search page's download of a filtered search is the command line's --format csv of the
     * same search, byte for byte (BOM, Chinese headers, order, links to the site's address), and its name says the
     * query and the filters.
     */
    @Test
    void theDownloadIsTheCommandLinesCsvByteForByte() {
        open("?q=" + encode("满意度") + "&mode=indicators&year=2024");
        String cli = CliRunner.out("search", "满意度", "--mode", "indicators", "--year", "2024", "--format", "csv",
                "--site", site.toString());
        assertEquals(cli, SearchProbe.downloadedCsv(browser));
        assertEquals("gongkai-indicators-满意度-2024年度.csv", csvName());
    }

    private static String csvName() {
        return (String) browser.driver().executeAsyncScript("var done = arguments[0]; var g = window.gongkaiSearch;"
                + "g.engine.search(g.readState()).then(function (a) { done(g.csvName(g.readState(), a)); });");
    }

    @Test
    void aSharedLinkOpensTheSameSearch() {
        String link = "?q=" + encode("营商环境") + "&office=huainan-szfb&year=2024";
        open(link);
        assertEquals("营商环境", browser.driver().findElement(By.id("q")).getAttribute("value"));
        assertEquals(urls(cli("营商环境", SearchRequest.Mode.PROJECTS, Map.of("office", "huainan-szfb", "year", "2024"))),
                shownUrls());
        browser.driver().navigate().back();
        browser.driver().navigate().forward();
        waitDone();
        assertEquals("营商环境", browser.driver().findElement(By.id("q")).getAttribute("value"));
    }

    @Test
    void theHeaderBoxOnAnyPageSearchesByKeyboard() {
        browser.driver().get(server.url("luan-szfb/2026/"));
        WebElement box = browser.driver().findElement(By.id("site-q"));
        box.sendKeys("12345", Keys.ENTER);
        waitDone();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/search/?q=12345"), browser.driver().getCurrentUrl());
        assertEquals(urls(cli("12345", SearchRequest.Mode.PROJECTS, Map.of())).size(), Integer.parseInt(attribute("data-total")));

        WebElement q = browser.driver().findElement(By.id("q"));
        q.clear();
        q.sendKeys("政务公开", Keys.ENTER);
        waitDone();
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=" + encode("政务公开")), browser.driver().getCurrentUrl());
        assertEquals(first(urls(cli("政务公开", SearchRequest.Mode.PROJECTS, Map.of())), 10), shownUrls());
    }

    @Test
    void resultsFitAPhoneInBothModes() {
        try (Browser phone = new Browser(360, 800)) {
            for (String query : List.of("?q=" + encode("满意度"), "?q=" + encode("满意度") + "&mode=indicators")) {
                phone.driver().get(server.url("search/" + query));
                SearchProbe.awaitSearch(phone);
                long scroll = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth;");
                long width = (Long) phone.driver().executeScript("return window.innerWidth;");
                assertTrue(scroll <= width, query + ": " + scroll + " px wide on a " + width + " px screen");
            }
            // Each row reads as a card: every cell takes the screen's width instead of a cramped column.
            for (WebElement cell : phone.driver().findElements(By.cssSelector(".search-table tbody tr:first-child td"))) {
                int right = cell.getRect().getX() + cell.getRect().getWidth();
                assertTrue(cell.getRect().getWidth() >= 300 && right <= 360,
                        cell.getAttribute("data-label") + " is " + cell.getRect().getWidth() + " px wide, ends at " + right);
            }
        }
    }

    private static List<SearchHit> cli(String q, SearchRequest.Mode mode, Map<String, String> filters) {
        return probe.cli(q, mode, filters);
    }

    private static List<String> first(List<String> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private static List<String> urls(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::url).toList();
    }

    private static List<String> browserRanking(String q, SearchRequest.Mode mode, Map<String, String> filters) {
        return probe.browserUrls(q, mode, filters);
    }

    /**
     * Opened from disk, where a page may not read the index, the page says so in Chinese with the ways to serve the
     * site, and never the browser's English error (it said 检索出错：Failed to fetch).
     */
    @Test
    void openedFromDiskSaysHowToServeTheSite() {
        browser.driver().get(site.resolve("search/index.html").toUri() + "?q="
                + URLEncoder.encode("满意度", StandardCharsets.UTF_8));
        browser.waitUntil("the page says why it cannot search from disk", d -> "file".equals(attribute("data-state")));
        String said = text("#search-status");
        assertTrue(said.startsWith("这个网页是从本机磁盘直接打开的"), said);
        assertTrue(said.contains("gongkai serve") && said.contains("http://127.0.0.1:8000/search/"), said);
        assertTrue(said.contains("python3 -m http.server"), said);
        assertFalse(said.contains("Failed") || said.contains("fetch"), said);
        assertEquals("满意度", browser.driver().findElement(By.id("q")).getAttribute("value"));
    }

    /**
     * 指标值 sorts numbers by their value within a unit and puts text (效果明显, 较高) after every number, in both
     * directions; it once put text first and 100% before 95%. Every page of a sorted search is read.
     */
    @Test
    void sortingByValueOrdersNumbersWithinAUnitAndTextAfter() {
        for (String dir : List.of("asc", "desc")) {
            List<String> values = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                open("?q=" + encode("率") + "&mode=indicators&sort=value&dir=" + dir + "&page=" + page);
                values.addAll(shownValues());
            }
            assertEquals(61, values.size(), dir);
            assertTrue(values.stream().anyMatch(v -> valueKey(v) == null), "the seed has text values: " + values);
            assertValueOrder(values, dir.equals("desc"));
        }
    }

    private static final Pattern VALUE = Pattern.compile("^[\\s≥≤><=≈~约不低高少多于等超过达到大小至]*([-+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(.*)$");

    /** A value's number and unit as the page reads them, or null for text. */
    private static Map.Entry<String, java.math.BigDecimal> valueKey(String value) {
        Matcher m = VALUE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC));
        return m.matches() ? Map.entry(m.group(2).trim(), new java.math.BigDecimal(m.group(1).replace(",", ""))) : null;
    }

    private static void assertValueOrder(List<String> values, boolean descending) {
        List<String> unitsSeen = new ArrayList<>();
        Map.Entry<String, java.math.BigDecimal> previous = null;
        boolean text = false;
        for (String v : values) {
            Map.Entry<String, java.math.BigDecimal> key = valueKey(v);
            if (key == null) {
                text = true;
                continue;
            }
            assertFalse(text, "a number after text: " + v + " in " + values);
            if (previous != null && previous.getKey().equals(key.getKey())) {
                int order = previous.getValue().compareTo(key.getValue());
                assertTrue(descending ? order >= 0 : order <= 0, previous + " before " + key + " in " + values);
            } else {
                assertFalse(unitsSeen.contains(key.getKey()), "the unit " + key.getKey() + " comes back: " + values);
                unitsSeen.add(key.getKey());
            }
            previous = key;
        }
    }

    private static List<String> shownValues() {
        return browser.driver().findElements(By.cssSelector(".search-table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The mode applies as soon as it is chosen: no press of 搜索. */
    @Test
    void choosingTheModeSearchesAtOnce() {
        open("?q=" + encode("满意度"));
        browser.driver().findElement(By.cssSelector("input[name=mode][value=indicators]")).click();
        waitDone();
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=" + encode("满意度") + "&mode=indicators"),
                browser.driver().getCurrentUrl());
        List<SearchHit> rows = cli("满意度", SearchRequest.Mode.INDICATORS, Map.of());
        assertEquals(String.valueOf(rows.size()), attribute("data-total"));
        assertEquals(first(urls(rows), 20), shownUrls());
    }

    /** Results come as you type, once typing pauses, and the page has one search box: its own, not the header's. */
    @Test
    void resultsComeAsYouTypeInThePagesOnlyBox() {
        open("");
        assertEquals(0, browser.driver().findElements(By.id("site-q")).size(), "the header's empty box above the page's");
        browser.driver().findElement(By.id("q")).sendKeys("热线");
        browser.waitUntil("results for what was typed", d -> d.getCurrentUrl().endsWith("?q=" + encode("热线"))
                && "done".equals(attribute("data-state")));
        assertEquals(first(urls(cli("热线", SearchRequest.Mode.PROJECTS, Map.of())), 10), shownUrls());
    }

    /**
     * A filter shows as a chip above the results, where a phone shows them before the facets, and in the summary a
     * shared link opens with; one tap on the chip drops it.
     */
    @Test
    void activeFiltersAreChipsAboveTheResultsAndInTheSummary() {
        try (Browser phone = new Browser(360, 800)) {
            phone.driver().get(server.url("search/?q=" + encode("满意度") + "&year=2024"));
            SearchProbe.awaitSearch(phone);
            List<WebElement> chips = phone.driver().findElements(By.cssSelector(".search-chips a"));
            assertEquals(List.of("× 2024年度"), chips.stream().map(WebElement::getText).toList());
            int total = cli("满意度", SearchRequest.Mode.PROJECTS, Map.of("year", "2024")).size();
            assertEquals("“满意度”（筛选：2024年度）：找到 " + total + " 个项目。",
                    phone.driver().findElement(By.id("search-status")).getText());
            WebElement firstHit = phone.driver().findElement(By.cssSelector(".search-hit"));
            WebElement facets = phone.driver().findElement(By.id("search-facets"));
            assertTrue(chips.get(0).getRect().getY() < firstHit.getRect().getY(), "the chip is above the results");
            assertTrue(chips.get(0).getRect().getY() < facets.getRect().getY(), "the chip is above the facets");
            chips.get(0).click();
            SearchProbe.awaitSearch(phone);
            assertFalse(phone.driver().getCurrentUrl().contains("year="), phone.driver().getCurrentUrl());
            assertEquals(0, phone.driver().findElements(By.cssSelector(".search-chips")).size());
        }
    }

    /**
     * Indicator mode finds a project's rows by its name, as the command line does; and where a mode finds nothing,
     * the page says how many the other finds, with a link that opens them.
     */
    @Test
    void anEmptyModeSaysWhatTheOtherFinds() {
        open("?q=12345&mode=indicators");
        List<SearchHit> rows = cli("12345", SearchRequest.Mode.INDICATORS, Map.of());
        assertTrue(rows.size() > 2, rows.toString());
        assertEquals(String.valueOf(rows.size()), attribute("data-total"));

        open("?q=" + encode("提升行政监督效能") + "&mode=indicators");
        assertEquals("0", attribute("data-total"));
        WebElement other = browser.driver().findElement(By.cssSelector(".search-other"));
        int projects = cli("提升行政监督效能", SearchRequest.Mode.PROJECTS, Map.of()).size();
        assertEquals("在“项目”中找到 " + projects + " 条结果：查看项目结果", other.getText());
        other.findElement(By.tagName("a")).click();
        waitDone();
        assertEquals(String.valueOf(projects), attribute("data-total"));
        assertTrue(browser.driver().findElement(By.cssSelector("input[name=mode][value=projects]")).isSelected());
    }

    private static void open(String query) {
        browser.driver().get(server.url("search/" + query));
        if (!query.isEmpty()) {
            waitDone();
        }
    }

    /**
     * Every summary, of every project and every indicator row, shows the row its link points to. The 六安 seed has
     * empty rows in the middle of its forms, which are not documents but keep their numbers: the rows after them
     * are where a count by place goes wrong.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everySummaryShowsTheRowItLinksTo() throws IOException {
        browser.driver().get(server.url("search/"));
        List<List<Object>> all = (List<List<Object>>) browser.driver().executeAsyncScript(
                "var done = arguments[0]; var e = window.gongkaiSearch.engine;"
                + "function range(n) { return Array.from({length: n}, function (_, i) { return i; }); }"
                + "Promise.all([e.summaries('p', range(e.config.p.docs)), e.summaries('r', range(e.config.r.docs))])"
                + "  .then(function (s) { done(s); }).catch(function (err) { done([['error: ' + err]]); });");
        List<Object> projects = all.get(0);
        List<Object> rows = all.get(1);
        int checked = 0;
        int afterAnEmptyRow = 0;
        Map<String, Document> pages = new HashMap<>();
        for (Object p : projects) {
            List<Object> project = (List<Object>) p;
            String url = (String) project.get(0);
            int previous = 0;
            for (Object r : (List<Object>) project.get(4)) {
                List<String> row = (List<String>) r;
                int number = Integer.parseInt(row.get(0));
                afterAnEmptyRow += number > previous + 1 ? 1 : 0;
                previous = number;
                assertRow(pages, url + "#r" + number, row.get(1), row.get(2));
                checked++;
            }
        }
        assertTrue(afterAnEmptyRow > 0, "the seed has rows after an empty one");
        assertEquals(checked, rows.size(), "each non-empty row is one indicator document");
        for (Object r : rows) {
            List<String> row = (List<String>) r;
            assertRow(pages, row.get(0), row.get(4), row.get(5));
            Element tr = pages.get(row.get(0).split("#")[0]).getElementById(row.get(0).split("#")[1]);
            String group = tr.closest("table").text();
            assertTrue(group.contains(row.get(2)) && group.contains(row.get(3)), row + ": " + group);
        }
    }

    private static void assertRow(Map<String, Document> pages, String link, String level3,
            String value) throws IOException {
        String[] parts = link.split("#");
        Document page = pages.get(parts[0]);
        if (page == null) {
            page = SiteFiles.page(site, parts[0]);
            pages.put(parts[0], page);
        }
        Element tr = page.getElementById(parts[1]);
        assertTrue(tr != null, link + " has no row");
        assertEquals(level3, tr.selectFirst(".l3").text(), link);
        assertEquals(value, tr.selectFirst(".val").text(), link);
    }

    private static void waitDone() {
        SearchProbe.awaitSearch(browser);
    }

    private static String attribute(String name) {
        return browser.driver().findElement(By.id("search")).getAttribute(name);
    }

    private static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static List<String> shownUrls() {
        return browser.driver().findElements(By.cssSelector("#search-results .search-hit")).stream()
                .map(e -> e.getAttribute("data-url")).toList();
    }

    private static WebElement facetLink(String label) {
        return browser.driver().findElements(By.cssSelector(".facet a")).stream()
                .filter(a -> a.getText().startsWith(label + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no facet " + label));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
