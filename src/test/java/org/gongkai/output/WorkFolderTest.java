package org.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work folder beside an output: what an interrupted build left is cleared, a site parked between the two
 * renames of a swap is put back, an earlier version's shared caches go when they are this output's and stay when
 * they are another's, and its staging folders beside the site are named, not deleted.
 */
class WorkFolderTest {

    @TempDir
    Path temp;

    @Test
    void everythingButTheIndexTheCachesAndTheLockIsCleared() throws IOException {
        WorkFolder work = WorkFolder.of(temp.resolve("site"));
        for (Path kept : List.of(work.searchIndex().resolve("segments_1"), work.buildCache(), work.fileHashes(),
                work.lock(), work.nextSite().resolve("a/index.html"), work.nextIndex().resolve("x"),
                work.temporary().resolve("jna1.tmp"), work.root().resolve("file-hashes-123.tmp"))) {
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, "x");
        }
        work.clearLeftovers();
        assertEquals(List.of("build-cache.json", "file-hashes", "lock", "search-index"), names(work.root()));
    }

    @Test
    void aSiteParkedBetweenTheTwoRenamesIsPutBack() throws IOException {
        WorkFolder work = WorkFolder.of(temp.resolve("site"));
        Files.createDirectories(work.previousSite());
        Files.writeString(work.previousSite().resolve("index.html"), "old");
        Files.createDirectories(work.nextSite());
        Files.writeString(work.nextSite().resolve("index.html"), "new, never swapped in");
        work.clearLeftovers();
        assertEquals("old", Files.readString(temp.resolve("site/index.html")));
        assertFalse(Files.exists(work.nextSite()));
    }

    @Test
    void anEarlierVersionsCachesGoWhenTheyAreThisOutputsAndStayWhenAnothers() throws IOException {
        Path shared = temp.resolve(".gongkai");
        earlierCaches(shared, temp.resolve("other-site"));
        Files.createDirectories(WorkFolder.of(temp.resolve("site")).root());
        WorkFolder.of(temp.resolve("site")).clearLeftovers();
        assertEquals(List.of(".search-index.building-1", "build-cache.json", "file-hashes", "search-index", "site"),
                names(shared), "another output's: kept");

        earlierCaches(shared, temp.resolve("site"));
        WorkFolder.of(temp.resolve("site")).clearLeftovers();
        assertEquals(List.of("site"), names(shared));
    }

    @Test
    void anEarlierVersionsStagingBesideTheSiteIsNamedNotDeleted() throws IOException {
        Path building = Files.createDirectories(temp.resolve(".site.building-4401"));
        Files.createDirectories(temp.resolve(".site.old-77"));
        Files.createDirectories(temp.resolve(".site.notes"));
        Files.createDirectories(temp.resolve(".other.building-1"));
        WorkFolder work = WorkFolder.of(temp.resolve("site"));
        assertEquals(List.of(building, temp.resolve(".site.old-77")), work.strays());
        work.clearLeftovers();
        assertTrue(Files.isDirectory(building));
    }

    private static void earlierCaches(Path shared, Path output) throws IOException {
        Files.createDirectories(shared.resolve("search-index"));
        Files.writeString(shared.resolve("search-index/segments_3"), "x");
        Files.createDirectories(shared.resolve(".search-index.building-1"));
        Files.writeString(shared.resolve("build-cache.json"), "{\"format\":\"gongkai-build-cache-3\",\"output\":\""
                + output + "\",\"disclosures\":[]}");
        Files.writeString(shared.resolve("file-hashes"), "gongkai-file-hashes-1\n" + output + "\n");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
