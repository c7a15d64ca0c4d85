package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.integrity.Manifest;
import org.gongkai.output.WorkFolder;
import org.gongkai.site.Templates;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every build ends with SHA256SUMS at the root of the site: the same bytes for the same content, whatever the
 * folder, the number of threads or whether the build was incremental, listing exactly the site's other files.
 */
class ManifestBuildTest {

    private static final String EDITED = "offices/huainan-szfb/2024.yaml";

    @TempDir
    Path temp;

    @Test
    void twoFullBuildsGiveTheSameManifestOfExactlyTheSiteFiles() throws IOException {
        Path first = SeedSite.root();
        Path second = temp.resolve("elsewhere/site");
        assertTrue(new SiteBuild(new ContentLoader(Seeds.CONTENT), new Templates(Path.of("templates")), 1)
                .build(second).published());

        byte[] manifest = Files.readAllBytes(first.resolve(Manifest.FILE_NAME));
        assertArrayEquals(manifest, Files.readAllBytes(second.resolve(Manifest.FILE_NAME)));
        List<String> expected = new ArrayList<>();
        for (String file : SiteFiles.files(first)) {
            if (!file.equals(Manifest.FILE_NAME)) {
                expected.add(SiteFiles.sha256(first.resolve(file)) + "  " + file);
            }
        }
        expected.sort((a, b) -> Manifest.ORDER.compare(a.substring(66), b.substring(66)));
        assertEquals(expected, new String(manifest, StandardCharsets.UTF_8).lines().toList());
        assertTrue(expected.stream().anyMatch(line -> line.endsWith("  search/p/attrs.bin")), "the search files too");
    }

    /**
     * An edit, then a rebuild over a site whose files keep their times, so that the rebuild takes the hashes of
     * the year folders it carries over from its cache: its manifest is the full build's.
     */
    @Test
    void anIncrementalBuildGivesTheManifestOfAFullBuild() throws IOException {
        Path site = seedSite();
        List<String> before = manifestLines(site);

        editAndRebuild(site);
        Path full = temp.resolve("full/site");
        assertTrue(SiteFiles.build(content(), full).published());

        assertNotEquals(before, manifestLines(site));
        assertEquals(manifestLines(full), manifestLines(site));
    }

    /**
     * The rebuild does not hash a carried file again while its size and time are those the cache knows: a false
     * hash planted in the cache shows in the manifest. Once the file's time changes it is hashed again.
     */
    @Test
    void anIncrementalBuildHashesOnlyTheFilesThatChanged() throws IOException {
        Path site = seedSite();
        String carried = "luan-szfb/2026/index.html";
        String real = SiteFiles.sha256(site.resolve(carried));
        String planted = "0".repeat(64);
        Path cache = WorkFolder.of(site).fileHashes();
        String text = Files.readString(cache, StandardCharsets.UTF_8);
        assertTrue(text.contains(real + "  " + carried + "\n"), text);
        Files.writeString(cache, text.replace(real + "  " + carried, planted + "  " + carried), StandardCharsets.UTF_8);

        editAndRebuild(site);
        assertTrue(manifestLines(site).contains(planted + "  " + carried), "the carried file was hashed again");

        Path file = site.resolve(carried);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 1000));
        editAndRebuild(site);
        assertTrue(manifestLines(site).contains(real + "  " + carried), "a file whose time changed is hashed again");
    }

    private Path content() {
        return temp.resolve("content");
    }

    /** A copy of the seed content, built into a site of its own. */
    private Path seedSite() throws IOException {
        SiteFiles.copy(Seeds.CONTENT, content());
        Path site = temp.resolve("incremental/site");
        assertTrue(SiteFiles.build(content(), site).published());
        return site;
    }

    /** Gives one project of huainan-szfb's 2024 file a new 年度目标, as a publisher would, and builds again. */
    private void editAndRebuild(Path site) throws IOException {
        Path file = content().resolve(EDITED);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("    goal: ", "    goal: 修订："), StandardCharsets.UTF_8);
        assertTrue(SiteFiles.build(content(), site).published());
    }

    private static List<String> manifestLines(Path site) throws IOException {
        return Files.readString(site.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8).lines().toList();
    }
}
