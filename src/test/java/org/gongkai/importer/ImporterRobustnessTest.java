package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever a publisher pastes, the importer answers with a result, never an exception: every real document and seed,
 * cut anywhere, with lines swapped or dropped, or with stray pipes, tabs, colons and brackets, imports or is refused
 * with a reason. The mutations are drawn from a fixed seed, so a failure repeats.
 */
class ImporterRobustnessTest {

    private static final int CASES_PER_DOCUMENT = 60;
    private static final String STRAY = "|\t: (（)）*";

    @Test
    void noCutOrShuffleOfARealDocumentThrows() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String folder : List.of("src/test/resources/importer/real", "src/test/resources/seeds")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(documents::add);
            }
        }
        Random random = new Random(20261206);
        List<String> failures = new ArrayList<>();
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            List<String> lines = Arrays.asList(text.split("\n", -1));
            List<String> inputs = new ArrayList<>();
            // A page cut after any of its lines, as the search tool's and some sites' pages are; every few lines of the
            // long seeds, whose cuts repeat the short documents' cases.
            int step = Math.max(1, lines.size() / 80);
            for (int end = 1; end <= lines.size(); end += step) {
                inputs.add(String.join("\n", lines.subList(0, end)));
            }
            for (int i = 0; i < CASES_PER_DOCUMENT; i++) {
                inputs.add(mutated(text, lines, i % 4, random));
            }
            for (int i = 0; i < inputs.size(); i++) {
                String input = inputs.get(i);
                try {
                    ImportResult result = new DocumentImporter().importDocument(input, "input.txt", "x",
                            i % 2 == 0 ? OptionalInt.empty() : OptionalInt.of(2024));
                    ImportReport.forReview(result, "input.txt");
                    // A refusal gives its reason for the whole document, not only problems on lines.
                    assertTrue(result.disclosure().isPresent()
                            || result.problems().stream().anyMatch(p -> p.line() == 0), "a refusal says why");
                } catch (RuntimeException e) {
                    failures.add(document.getFileName() + " case " + i + ": " + e);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private static String mutated(String text, List<String> lines, int kind, Random random) {
        switch (kind) {
            case 0:
                return text.substring(0, random.nextInt(text.length() + 1));
            case 1: {
                List<String> swapped = new ArrayList<>(lines);
                Collections.swap(swapped, random.nextInt(swapped.size()), random.nextInt(swapped.size()));
                return String.join("\n", swapped);
            }
            case 2: {
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 5; k++) {
                    sb.insert(random.nextInt(sb.length() + 1), STRAY.charAt(random.nextInt(STRAY.length())));
                }
                return sb.toString();
            }
            default: {
                List<String> fewer = new ArrayList<>(lines);
                fewer.remove(random.nextInt(fewer.size()));
                return String.join("\n", fewer);
            }
        }
    }
}
