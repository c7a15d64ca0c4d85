package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.content.load.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with a content error publishes nothing: the previous site stays byte for byte, and no staging is left. */
class StagedBuildTest {

    @TempDir
    Path temp;

    @Test
    void brokenContentLeavesPreviousSiteUntouched() throws IOException {
        Path content = temp.resolve("content");
        copy(GoldenSiteTest.FIXTURE.resolve("content"), content);
        Path site = temp.resolve("site");
        assertTrue(GoldenSiteTest.build(content, site).published());
        Map<String, byte[]> before = snapshot(site);

        Path year = content.resolve("offices/demo-office/2024.yaml");
        Files.writeString(year, Files.readString(year).replace("total: 10.00", "total: 10万元"), StandardCharsets.UTF_8);
        BuildResult broken = GoldenSiteTest.build(content, site);

        assertFalse(broken.published());
        Finding f = broken.findings().sorted().get(0);
        assertEquals("amount.with-unit", f.rule());
        assertTrue(f.at().file().endsWith("offices/demo-office/2024.yaml"), f.at().file());
        assertTrue(f.at().line() > 0 && f.at().column() > 0);
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".gongkai", "content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
        try (Stream<Path> index = Files.list(temp.resolve(".gongkai"))) {
            assertEquals(List.of("search-index"), index.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void successfulBuildReplacesOldSiteWhole() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("stale"));
        Files.writeString(site.resolve("stale/index.html"), "old page");
        assertTrue(GoldenSiteTest.build(GoldenSiteTest.FIXTURE.resolve("content"), site).published());
        assertFalse(Files.exists(site.resolve("stale")), "pages of the previous build do not survive");
        assertTrue(Files.exists(site.resolve("demo-office/2024/rexian/index.html")));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> map = new HashMap<>();
        for (String file : GoldenSiteTest.files(root)) {
            map.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return map;
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String file : GoldenSiteTest.files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }
}
