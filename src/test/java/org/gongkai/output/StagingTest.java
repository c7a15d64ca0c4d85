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
import java.util.Map;
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

    /**
     * Three incremental publishes: the first links every kept file into its new tree, and keeps the tree it replaced
     * as the spare; the next two make their tree from the spare, changing only what differs. Each leaves the files
     * it kept as the same files, with their times, and the site it replaced as the spare.
     */
    private void publishesWhole() throws IOException {
        Path target = published("index.html", "a/2024/index.html", "b/2024/index.html", "same.txt");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target.resolve("same.txt"), old);
        Files.setLastModifiedTime(target.resolve("a/2024/index.html"), old);
        Object carriedInode = inode(target.resolve("a/2024/index.html"));

        WorkFolder work = publish(target, Map.of("index.html", "new home", "same.txt", "same.txt"), Set.of("a/2024/"));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "index.html", "same.txt"),
                Trees.files(target).stream().sorted().toList(), "b/2024/ was neither staged nor carried");
        assertEquals("new home", Files.readString(target.resolve("index.html")));
        assertEquals(carriedInode, inode(target.resolve("a/2024/index.html")), "a carried file is the same file");
        assertEquals(old, Files.getLastModifiedTime(target.resolve("a/2024/index.html")));
        assertEquals(old, Files.getLastModifiedTime(target.resolve("same.txt")), "a page written again, unchanged");
        assertEquals("index.html", Files.readString(work.spareSite().resolve("index.html")), "the old site is the spare");
        assertTrue(Files.exists(work.spareSite().resolve("b/2024/index.html")));

        publish(target, Map.of("index.html", "newer home", "c/2025/index.html", "c"), Set.of("a/2024/"));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "c/2025/index.html",
                "index.html"), Trees.files(target).stream().sorted().toList(), "same.txt was neither staged nor kept");
        assertEquals("newer home", Files.readString(target.resolve("index.html")));
        assertEquals(carriedInode, inode(target.resolve("a/2024/index.html")));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "index.html", "same.txt"),
                Trees.files(work.spareSite()).stream().sorted().toList(), "the spare is the site before");
        assertEquals("new home", Files.readString(work.spareSite().resolve("index.html")));

        publish(target, Map.of("index.html", "newest home"), Set.of("a/2024/", "c/2025/"));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "c/2025/index.html",
                "index.html"), Trees.files(target).stream().sorted().toList());
        assertEquals("newest home", Files.readString(target.resolve("index.html")));
        assertEquals("c", Files.readString(target.resolve("c/2025/index.html")));
        assertEquals("newer home", Files.readString(work.spareSite().resolve("index.html")));
        for (Path left : List.of(work.nextSite(), work.previousSite())) {
            assertFalse(Files.exists(left, LinkOption.NOFOLLOW_LINKS), left + " is gone");
        }
    }

    @Test
    void aSpareThatGainedAFileIsNotTrusted() throws IOException {
        Path target = published("index.html", "a/2024/index.html");
        WorkFolder work = publish(target, Map.of("index.html", "new home"), Set.of("a/2024/"));
        Files.writeString(work.spareSite().resolve("a/2024/planted.html"), "<script>");
        publish(target, Map.of("index.html", "newer home"), Set.of("a/2024/"));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "index.html"),
                Trees.files(target).stream().sorted().toList(), "nothing of the spare's own is published");
    }

    @Test
    void aSpareLeftHalfChangedIsNotTrusted() throws IOException {
        Path target = published("index.html", "a/2024/index.html");
        WorkFolder work = publish(target, Map.of("index.html", "new home"), Set.of("a/2024/"));
        // As a build killed while it changed the spare leaves it: the list of differences gone first.
        Files.delete(work.spareJournal());
        Files.writeString(work.spareSite().resolve("a/2024/index.html.part"), "half");
        publish(target, Map.of("index.html", "newer home"), Set.of("a/2024/"));
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "a/2024/index.html", "index.html"),
                Trees.files(target).stream().sorted().toList());
        assertEquals("newer home", Files.readString(target.resolve("index.html")));
    }

    @Test
    void aFileThatBecomesAFolderAndBackIsPublishedFromTheSpare() throws IOException {
        Path target = published("index.html", "x");
        publish(target, Map.of("index.html", "1"), Set.of());
        publish(target, Map.of("x/index.html", "x page"), Set.of());
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "x/index.html"),
                Trees.files(target).stream().sorted().toList());
        publish(target, Map.of("x", "a file again"), Set.of());
        assertEquals(List.of(OutputFolder.MARKER, Manifest.FILE_NAME, "x"), Trees.files(target).stream().sorted().toList());
        assertEquals("a file again", Files.readString(target.resolve("x")));
    }

    /** One incremental publish: {@code written} staged, the files of {@code carried} kept, a manifest listing all. */
    private WorkFolder publish(Path target, Map<String, String> written, Set<String> carried) throws IOException {
        OutputFolder output = claim(target);
        try (Staging staged = Staging.site(output)) {
            for (Map.Entry<String, String> file : written.entrySet()) {
                Files.createDirectories(staged.root().resolve(file.getKey()).getParent());
                Files.writeString(staged.root().resolve(file.getKey()), file.getValue());
            }
            Staging.Contents contents = staged.contents(carried, Set.of());
            contents = staged.withoutUnchanged(contents, contents.staged());
            StringBuilder manifest = new StringBuilder();
            contents.all().stream().sorted().forEach(f -> manifest.append("0".repeat(64)).append("  ").append(f)
                    .append('\n'));
            Files.writeString(staged.root().resolve(Manifest.FILE_NAME), manifest);
            contents = staged.withoutUnchanged(contents, List.of(Manifest.FILE_NAME));
            // What the last build's hash cache lists: the published files as it left them.
            staged.publish(contents, Optional.of(Set.copyOf(Trees.files(target))), () -> {});
        }
        return output.work();
    }

    @Test
    void aFirstSiteIsRenamedIntoPlaceWithPublicModes() throws IOException {
        Path target = temp.resolve("site");
        try (Staging staged = Staging.site(claim(target))) {
            write(staged.root(), "a/index.html");
            staged.publish(staged.contents(Set.of(), Set.of()), Optional.empty(), () -> {});
        }
        assertTrue(Files.isRegularFile(target.resolve(OutputFolder.MARKER)));
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)), "a web server running as another user can list the site");
    }

    /**
     * The list the next build trusts is written while the site is still the old one and no longer known untouched: a
     * kill between the two leaves a list that is not trusted, never a trusted list of the wrong site.
     */
    @Test
    void theRecordForTheNextBuildIsWrittenBeforeTheSwapAndAfterTheSiteIsNoLongerTrusted() throws IOException {
        Path target = published("index.html", "a/2024/index.html");
        WorkFolder work = publish(target, Map.of("index.html", "new home"), Set.of("a/2024/"));
        assertTrue(claim(target).untouched(), "a site as its build left it");
        List<String> seen = new java.util.ArrayList<>();
        try (Staging staged = Staging.site(claim(target))) {
            write(staged.root(), "index.html");
            Staging.Contents contents = staged.contents(Set.of("a/2024/"), Set.of());
            staged.publish(contents, Optional.of(Set.copyOf(Trees.files(target))), () -> {
                seen.add(Files.readString(target.resolve("index.html")));
                seen.add(String.valueOf(Files.exists(work.siteFolders())));
            });
        }
        assertEquals(List.of("new home", "false"), seen);
        assertEquals("index.html", Files.readString(target.resolve("index.html")));
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
