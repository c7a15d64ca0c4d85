package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.NoTotalSite;
import org.junit.jupiter.api.Test;

/**
 * A project whose form printed no readable 年度资金总额 has an empty total in the CSV and a null one in the JSON, as
 * any other amount the form does not print; never 0, which would be a budget of nothing.
 */
class NoTotalDownloadsTest {

    @Test
    void theCsvCellIsEmpty() throws IOException {
        List<Map<String, String>> rows = DownloadsTest.records(
                NoTotalSite.root().resolve(NoTotalSite.YEAR + "projects.csv"));
        assertEquals(List.of("dfxf 120.00 120.00", "hdzl  81.466298"),
                rows.stream().map(r -> r.get("project_id") + " " + r.get("total") + " " + r.get("fiscal")).toList());
    }

    @Test
    void theJsonFieldIsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(
                NoTotalSite.root().resolve(NoTotalSite.YEAR + Downloads.JSON_FILE).toFile());
        assertEquals("120.00", json.at("/projects/0/total").asText());
        assertTrue(json.at("/projects/1/total").isNull(), () -> "the total of hdzl: " + json.at("/projects/1/total"));
        assertEquals("81.466298", json.at("/projects/1/fiscal").asText());
    }
}
