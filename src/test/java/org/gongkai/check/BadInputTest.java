package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.site.SiteRenderer;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (bad-input/expected.txt): each file gives its finding at its position, never an
 * exception, within a hang guard; and a build with any of the error cases leaves the previous site as it was.
 */
class BadInputTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    static Path temp;

    static Path site;
    static Map<String, byte[]> before;

    record Row(String file, String target, String severity, String rule, String position, String words) {}

    @BeforeAll
    static void previousSite() throws IOException {
        site = temp.resolve("site");
        BuildResult first = build(Path.of("src/test/resources/fixture-site/content"));
        assertTrue(first.published());
        before = SiteFiles.snapshot(site);
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.trim().split("\\s+", 6))
                .map(p -> new Row(p[0], p[1], p[2], p[3], p[4], p[5]))
                .map(row -> DynamicTest.dynamicTest(row.file() + " → " + row.rule(), () -> run(row)));
    }

    private void run(Row row) throws IOException {
        Path root = SpecCases.contentTree(temp, new SpecCases.Case(row.file(), List.of(), Map.of(), List.of()));
        Path office = root.resolve("offices/demo-office");
        switch (row.target()) {
            case "missing-office" -> Files.delete(office.resolve("office.yaml"));
            default -> {
                Path target = office.resolve(row.target());
                if (row.file().equals("huge")) {
                    writeHuge(target);
                } else {
                    Files.copy(CORPUS.resolve(row.file()), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // A guard against a hang (alias expansion, runaway nesting), not a performance claim.
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new ContentCheck(new ContentLoader(root), SiteRenderer.MARKDOWN).run().sorted());
        Finding f = findings.stream().filter(x -> x.rule().equals(row.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(row.rule() + " not among " + findings.stream().map(Finding::format).toList()));
        assertEquals(row.severity(), f.severity().name().toLowerCase(Locale.ROOT), f.format());
        if (!row.position().equals("-")) {
            assertEquals(row.position(), f.at().line() + ":" + f.at().column(), f.format());
        }
        assertTrue(f.message().contains(row.words()), f.format());

        if (row.severity().equals("error")) {
            BuildResult broken = build(root);
            assertFalse(broken.published(), "a build with " + row.file() + " must not publish");
            Map<String, byte[]> after = SiteFiles.snapshot(site);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, after.get(file)), file));
        }
    }

    private static BuildResult build(Path content) throws IOException {
        return SiteFiles.build(content, site);
    }

    /** 17 MB of valid YAML notes: over the 16 MB limit, so the size check must answer before parsing. */
    private static void writeHuge(Path target) throws IOException {
        byte[] line = "  - 注：这是一行很长的说明文字，用于测试超大文件的处理。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write("year: 2024\nnotes:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 17L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
    }
}
