package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.gongkai.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The downloads of the bundled content, read back as a journalist would: CSV with jackson-csv and JSON with
 * Jackson, compared with the seed YAML's own text (amounts as printed), and linked from the pages they cover.
 */
class DownloadsTest {

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSeedSite.root();
    }

    @Test
    void projectsCsvHasEverySeedProjectWithItsAmountsAsPrinted() throws IOException {
        Map<String, Map<String, String>> seed = seedFunds();
        List<Map<String, String>> rows = records(site.resolve("data/projects.csv"));
        assertEquals(seed.keySet(), rows.stream().map(DownloadsTest::projectKey).collect(Collectors.toSet()));
        assertEquals(seed.size(), rows.size(), "one row per project");
        for (Map<String, String> row : rows) {
            Map<String, String> funds = seed.get(projectKey(row));
            assertEquals("万元", row.get("funds_unit"), "the seeds print 万元");
            for (String source : List.of("total", "fiscal", "bond", "carryover", "other")) {
                assertEquals(funds.getOrDefault(source, ""), row.get(source), projectKey(row) + " " + source);
            }
        }
    }

    @Test
    void csvKeepsChineseTextVerbatim() throws IOException {
        List<Map<String, String>> rows = records(site.resolve("data/projects.csv"));
        Map<String, String> names = seedProjectTexts("name");
        Map<String, String> goals = seedProjectTexts("goal");
        for (Map<String, String> row : rows) {
            assertEquals(names.get(projectKey(row)), row.get("project_name"));
            assertEquals(goals.get(projectKey(row)), row.get("goal"));
        }
        assertTrue(goals.values().stream().anyMatch(g -> g.contains("\n")), "a goal with a line break is among them");
    }

    @Test
    void indicatorsCsvHasEverySeedRowVerbatimWithPlainNumbers() throws IOException {
        List<Map<String, String>> rows = records(site.resolve("data/indicators.csv"));
        List<String> expected = new ArrayList<>();
        for (Path file : seedDisclosures()) {
            MappingNode root = compose(file);
            String office = file.getParent().getFileName().toString();
            String year = scalar(root, "year");
            for (Node project : sequence(root, "projects")) {
                addRows(expected, office, year, "project", scalar((MappingNode) project, "id"),
                        sequence((MappingNode) project, "indicators"));
            }
            Node overall = value(root, "overall");
            if (overall != null) {
                addRows(expected, office, year, "overall", "", sequence((MappingNode) overall, "indicators"));
            }
        }
        List<String> actual = rows.stream().map(r -> String.join("|", r.get("office_id"), r.get("year"),
                r.get("table"), r.get("project_id"), r.get("level1"), r.get("level2"), r.get("level3"), r.get("value")))
                .toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        for (Map<String, String> r : rows) {
            for (String column : List.of("number", "normalised_amount")) {
                assertTrue(r.get(column).matches("(-?\\d+(\\.\\d+)?)?"), column + " is a plain decimal: " + r);
            }
            if (r.get("kind").equals("quantitative")) {
                assertFalse(r.get("number").isEmpty(), r.toString());
                assertFalse(r.get("family").equals("unknown"), r.toString());
            }
        }
    }

    @Test
    void siteWideFilesAreTheDisclosuresJoinedInOfficeAndYearOrder() throws IOException {
        List<Path> years = seedDisclosures().stream()
                .map(f -> site.resolve(f.getParent().getFileName().toString())
                        .resolve(f.getFileName().toString().replace(".yaml", "")))
                .sorted().toList();
        for (Table table : Downloads.TABLES) {
            List<List<String>> joined = new ArrayList<>();
            for (Path year : years) {
                List<List<String>> part = BuiltSeedSite.csv(year.resolve(table.file()));
                assertEquals(table.headers(), part.get(0));
                joined.addAll(part.subList(1, part.size()));
            }
            List<List<String>> whole = BuiltSeedSite.csv(site.resolve("data").resolve(table.file()));
            assertEquals(table.headers(), whole.get(0));
            assertEquals(joined, whole.subList(1, whole.size()), table.file());
        }
    }

    @Test
    void jsonHoldsTheSameProjectsAndRowsWithAmountsAsStrings() throws IOException {
        JsonNode all = new ObjectMapper().readTree(site.resolve("data/data.json").toFile());
        List<Map<String, String>> projects = records(site.resolve("data/projects.csv"));
        List<Map<String, String>> indicators = records(site.resolve("data/indicators.csv"));
        List<Map<String, String>> fromJson = new ArrayList<>();
        int rows = 0;
        for (JsonNode d : all.get("disclosures")) {
            for (JsonNode p : d.get("projects")) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Column c : Downloads.PROJECTS.columns()) {
                    JsonNode v = p.has(c.name()) ? p.get(c.name()) : d.get(c.name());
                    if (c.type() == FieldType.NUMBER && !v.isNull()) {
                        assertTrue(v.isTextual(), c.name() + " is a string in JSON");
                    }
                    row.put(c.name(), v.isNull() ? "" : v.asText());
                }
                fromJson.add(row);
                rows += p.get("indicators").size();
            }
            rows += d.get("overall").isNull() ? 0 : d.get("overall").get("indicators").size();
        }
        assertEquals(projects, fromJson);
        assertEquals(indicators.size(), rows);
        assertEquals(all.get("disclosures").size(), seedDisclosures().size());
    }

    @Test
    void dataPageExplainsEveryColumnOfEveryCsvFile() throws IOException {
        Document page = Jsoup.parse(site.resolve("data/index.html").toFile(), "UTF-8");
        Set<String> explained = page.select("table.columns code").stream().map(Element::text).collect(Collectors.toSet());
        for (Table table : Downloads.TABLES) {
            for (String header : BuiltSeedSite.csv(site.resolve("data").resolve(table.file())).get(0)) {
                assertTrue(explained.contains(header), "the data page explains " + table.file() + " column " + header);
            }
        }
        assertTrue(page.text().contains("万元") && page.text().contains("10000") && page.text().contains("CNY"));
        for (String family : List.of("percent", "money", "count", "duration", "rate")) {
            assertTrue(explained.contains(family), family);
        }
        assertTrue(page.text().contains(org.gongkai.content.model.Site.DEFAULT_LICENCE), "the default licence");
    }

    @Test
    void pagesLinkTheDownloadsTheyCover() throws IOException {
        assertLinksResolve(site.resolve("index.html"), "data/projects.csv", "data/indicators.csv", "data/data.json",
                "data/datapackage.json");
        for (Path file : seedDisclosures()) {
            Path year = site.resolve(file.getParent().getFileName().toString())
                    .resolve(file.getFileName().toString().replace(".yaml", ""));
            assertLinksResolve(year.resolve("index.html"), "projects.csv", "indicators.csv", "data.json",
                    "datapackage.json");
            try (Stream<Path> projects = Files.list(year)) {
                for (Path project : projects.filter(Files::isDirectory).toList()) {
                    Document doc = Jsoup.parse(project.resolve("index.html").toFile(), "UTF-8");
                    assertFalse(doc.select("a[href=../#downloads]").isEmpty(), project + " links its year's downloads");
                }
            }
        }
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertFalse(home.select("link[rel=alternate][type=application/atom+xml][href=feed.xml]").isEmpty());
        assertFalse(home.select("nav a[href=data/]").isEmpty(), "the data page is in the navigation");
    }

    @Test
    void theContentSchemaIsPublishedAsInTheRepository() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            List<String> repository = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(repository, Downloads.SCHEMA_FILES.stream().sorted().toList(), "every schema file is published");
        }
        for (String name : Downloads.SCHEMA_FILES) {
            assertEquals(-1L, Files.mismatch(Path.of("schema", name), site.resolve("data/schema").resolve(name)), name);
        }
    }

    private static void assertLinksResolve(Path page, String... hrefs) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        for (String href : hrefs) {
            Element link = doc.selectFirst("ul.downloads a[href=" + href + "]");
            assertTrue(link != null, page + " links " + href);
            assertTrue(Files.isRegularFile(page.getParent().resolve(href)), href + " exists beside " + page);
            assertTrue(link.attr("download").endsWith(Path.of(href).getFileName().toString()), link.toString());
        }
    }

    private static String projectKey(Map<String, String> row) {
        return row.get("office_id") + "/" + row.get("year") + "/" + row.get("project_id");
    }

    static List<Map<String, String>> records(Path csv) throws IOException {
        List<List<String>> rows = BuiltSeedSite.csv(csv);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), csv + ": " + row);
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    // The seed YAML read with SnakeYAML's node tree, whose scalars are the text as written (96.00 stays 96.00).

    private static List<Path> seedDisclosures() throws IOException {
        try (Stream<Path> files = Files.walk(Seeds.CONTENT.resolve("offices"))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.yaml")).sorted().toList();
        }
    }

    /** Office/year/project id → the funds as written in the seed YAML. */
    private static Map<String, Map<String, String>> seedFunds() throws IOException {
        Map<String, Map<String, String>> funds = new TreeMap<>();
        for (Path file : seedDisclosures()) {
            MappingNode root = compose(file);
            for (Node project : sequence(root, "projects")) {
                MappingNode p = (MappingNode) project;
                Map<String, String> amounts = new HashMap<>();
                for (NodeTuple t : ((MappingNode) value(p, "funds")).getValue()) {
                    amounts.put(((ScalarNode) t.getKeyNode()).getValue(), ((ScalarNode) t.getValueNode()).getValue());
                }
                funds.put(key(file, root, p), amounts);
            }
        }
        return funds;
    }

    private static Map<String, String> seedProjectTexts(String field) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Path file : seedDisclosures()) {
            MappingNode root = compose(file);
            for (Node project : sequence(root, "projects")) {
                texts.put(key(file, root, (MappingNode) project), scalar((MappingNode) project, field));
            }
        }
        return texts;
    }

    private static String key(Path file, MappingNode root, MappingNode project) {
        return file.getParent().getFileName() + "/" + scalar(root, "year") + "/" + scalar(project, "id");
    }

    private static void addRows(List<String> out, String office, String year, String table, String project,
            List<Node> rows) {
        for (Node row : rows) {
            List<String> cells = ((SequenceNode) row).getValue().stream().map(c -> ((ScalarNode) c).getValue()).toList();
            out.add(String.join("|", office, year, table, project, cells.get(0), cells.get(1), cells.get(2),
                    cells.get(3)));
        }
    }

    private static MappingNode compose(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (MappingNode) new Yaml().compose(r);
        }
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(MappingNode map, String key) {
        return ((ScalarNode) value(map, key)).getValue();
    }

    private static List<Node> sequence(MappingNode map, String key) {
        return ((SequenceNode) value(map, key)).getValue();
    }
}
