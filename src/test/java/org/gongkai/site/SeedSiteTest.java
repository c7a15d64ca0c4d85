package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SeedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled seed content builds, and every project page shows its name, its total and every indicator row. */
class SeedSiteTest {

    static Path site;
    static List<Disclosure> disclosures;

    @BeforeAll
    static void build() throws IOException {
        site = SeedSite.root();
        disclosures = Seeds.disclosures();
    }

    @Test
    void theFourSeedDocumentsAreThere() {
        Map<String, Integer> projects = new TreeMap<>();
        disclosures.forEach(d -> projects.put(d.officeId() + "/" + d.year(), d.projects().size()));
        assertEquals(Map.of("huainan-szfb/2024", 10, "huaiyuan-xzfb/2024", 10, "luan-szfb/2026", 12, "yeji-qzfb/2024", 5),
                projects);
    }

    /** An office may not take the name of a folder the site writes for itself: the loader refuses those ids. */
    @Test
    void theSiteOwnFoldersAreTheReservedOfficeIds() throws IOException {
        Set<String> offices = new TreeSet<>();
        disclosures.forEach(d -> offices.add(d.officeId()));
        Set<String> own = new TreeSet<>();
        try (Stream<Path> top = Files.list(site)) {
            top.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !offices.contains(name) && !name.startsWith("_")).forEach(own::add);
        }
        assertEquals(new TreeSet<>(Office.RESERVED_IDS), own);
    }

    @Test
    void everyProjectPageShowsNameTotalAndEveryIndicatorRow() throws IOException {
        int rows = 0;
        for (Disclosure d : disclosures) {
            for (Project p : d.projects()) {
                Path file = SitePaths.file(site, SitePaths.project(d.officeId(), d.year(), p.id()));
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                String where = file.toString();
                assertEquals(p.name(), page.selectFirst("h1").text(), where);
                Element totalRow = page.select("table.project tr").stream()
                        .filter(tr -> tr.text().contains("年度资金总额")).findFirst().orElseThrow();
                assertEquals(p.funds().total().orElseThrow().printed(), totalRow.selectFirst("td.num").text(), where);
                for (int i = 0; i < p.indicators().size(); i++) {
                    IndicatorRow row = p.indicators().get(i);
                    Element tr = page.getElementById("r" + (i + 1));
                    assertEquals(text(row.level3()), tr.selectFirst("td.l3").text(), where + " row " + (i + 1));
                    assertEquals(text(row.value()), tr.selectFirst("td.val").text(), where + " row " + (i + 1));
                    assertEquals(row.level1(), headerAbove(tr, "l1"), where + " row " + (i + 1));
                    assertEquals(row.level2(), headerAbove(tr, "l2"), where + " row " + (i + 1));
                    rows++;
                }
            }
        }
        assertEquals(indicatorRowsInYaml(), rows, "every indicator row of the YAML is on a page");
    }

    @Test
    void everyYearPageLinksEveryProject() throws IOException {
        for (Disclosure d : disclosures) {
            Document page = Jsoup.parse(SitePaths.file(site, SitePaths.year(d.officeId(), d.year())).toFile(), "UTF-8");
            List<String> links = page.select("ol.projects a").eachAttr("href");
            assertEquals(d.projects().stream().map(p -> p.id() + "/").toList(), links);
        }
    }

    /** Project indicator rows counted by a plain YAML parser, independently of gongkai's loader. */
    private static int indicatorRowsInYaml() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int rows = 0;
        for (Disclosure d : disclosures) {
            JsonNode root = yaml.readTree(Path.of("content/offices", d.officeId(), d.year() + ".yaml").toFile());
            for (JsonNode project : root.path("projects")) {
                rows += project.path("indicators").size();
            }
        }
        return rows;
    }

    /** The merged 一级 or 二级 cell that covers a row: in the row itself or the nearest row above that has one. */
    private static String headerAbove(Element tr, String cls) {
        for (Element row = tr; row != null; row = row.previousElementSibling()) {
            Element th = row.selectFirst("th." + cls);
            if (th != null) {
                return th.text();
            }
        }
        return null;
    }

    /** What a reader sees of a text: jsoup collapses runs of white space, as a browser does. */
    private static String text(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
