package org.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.integrity.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staged site: what it will publish, as the link check and the manifest see it; the published files it keeps,
 * hard-linked with their times; and the swap that puts it in place whole, by exchange or by the two renames of the
 * fallback, leaving nothing staged behind.
 */
class StagingTest {

    @TempDir
    Path temp;

    @Test
    void contentsAreTheStagedFilesAndThePublishedCarriedAndKeptOnes() throws IOException {
        Path target = published("index.html", "a/2024/index.html", "a/2024/p/index.html", "b/2024/index.html",
                "search/t0.json", "search/t1.json");
        try (Staging staged = Staging.site(claim(target))) {
            write(staged.root(), "index.html");
            write(staged.root(), "c/2024/index.html");

            Staging.Contents contents = staged.contents(Set.of("a/2024/"), Set.of("search/t0.json"));

            assertEquals(List.of(OutputFolder.MARKER, "c/2024/index.html", "index.html"),
                    contents.staged().stream().sorted().toList());
            assertEquals(List.of("a/2024/index.html", "a/2024/p/index.html", "search/t0.json"),
                    contents.untouched().stream().sorted().toList());
            assertEquals(Optional.of(staged.root().resolve("index.html")), contents.file("index.html"));
            assertEquals(Optional.of(target.resolve("a/2024/p/index.html")), contents.file("a/2024/p/index.html"));
            assertEquals(Optional.of(target.resolve("search/t0.json")), contents.file("search/t0.json"));
            assertEquals(Optional.empty(), contents.file("b/2024/index.html"), "neither carried nor kept");
            assertEquals(Optional.empty(), contents.file("search/t1.json"));
            assertEquals(Optional.empty(), contents.file("a/2024/q/index.html"), "carried, but not there");
        }
    }

    @Test
    void publishingKeepsUnchangedFilesByLinkAndSwapsTheSiteInWhole() throws IOException {
        publishesWhole();
    }

    @Test
    void withoutExchangeTheTwoRenamesPublishTheSameSite() throws IOException {
        DirectorySwap.forceRenames = true;
        try {
            publishesWhole();
        } finally {
            DirectorySwap.forceRenames = false;
        }
    }

    private void publishesWhole() throws IOException {
        Path target = published("index.html", "a/2024/index.html", "b/2024/index.html", "same.txt");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target.resolve("same.txt"), old);
        Files.setLastModifiedTime(target.resolve("a/2024/index.html"), old);
        Object carriedInode = inode(target.resolve("a/2024/index.html"));
        OutputFolder output = claim(target);
        try (Staging staged = Staging.site(output)) {
            Files.writeString(staged.root().resolve("index.html"), "new home");
            write(staged.root(), "same.txt");
            Staging.Contents contents = staged.contents(Set.of("a/2024/"), Set.of());
            staged.keepUnchanged(contents);
            assertEquals(List.of(OutputFolder.MARKER, "a/2024/index.html", "index.html", "same.txt"),
                    Trees.files(staged.root()).stream().sorted().toList());
            assertEquals("index.html", Files.readString(target.resolve("index.html")), "the published site is as it was");

            staged.publish();
        }
        assertEquals(List.of(OutputFolder.MARKER, "a/2024/index.html", "index.html", "same.txt"),
                Trees.files(target).stream().sorted().toList(), "b/2024/ was neither staged nor carried");
        assertEquals("new home", Files.readString(target.resolve("index.html")));
        assertEquals(carriedInode, inode(target.resolve("a/2024/index.html")), "a carried file is the same file");
        assertEquals(old, Files.getLastModifiedTime(target.resolve("a/2024/index.html")));
        assertEquals(old, Files.getLastModifiedTime(target.resolve("same.txt")), "a page written again, unchanged");
        WorkFolder work = output.work();
        for (Path left : List.of(work.nextSite(), work.previousSite())) {
            assertFalse(Files.exists(left, LinkOption.NOFOLLOW_LINKS), left + " is gone");
        }
    }

    @Test
    void aFirstSiteIsRenamedIntoPlaceWithPublicModes() throws IOException {
        Path target = temp.resolve("site");
        try (Staging staged = Staging.site(claim(target))) {
            write(staged.root(), "a/index.html");
            staged.publish();
        }
        assertTrue(Files.isRegularFile(target.resolve(OutputFolder.MARKER)));
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)), "a web server running as another user can list the site");
    }

    @Test
    void aFailedBuildLeavesNothingStaged() throws IOException {
        Path target = published("index.html");
        OutputFolder output = claim(target);
        try (Staging staged = Staging.site(output)) {
            write(staged.root(), "half.html");
        }
        assertFalse(Files.exists(output.work().nextSite()));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "index.html"),
                Trees.files(target).stream().sorted().toList());
    }

    /** A site as a build leaves it: the marker, the files, and a manifest that lists them. */
    private Path published(String... files) throws IOException {
        Path target = temp.resolve("site");
        Files.createDirectories(target);
        OutputFolder.mark(target);
        StringBuilder manifest = new StringBuilder();
        for (String file : files) {
            write(target, file);
            manifest.append("0".repeat(64)).append("  ").append(file).append('\n');
        }
        Files.writeString(target.resolve(Manifest.FILE_NAME), manifest);
        return target;
    }

    private OutputFolder claim(Path target) throws IOException {
        return OutputFolder.claim(target, temp.resolve("content"), temp.resolve("templates"));
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static void write(Path root, String file) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), file);
    }
}
