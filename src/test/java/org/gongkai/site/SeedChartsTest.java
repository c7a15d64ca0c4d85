package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.Seeds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The charts of the seed site, read back from the HTML: each is an accessible SVG whose bar lengths follow the
 * amounts, and whose data table holds exactly the amounts of the content.
 */
class SeedChartsTest {

    @Test
    void yearPagesChartEveryProjectWithItsExactTotal() throws IOException {
        for (Disclosure d : Seeds.disclosures()) {
            Element chart = accessibleChart(page(SitePaths.year(d.officeId(), d.year())), "chart-projects");
            Map<String, BigDecimal> expected = new TreeMap<>();
            d.projects().forEach(p -> expected.put(p.name(), p.funds().totalInWan().orElseThrow()));
            assertEquals(expected, table(chart), d.officeId());
            assertBarsProportional(chart);
        }
    }

    @Test
    void sourcesChartAddsUpTheProjectsFundsBySource() throws IOException {
        for (Disclosure d : Seeds.disclosures()) {
            Element chart = accessibleChart(page(SitePaths.year(d.officeId(), d.year())), "chart-sources");
            Map<String, BigDecimal> table = table(chart);
            BigDecimal fiscal = d.projects().stream().map(p -> p.funds().fiscal().map(Money::value).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(fiscal, table.get("财政拨款"), d.officeId());
            BigDecimal total = d.projects().stream().map(p -> p.funds().totalInWan().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, total.compareTo(table.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)), d.officeId());
            assertBarsProportional(chart);
        }
    }

    @Test
    void homeChartsTotalEachOfficeAndEachYear() throws IOException {
        Document home = page("");
        Map<String, BigDecimal> byOffice = new TreeMap<>();
        Map<String, BigDecimal> byYear = new TreeMap<>();
        for (Disclosure d : Seeds.disclosures()) {
            String office = Seeds.catalog().offices().stream().filter(o -> o.id().equals(d.officeId()))
                    .map(Office::name).findFirst().orElseThrow();
            for (Project p : d.projects()) {
                byOffice.merge(office, p.funds().totalInWan().orElseThrow(), BigDecimal::add);
                byYear.merge(d.year() + "年度", p.funds().totalInWan().orElseThrow(), BigDecimal::add);
            }
        }
        Element offices = accessibleChart(home, "chart-offices");
        assertEquals(byOffice, table(offices));
        assertBarsProportional(offices);
        Element years = accessibleChart(home, "chart-years");
        assertEquals(byYear, table(years));
        assertBarsProportional(years);
    }

    /** The figure {@code id}, after checking that its SVG is an image named by its own title and description. */
    static Element accessibleChart(Document page, String id) {
        Element figure = page.getElementById(id);
        assertTrue(figure != null, id);
        Element svg = figure.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals(id + "-title " + id + "-desc", svg.attr("aria-labelledby"));
        Element title = svg.children().first();
        assertEquals("title", title.tagName());
        assertEquals(id + "-title", title.id());
        assertFalse(title.text().isBlank());
        Element desc = svg.getElementById(id + "-desc");
        assertEquals("desc", desc.tagName());
        assertTrue(desc.text().contains("万元"), desc.text());
        assertTrue(svg.attr("viewBox").startsWith("0 0 "), svg.attr("viewBox"));
        // Sized by site.css in rem, so that its labels are body text (ChartSizeTest measures them in Chromium).
        assertFalse(svg.hasAttr("width"), svg.attr("width"));
        return figure;
    }

    /** The figure's data table, label to exact amount; also checks that each bar's label shows the same amount. */
    static Map<String, BigDecimal> table(Element figure) {
        Map<String, BigDecimal> rows = new TreeMap<>();
        List<String> tableAmounts = new ArrayList<>();
        for (Element tr : figure.select("table.chart-data tbody tr")) {
            rows.put(tr.selectFirst("th[scope=row]").text(), new BigDecimal(tr.selectFirst("td.num").text()));
            tableAmounts.add(tr.selectFirst("td.num").text());
        }
        assertEquals(tableAmounts, figure.select("svg g.bar text.value").eachText());
        return rows;
    }

    /** Every bar's length is its amount's share of the largest amount, to within the drawing's rounding. */
    static void assertBarsProportional(Element figure) {
        List<Element> bars = figure.select("svg g.bar");
        List<BigDecimal> amounts = bars.stream().map(b -> new BigDecimal(b.selectFirst("text.value").text())).toList();
        List<Double> widths = bars.stream().map(b -> Double.parseDouble(b.selectFirst("rect").attr("width"))).toList();
        BigDecimal max = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        double longest = widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(max.signum() == 0 ? longest == 0 : longest > 100, "the longest bar " + longest);
        for (int i = 0; i < bars.size(); i++) {
            double expected = max.signum() == 0 ? 0 : amounts.get(i).doubleValue() / max.doubleValue() * longest;
            assertEquals(expected, widths.get(i), 0.1, "bar " + i + " of " + figure.id());
        }
    }

    static Document page(String page) throws IOException {
        return SeedSite.page(page);
    }
}
