package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real target tables published by offices in other provinces (src/test/resources/importer/real, with their
 * sources in SOURCES.md) import to what their golden files hold: the year file for review, headed by the report of
 * every part that could not be placed. Run with -Dgongkai.regenerate=true to rewrite the golden files after a
 * deliberate change, then review the diff against the documents.
 */
class RealFormsTest {

    private static final Path REAL = Path.of("src/test/resources/importer/real");

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void importsAsItsGoldenFileHolds(String name) throws IOException {
        String text = Files.readString(REAL.resolve(name), StandardCharsets.UTF_8);
        // The budget year, as SOURCES.md gives it and the publisher would with --year: used only where the document
        // names none.
        int year = Integer.parseInt(name.replaceAll(".*-([0-9]{4})\\.txt$", "$1"));
        ImportResult result = new DocumentImporter().importDocument(text, name, "real", OptionalInt.of(year));
        String review = ImportReport.forReview(result, name);
        Path golden = REAL.resolve("expected").resolve(name.replace(".txt", ".yaml"));
        if (Boolean.getBoolean("gongkai.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, review, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), review);
    }
}
