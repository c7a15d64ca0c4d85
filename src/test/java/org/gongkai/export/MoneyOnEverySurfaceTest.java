package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.gongkai.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One amount reads the same wherever the site shows it (issue 17). In fixture-site's 2025, 示例市2025年热线运营项目's
 * form printed its total in 元, 253000.00, which every surface in 万元 shows as 25.30, never 25.3 or 25.300000;
 * 文印“专项”经费's form printed 3.50 万元, which stays 3.50; the year's sum is 28.80 and the site's 63.17.
 */
class MoneyOnEverySurfaceTest {

    static final Path CONTENT = Path.of("src/test/resources/fixture-site/content");
    static final String YEAR = "demo-office/2025/";
    /** The project printed in 元 and the one printed in 万元, by id, with the amount in 万元 every surface shows. */
    static final Map<String, String> TOTALS = Map.of("rexian", "25.30", "wenyin", "3.50");
    static final Map<String, String> NAMES = Map.of("rexian", "示例市2025年热线运营项目", "wenyin", "文印“专项”经费");
    /** A query that finds each of them alone. */
    static final Map<String, String> QUERIES = Map.of("rexian", "热线运营", "wenyin", "文印");
    static final String YEAR_SUM = "28.80";
    static final String SITE_SUM = "63.17";

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = SiteFiles.buildForRun("gongkai-money-site", CONTENT);
    }

    @Test
    void theProjectPageShowsTheFormsOwnFigureInItsOwnUnit() throws IOException {
        assertEquals(List.of("项目资金（元）", "253000.00"), fundsTotal(SiteFiles.page(site, YEAR + "rexian/")));
        assertEquals(List.of("项目资金（万元）", "3.50"), fundsTotal(SiteFiles.page(site, YEAR + "wenyin/")));
    }

    @Test
    void theYearPageListsChartsAndSumsThemInWan() throws IOException {
        Document year = SiteFiles.page(site, YEAR);
        assertEquals(List.of(TOTALS.get("rexian"), TOTALS.get("wenyin")),
                year.select("table.list tbody td.num").eachText());
        assertEquals(List.of(TOTALS.get("rexian"), TOTALS.get("wenyin")), year.select("ol.projects .num").eachText());
        assertEquals(List.of(TOTALS.get("rexian"), TOTALS.get("wenyin")),
                year.select("#chart-projects table.chart-data td.num").eachText());
        assertEquals("横向条形图，2个项目的年度资金总额，单位万元，按金额从高到低排列；最高为示例市2025年热线运营项目（"
                + TOTALS.get("rexian") + "万元），最低为文印“专项”经费（" + TOTALS.get("wenyin") + "万元）。图下表格列出每个项目的金额。",
                year.selectFirst("#chart-projects desc").text());
        assertEquals(YEAR_SUM, year.selectFirst("dl.facts .num").text());
        assertEquals("横向条形图，各项目年度资金按来源合计，单位万元：财政拨款28.50万元，其他资金0.30万元；年度资金总额合计" + YEAR_SUM
                + "万元。", year.selectFirst("#chart-sources desc").text());
    }

    @Test
    void theOfficeHomeFeedAndComparisonShowTheSameSums() throws IOException {
        assertEquals(YEAR_SUM, SiteFiles.page(site, "demo-office/").selectFirst("a[href=2025/] + .meta .num").text());
        Document home = SiteFiles.page(site, "");
        assertEquals(YEAR_SUM, home.selectFirst("ul.years a[href=" + YEAR + "] + .meta .num").text());
        assertEquals(YEAR_SUM, home.selectFirst("ul.year-totals li:containsOwn(2025年度) .num").text());
        assertEquals(SITE_SUM, home.selectFirst("#chart-offices table.chart-data td.num").text());
        Document feed = Jsoup.parse(Files.readString(site.resolve(Crawlers.FEED)), "", Parser.xmlParser());
        assertEquals("示例市人民政府办公室 2025年度：2 个项目，年度资金合计 " + YEAR_SUM + " 万元。已于 2025-03-05 更正。",
                feed.selectFirst("entry summary").text());
        // The 2024 column, then 2025's: the figure of the table's own sum row, not any cell that happens to match.
        Element sums = SiteFiles.page(site, "compare/rexian/").selectFirst("table.compare tbody tr.sum");
        assertEquals(List.of("24.37", TOTALS.get("rexian")), sums.select("td.num").eachText(), sums::outerHtml);
    }

    @Test
    void theCsvAndJsonDownloadsHoldThePagesDigits() throws IOException {
        for (Path csv : List.of(site.resolve(YEAR + Downloads.PROJECTS.file()),
                site.resolve(Downloads.SITE_FOLDER + Downloads.PROJECTS.file()))) {
            int rows = 0;
            for (Map<String, String> row : DownloadsTest.records(csv)) {
                if (row.get("year").equals("2025")) {
                    assertEquals(TOTALS.get(row.get("project_id")), row.get("total"), csv + " " + row.get("project_id"));
                    rows++;
                }
            }
            assertEquals(TOTALS.size(), rows, csv.toString());
        }
        assertEquals("25.00 0.30", amounts(DownloadsTest.records(site.resolve(YEAR + Downloads.PROJECTS.file())).get(0)));
        List<JsonNode> projects = new ArrayList<>();
        new ObjectMapper().readTree(site.resolve(YEAR + Downloads.JSON_FILE).toFile()).get("projects")
                .forEach(projects::add);
        new ObjectMapper().readTree(site.resolve(Downloads.SITE_FOLDER + Downloads.JSON_FILE).toFile())
                .get("disclosures").forEach(d -> {
                    if (d.get("year").asInt() == 2025) {
                        d.get("projects").forEach(projects::add);
                    }
                });
        assertEquals(4, projects.size());
        for (JsonNode p : projects) {
            assertEquals(TOTALS.get(p.get("project_id").asText()), p.get("total").asText(), p.toString());
        }
    }

    @Test
    void theBrowsersSearchSummariesHoldThePagesDigits() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(site.resolve("search/p/d"))) {
            for (Path file : files.toList()) {
                for (JsonNode summary : new ObjectMapper().readTree(file.toFile())) {
                    String url = summary.get(0).asText();
                    if (url.startsWith(YEAR)) {
                        String id = url.substring(YEAR.length(), url.length() - 1);
                        found.add(id);
                        assertEquals(TOTALS.get(id), summary.get(2).asText(), url);
                    }
                }
            }
        }
        assertEquals(List.of("rexian", "wenyin"), found.stream().sorted().toList());
    }

    @Test
    void theCommandLineSearchPrintsThePagesDigitsInEveryFormat() throws IOException {
        for (String id : TOTALS.keySet()) {
            String amount = TOTALS.get(id);
            String table = search(QUERIES.get(id), "table");
            assertTrue(table.contains(NAMES.get(id) + "  示例市人民政府办公室 2025年度  " + amount + "万元  ["), table);
            JsonNode json = new ObjectMapper().readTree(search(QUERIES.get(id), "json"));
            assertEquals(1, json.size(), json::toString);
            assertEquals(amount, json.get(0).get("amount").asText(), json::toString);
            List<String> csv = search(QUERIES.get(id), "csv").lines().toList();
            assertEquals("年度资金总额（万元）", csv.get(0).split(",")[3]);
            assertEquals(amount, csv.get(1).split(",")[3], csv::toString);
        }
    }

    /** The unit heading and the 年度资金总额 of a project page's funds rows. */
    private static List<String> fundsTotal(Document page) {
        Element row = page.selectFirst("th.fund:contains(年度资金总额)").parent();
        return List.of(row.selectFirst("th[scope=rowgroup]").text(), row.selectFirst("td.num").text());
    }

    private static String amounts(Map<String, String> row) {
        return row.get("fiscal") + " " + row.get("other");
    }

    /** The command line's output for {@code query} in 2025's projects. */
    private static String search(String query, String format) {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("search", query,
                "--year", "2025", "--format", format, "--site", site.toString());
        assertEquals(0, code, out::toString);
        return out.toString();
    }
}
