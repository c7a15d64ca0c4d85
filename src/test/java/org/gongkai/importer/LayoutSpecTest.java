package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The importer's spec: each case of {@code layouts.spec} holds a document's text as a page or an extractor lays it
 * out, and the year file for review that it imports to, the report of what was not placed included, side by side.
 * Run with -Dgongkai.regenerate=true to rewrite the expectations after a deliberate change, then review the diff.
 *
 * <p>A case is {@code ### name}, then {@code --- input}, the text, {@code --- expect} and the expected output. A
 * name ending in {@code (--year 2023)} imports as {@code gongkai import --year 2023} does, for a document that
 * prints no year.
 */
class LayoutSpecTest {

    private static final Path SPEC = Path.of("src/test/resources/importer/spec/layouts.spec");

    private record Case(String name, String input, String expected) {}

    @TestFactory
    Stream<DynamicTest> everyCaseImportsAsExpected() throws IOException {
        List<Case> cases = read(Files.readString(SPEC, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("gongkai.regenerate")) {
            StringBuilder out = new StringBuilder(header(Files.readString(SPEC, StandardCharsets.UTF_8)));
            for (Case c : cases) {
                out.append("### ").append(c.name()).append("\n--- input\n").append(c.input()).append("--- expect\n")
                        .append(actual(c)).append('\n');
            }
            Files.writeString(SPEC, out.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
            // Compared with what was just written, so that a regenerating run passes and the diff is what to review.
            cases = read(Files.readString(SPEC, StandardCharsets.UTF_8));
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.expected(), actual(c))));
    }

    private static String actual(Case c) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\(--year (\\d{4})\\)$").matcher(c.name());
        OptionalInt given = year.find() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
        ImportResult result = new DocumentImporter().importDocument(c.input(), "input.txt", "x", given);
        return ImportReport.forReview(result, "input.txt");
    }

    private static String header(String spec) {
        int first = spec.indexOf("### ");
        return first < 0 ? spec : spec.substring(0, first);
    }

    private static List<Case> read(String spec) {
        List<Case> cases = new ArrayList<>();
        for (String part : spec.split("(?m)^### ")) {
            if (!part.contains("--- input\n")) {
                continue;
            }
            String name = part.substring(0, part.indexOf('\n'));
            String input = part.substring(part.indexOf("--- input\n") + 10, part.indexOf("--- expect\n"));
            String expected = part.substring(part.indexOf("--- expect\n") + 11);
            cases.add(new Case(name, input, expected.endsWith("\n\n") ? expected.substring(0, expected.length() - 1)
                    : expected));
        }
        return cases;
    }
}
