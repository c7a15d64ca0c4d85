package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema accepts every bundled content file and the fixtures (a project's funds without a total
 * among them), and rejects a wrong one.
 */
class SchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of(Path.of("schema", name).toAbsolutePath().toUri().toString()), CONFIG);
    }

    private static Set<ValidationMessage> validate(String schemaName, Path yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml.toFile());
        return schema(schemaName).validate(node);
    }

    @Test
    void bundledContentAndFixturesAreValid() throws IOException {
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/fixture-site/content"),
                Path.of("src/test/resources/no-total-site/content"))) {
            assertEquals(Set.of(), validate("site.schema.json", root.resolve("site.yaml")), root + "/site.yaml");
            try (Stream<Path> files = Files.walk(root.resolve("offices"))) {
                List<Path> yamls = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
                assertFalse(yamls.isEmpty());
                for (Path file : yamls) {
                    String schema = file.getFileName().toString().equals("office.yaml") ? "office.schema.json"
                            : "disclosure.schema.json";
                    assertEquals(Set.of(), validate(schema, file), file.toString());
                }
            }
        }
    }

    /** The schema names every source of funds the model knows, for its amount and for its note, and no other. */
    @Test
    void theSchemasFundsKeysAreTheModelsSources() throws IOException {
        JsonNode funds = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("schema", "disclosure.schema.json").toFile())
                .at("/$defs/project/properties/funds/properties");
        Set<String> kinds = new java.util.HashSet<>();
        for (org.gongkai.content.model.Funds.Kind k : org.gongkai.content.model.Funds.Kind.values()) {
            kinds.add(k.key());
        }
        Set<String> amounts = new java.util.HashSet<>();
        funds.fieldNames().forEachRemaining(amounts::add);
        amounts.removeAll(Set.of("unit", "total", "notes"));
        assertEquals(kinds, amounts);
        Set<String> notes = new java.util.HashSet<>();
        funds.at("/notes/properties").fieldNames().forEachRemaining(notes::add);
        Set<String> noted = new java.util.HashSet<>(kinds);
        noted.add("total");
        assertEquals(noted, notes);
    }

    /** The year file with every field of other provinces' templates, which the loader reads, is valid too. */
    @Test
    void otherTemplatesFieldsAreValid() throws IOException {
        assertEquals(Set.of(), validate("disclosure.schema.json", Path.of("src/test/resources/loader/other-forms.yaml")));
    }

    @Test
    void wrongFilesAreRejected(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path bad = temp.resolve("2024.yaml");
        Files.writeString(bad, "year: 2024\nprojects:\n  - id: Bad/Id\n    name: x\n    department: {name: y}\n"
                + "    funds: {total: 96万元}\n    indicators:\n      - [a, b, c]\n");
        Set<ValidationMessage> errors = validate("disclosure.schema.json", bad);
        String all = errors.toString();
        assertTrue(all.contains("/projects/0/id"), all);
        assertTrue(all.contains("/projects/0/funds/total"), all);
        assertTrue(all.contains("/projects/0/indicators/0"), all);
    }

    @Test
    void aCorrectionNeedsItsVersionDateAndNote(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path bad = temp.resolve("2024.yaml");
        Files.writeString(bad, "year: 2024\ncorrections:\n  - {version: 1, date: 2024-03-01}\n"
                + "  - {version: 0, date: 三月, note: \" \"}\n");
        String all = validate("disclosure.schema.json", bad).toString();
        assertTrue(all.contains("/corrections/0") && all.contains("note"), all);
        assertTrue(all.contains("/corrections/1/version"), all);
        assertTrue(all.contains("/corrections/1/date"), all);
        assertTrue(all.contains("/corrections/1/note"), all);
    }
}
