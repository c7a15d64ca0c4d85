package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.content.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site and compares every output file with the expected files in the repository.
 * Run with {@code -Dgongkai.regenerate=true} to rewrite the expected files, then review the diff.
 */
class GoldenSiteTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixture-site");
    static final Path EXPECTED = FIXTURE.resolve("expected");

    @TempDir
    Path temp;

    @Test
    void fixtureSiteMatchesExpectedFiles() throws IOException {
        Path out = temp.resolve("site");
        BuildResult result = build(FIXTURE.resolve("content"), out);
        assertTrue(result.published(), () -> result.findings().sorted().toString());

        if (Boolean.getBoolean("gongkai.regenerate")) {
            StagedOutput.deleteTree(EXPECTED);
            copyTree(out, EXPECTED);
        }
        assertEquals(files(EXPECTED), files(out), "the set of output files");
        for (String file : files(EXPECTED)) {
            assertEquals(Files.readString(EXPECTED.resolve(file)), Files.readString(out.resolve(file)), file);
        }
    }

    @Test
    void sameContentGivesByteIdenticalOutput() throws IOException {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        build(FIXTURE.resolve("content"), first);
        new SiteBuilder(new ContentLoader(FIXTURE.resolve("content")), new Templates(Path.of("templates")), 1).build(second);
        assertEquals(files(first), files(second));
        for (String file : files(first)) {
            assertEquals(-1L, Files.mismatch(first.resolve(file), second.resolve(file)), file);
        }
    }

    static BuildResult build(Path content, Path out) throws IOException {
        return new SiteBuilder(new ContentLoader(content), new Templates(Path.of("templates"))).build(out);
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }
}
