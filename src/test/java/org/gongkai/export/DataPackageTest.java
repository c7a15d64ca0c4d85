package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every datapackage.json of the bundled content is a valid Fiscal Data Package, and its CSV files are what the
 * descriptor declares, by a JSON Schema written from the specifications that is stricter than they are (CNY,
 * factor 10000, phase approved, exact decimals). The Frictionless validator itself runs in
 * {@link FrictionlessValidatorTest}.
 */
class DataPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema PROFILE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
            SchemaLocation.of(Path.of("src/test/resources/frictionless/fiscal-data-package.schema.json").toAbsolutePath()
                    .toUri().toString()),
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSeedSite.root();
    }

    @Test
    void everyDescriptorIsAValidFiscalDataPackage() throws IOException {
        List<Path> descriptors = descriptors();
        assertEquals(1 + 4, descriptors.size(), "the site's and one per seed disclosure");
        for (Path d : descriptors) {
            assertEquals(Set.of(), PROFILE.validate(JSON.readTree(d.toFile())), d.toString());
        }
    }

    @Test
    void theProfileRejectsWhatTheSpecificationForbids() throws IOException {
        ObjectNode descriptor = (ObjectNode) JSON.readTree(site.resolve("data/datapackage.json").toFile());
        ObjectNode measure = (ObjectNode) descriptor.get("model").get("measures").get("total");
        measure.put("currency", "元");
        measure.put("phase", "budgeted");
        ((ObjectNode) descriptor.get("resources").get(0)).put("path", "../projects.csv");
        String errors = PROFILE.validate(descriptor).toString();
        assertTrue(errors.contains("currency") && errors.contains("phase") && errors.contains("path"), errors);
    }

    @Test
    void measuresAreApprovedBudgetsInTenThousandYuan() throws IOException {
        for (Path d : descriptors()) {
            JsonNode p = JSON.readTree(d.toFile());
            JsonNode projects = resource(p, "projects");
            Set<String> numbers = new HashSet<>();
            projects.get("schema").get("fields").forEach(f -> {
                if (f.get("type").asText().equals("number")) {
                    numbers.add(f.get("name").asText());
                }
            });
            JsonNode measures = p.get("model").get("measures");
            assertFalse(measures.isEmpty());
            for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) measures::fields) {
                assertEquals("CNY", m.getValue().get("currency").asText());
                assertEquals(10000, m.getValue().get("factor").asInt());
                assertEquals("approved", m.getValue().get("phase").asText());
                assertEquals("projects", m.getValue().get("resource").asText());
                assertTrue(numbers.contains(m.getValue().get("source").asText()), m.getKey() + " is a number column");
            }
            for (JsonNode dimension : p.get("model").get("dimensions")) {
                for (JsonNode attribute : dimension.get("attributes")) {
                    assertTrue(fieldNames(resource(p, attribute.get("resource").asText()))
                            .contains(attribute.get("source").asText()), attribute.toString());
                }
            }
        }
    }

    @Test
    void everyCsvFileHasTheDeclaredHeaderTypesAndUniquePrimaryKey() throws IOException {
        for (Path d : descriptors()) {
            JsonNode p = JSON.readTree(d.toFile());
            for (JsonNode r : p.get("resources")) {
                Path csv = d.getParent().resolve(r.get("path").asText());
                List<List<String>> rows = BuiltSeedSite.csv(csv);
                List<String> names = fieldNames(r);
                assertEquals(names, rows.get(0), csv + " header");
                assertFalse(rows.size() < 2, csv + " has rows");
                List<Integer> key = new ArrayList<>();
                r.get("schema").get("primaryKey").forEach(k -> key.add(names.indexOf(k.asText())));
                Set<List<String>> keys = new HashSet<>();
                for (List<String> row : rows.subList(1, rows.size())) {
                    assertEquals(names.size(), row.size(), csv + ": " + row);
                    for (int i = 0; i < names.size(); i++) {
                        String type = r.get("schema").get("fields").get(i).get("type").asText();
                        assertTrue(castsTo(type, row.get(i)), csv + " " + names.get(i) + " is " + type + ": " + row.get(i));
                    }
                    assertTrue(keys.add(key.stream().map(row::get).toList()), csv + " repeats key " + row);
                }
            }
        }
    }

    @Test
    void aLicenceInSiteYamlReplacesTheDefaultOnTheDataPageAndInThePackages(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Path.of("src/test/resources/fixture-site/content"), content);
        String licence = "本站数据采用 CC BY 4.0 许可。";
        Files.writeString(content.resolve("site.yaml"), "licence: " + licence + "\n", StandardOpenOption.APPEND);
        Path out = temp.resolve("site");
        assertTrue(SiteFiles.build(content, out).published());
        assertTrue(Files.readString(out.resolve("data/index.html")).contains(licence));
        assertEquals(licence, JSON.readTree(out.resolve("data/datapackage.json").toFile()).get("licenses").get(0)
                .get("title").asText());
        assertEquals(licence, JSON.readTree(out.resolve("demo-office/2024/datapackage.json").toFile()).get("licenses")
                .get(0).get("title").asText());
    }

    /** The Table Schema's lexical forms, with "" the declared missing value; numbers without exponents. */
    private static boolean castsTo(String type, String value) {
        return value.isEmpty() || switch (type) {
            case "integer" -> value.matches("-?\\d+");
            case "number" -> value.matches("-?\\d+(\\.\\d+)?");
            case "string" -> true;
            default -> false;
        };
    }

    private static List<String> fieldNames(JsonNode resource) {
        List<String> names = new ArrayList<>();
        resource.get("schema").get("fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static JsonNode resource(JsonNode descriptor, String name) {
        for (JsonNode r : descriptor.get("resources")) {
            if (r.get("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static List<Path> descriptors() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().equals(Downloads.PACKAGE_FILE)).sorted().toList();
        }
    }
}
