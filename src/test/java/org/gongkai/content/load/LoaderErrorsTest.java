package org.gongkai.content.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case of loader/errors.spec: each bad file gives exactly the findings the spec lists. */
class LoaderErrorsTest {

    @TempDir
    Path temp;

    record Case(String name, String file, String text, List<String> expected) {}

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return parse(resource("/loader/errors.spec")).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Case c) throws IOException {
        Path root = Files.createTempDirectory(temp, "content");
        Path office = root.resolve("offices/demo-office");
        Files.createDirectories(office);
        write(root.resolve("site.yaml"), "title: 站\nbase_url: https://example.org/\npublisher: 某单位\n"
                + "regions:\n  - id: demo-city\n    name: 示例市\n");
        write(office.resolve("office.yaml"), "id: demo-office\nname: 示例单位\nregion: demo-city\ncode: \"007\"\n");
        write(office.resolve("2024.yaml"), "year: 2024\n");
        Path target = switch (c.file()) {
            case "site.yaml" -> root.resolve("site.yaml");
            case "office.yaml" -> office.resolve("office.yaml");
            default -> office.resolve(c.file());
        };
        write(target, c.text());

        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(root);
        loader.catalog(findings).ifPresent(catalog -> catalog.disclosures()
                .forEach(d -> loader.disclosure(d, findings)));

        List<Finding> found = findings.sorted();
        List<String> actual = found.stream().map(f -> Path.of(f.at().file()).getFileName() + " "
                + f.at().line() + ":" + f.at().column() + " " + f.rule()).toList();
        List<String> expected = c.expected().stream().map(e -> e.split(" ", 4))
                .map(p -> p[0] + " " + p[1] + " " + p[2]).toList();
        assertEquals(expected, actual, () -> "findings were:\n" + String.join("\n", found.stream().map(Finding::format).toList()));
        for (int i = 0; i < found.size(); i++) {
            String words = c.expected().get(i).split(" ", 4)[3];
            assertTrue(found.get(i).message().contains(words),
                    "message «" + found.get(i).message() + "» should contain «" + words + "»");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = LoaderErrorsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Case> parse(String spec) {
        List<Case> cases = new ArrayList<>();
        String name = null;
        String file = null;
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        boolean inExpect = false;
        for (String line : (spec + "\n### end").split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    cases.add(new Case(name, file, text.toString(), List.copyOf(expected)));
                }
                name = line.substring(4).trim();
                file = null;
                text.setLength(0);
                expected.clear();
                inExpect = false;
            } else if (line.startsWith("--- expect")) {
                inExpect = true;
            } else if (line.startsWith("--- ")) {
                file = line.substring(4).trim();
            } else if (inExpect) {
                if (!line.isBlank() && !line.equals("none")) {
                    expected.add(line.trim());
                }
            } else if (file != null) {
                text.append(line).append('\n');
            }
        }
        return cases;
    }
}
