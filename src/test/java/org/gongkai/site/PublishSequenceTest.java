package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.integrity.Manifest;
import org.gongkai.integrity.Verifier;
import org.gongkai.output.WorkFolder;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds one after another into one output, full and incremental, with and without changes, with and without the
 * spare site, and once with the manifest deleted by hand: after each, the site is byte for byte what a full build of
 * the same content into a fresh folder makes, and it passes its own manifest.
 */
class PublishSequenceTest {

    @TempDir
    Path temp;

    @Test
    void everyBuildOfASequenceEqualsAFreshFullBuild() throws IOException, Manifest.Malformed {
        Path content = temp.resolve("content");
        SiteFiles.copy(GoldenSiteTest.FIXTURE.resolve("content"), content);
        Path site = temp.resolve("site");
        Path year = content.resolve("offices/demo-office/2024.yaml");

        step("a first build", content, site);
        edit(year, "热线", "便民热线");
        step("an incremental build, which keeps the site it replaced as the spare", content, site);
        edit(year, "便民热线", "热线");
        step("an incremental build made from the spare", content, site);
        Files.delete(WorkFolder.of(site).buildCache());
        step("a full build of unchanged content over the site", content, site);
        step("an incremental build of unchanged content after a full build", content, site);
        edit(year, "热线", "服务热线");
        step("an incremental build after that", content, site);
        Files.delete(site.resolve(Manifest.FILE_NAME));
        edit(year, "服务热线", "热线");
        step("an incremental build of a site whose manifest was deleted by hand", content, site);
    }

    private void step(String what, Path content, Path site) throws IOException, Manifest.Malformed {
        assertTrue(SiteFiles.build(content, site).published(), what);
        Path fresh = Files.createTempDirectory(temp, "fresh").resolve("site");
        assertTrue(SiteFiles.build(content, fresh).published());
        Map<String, String> expected = snapshot(fresh);
        Map<String, String> actual = snapshot(site);
        assertEquals(Set.of(), differing(expected, actual), what + ": files missing, extra or different");
        assertTrue(Verifier.check(site, Manifest.read(site.resolve(Manifest.FILE_NAME)), Set.of(Manifest.FILE_NAME), 2)
                .clean(), what);
    }

    private static Set<String> differing(Map<String, String> expected, Map<String, String> actual) {
        Set<String> paths = new java.util.TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        paths.removeIf(path -> java.util.Objects.equals(expected.get(path), actual.get(path)));
        return paths;
    }

    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String file : SiteFiles.files(site)) {
            files.put(file, SiteFiles.sha256(site.resolve(file)));
        }
        return files;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
