package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.content.load.Finding;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with a content error publishes nothing: the previous site and search index stay byte for byte, and no
 * staging is left.
 */
class StagedBuildTest {

    @TempDir
    Path temp;

    @Test
    void brokenContentLeavesPreviousSiteUntouched() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(GoldenSiteTest.FIXTURE.resolve("content"), content);
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Map<String, byte[]> indexBefore = SiteFiles.snapshot(temp.resolve(".gongkai/search-index"));

        Path year = content.resolve("offices/demo-office/2024.yaml");
        Files.writeString(year, Files.readString(year).replace("total: 10.00", "total: 10万元"), StandardCharsets.UTF_8);
        BuildResult broken = SiteFiles.build(content, site);

        assertFalse(broken.published());
        Finding f = broken.findings().sorted().get(0);
        assertEquals("amount.with-unit", f.rule());
        assertTrue(f.at().file().endsWith("offices/demo-office/2024.yaml"), f.at().file());
        assertTrue(f.at().line() > 0 && f.at().column() > 0);
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file));
        Map<String, byte[]> indexAfter = SiteFiles.snapshot(temp.resolve(".gongkai/search-index"));
        assertEquals(indexBefore.keySet(), indexAfter.keySet(), "the search index keeps its files");
        indexBefore.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, indexAfter.get(file)), file));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".gongkai", "content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
        try (Stream<Path> index = Files.list(temp.resolve(".gongkai"))) {
            assertEquals(List.of("build-cache.json", "file-hashes", "search-index"),
                    index.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void successfulBuildReplacesOldSiteWhole() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("stale"));
        Files.writeString(site.resolve("stale/index.html"), "old page");
        assertTrue(SiteFiles.build(GoldenSiteTest.FIXTURE.resolve("content"), site).published());
        assertFalse(Files.exists(site.resolve("stale")), "pages of the previous build do not survive");
        assertTrue(Files.exists(site.resolve("demo-office/2024/rexian/index.html")));
    }
}
