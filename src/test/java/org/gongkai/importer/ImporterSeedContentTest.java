package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.content.write.DisclosureWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled content is the importer's output for the seed documents, reviewed against them: importing a seed
 * must give its content file byte for byte. Run with -Dgongkai.regenerate=true to rewrite the files after a
 * deliberate change, then review the diff against the seed text.
 */
class ImporterSeedContentTest {

    @ParameterizedTest
    @CsvSource({
        "000_085cf0a9e739f3c0.txt, luan-szfb, 2026",
        "001_099530ba672a4441.txt, huainan-szfb, 2024",
        "002_29cdd1114be372f5.txt, yeji-qzfb, 2024",
        "003_3ce225b085d70733.txt, huaiyuan-xzfb, 2024",
    })
    void importingASeedGivesItsContentFile(String seed, String office, int year) throws IOException {
        ImportResult result = new DocumentImporter().importDocument(seedText(seed), seed, office);
        assertTrue(result.problems().isEmpty(), () -> "problems: " + result.problems());
        Disclosure d = result.disclosure().orElseThrow();
        assertEquals(year, d.year());
        String yaml = new DisclosureWriter().write(d);
        Path file = Path.of("content", "offices", office, year + ".yaml");
        if (Boolean.getBoolean("gongkai.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), yaml);
        assertJacksonReadsTheSameTexts(d, yaml);
    }

    /** The quoting is right when a YAML library reads back every text of the model unchanged. */
    private static void assertJacksonReadsTheSameTexts(Disclosure d, String yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals(d.year(), root.get("year").intValue());
        JsonNode projects = root.get("projects");
        assertEquals(d.projects().size(), projects.size());
        for (int i = 0; i < d.projects().size(); i++) {
            Project p = d.projects().get(i);
            JsonNode node = projects.get(i);
            assertEquals(p.id(), node.get("id").textValue());
            assertEquals(p.name(), node.get("name").textValue());
            assertEquals(p.department().code(), node.get("department").get("code").textValue());
            assertEquals(p.goal(), node.get("goal").textValue());
            assertIndicators(p.indicators(), node.get("indicators"));
        }
        d.overall().ifPresent(o -> {
            assertEquals(o.goal(), root.get("overall").get("goal").textValue());
            assertIndicators(o.indicators(), root.get("overall").get("indicators"));
        });
        for (int i = 0; i < d.notes().size(); i++) {
            assertEquals(d.notes().get(i), root.get("notes").get(i).textValue());
        }
    }

    private static void assertIndicators(List<IndicatorRow> rows, JsonNode nodes) {
        assertEquals(rows.size(), nodes.size());
        for (int r = 0; r < rows.size(); r++) {
            IndicatorRow row = rows.get(r);
            List<String> read = new ArrayList<>();
            nodes.get(r).forEach(n -> read.add(n.textValue()));
            assertEquals(List.of(row.level1(), row.level2(), row.level3(), row.value()), read);
        }
    }

    static String seedText(String seed) throws IOException {
        try (InputStream in = ImporterSeedContentTest.class.getResourceAsStream("/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
