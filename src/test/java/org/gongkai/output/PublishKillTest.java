package org.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.site.Templates;
import org.gongkai.testing.KillLoop;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at the very moment its publishing first shows in the site, the moment a publish that moves files
 * one by one is half done: the site must be the old one or the new one, byte for byte. The watcher looks, as fast as
 * it can, at the site folder itself and at every file the new site changes, and kills at the first change it sees.
 */
class PublishKillTest {

    @TempDir
    Path temp;

    @Test
    void aKillTheMomentPublishingShowsLeavesTheOldSiteOrTheNewOne() throws IOException, InterruptedException {
        Path[] versions = {temp.resolve("a"), temp.resolve("b")};
        new CorpusGenerator(new CorpusShape(4, 50, 1, 21)).write(versions[0]);
        SiteFiles.copy(versions[0], versions[1]);
        Path year;
        try (var files = Files.walk(versions[1].resolve("offices"))) {
            year = files.filter(p -> p.getFileName().toString().equals("2026.yaml")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(year, StandardCharsets.UTF_8);
        Files.writeString(year, text.replace("    goal: ", "    goal: 修订："), StandardCharsets.UTF_8);
        String changed = versions[1].relativize(year).toString();
        List<Map<String, String>> expected = new ArrayList<>();
        for (Path version : versions) {
            Path site = temp.resolve("expected-" + version.getFileName() + "/site");
            assertTrue(new SiteBuild(new ContentLoader(version), new Templates(Path.of("templates"))).build(site)
                    .published());
            expected.add(KillLoop.tree(site));
        }
        List<String> differing = expected.get(0).keySet().stream()
                .filter(f -> !Objects.equals(expected.get(0).get(f), expected.get(1).get(f))).toList();

        Path content = temp.resolve("live/content");
        Path site = temp.resolve("live/site");
        SiteFiles.copy(versions[0], content);
        assertEquals(0, gongkai(content, site).waitFor());
        int current = 0;
        int caught = 0;
        for (int round = 0; round < 2; round++) {
            int target = 1 - current;
            Files.copy(versions[target].resolve(changed), content.resolve(changed), StandardCopyOption.REPLACE_EXISTING);
            List<Object> before = looks(site, differing);
            Process build = gongkai(content, site);
            while (build.isAlive() && looks(site, differing).equals(before)) {
                Thread.onSpinWait();
            }
            if (build.isAlive()) {
                build.destroyForcibly();
                caught++;
            }
            build.waitFor();
            Map<String, String> now = KillLoop.tree(site);
            assertTrue(now.equals(expected.get(current)) || now.equals(expected.get(target)),
                    "round " + round + ": neither the old site nor the new one");
            assertEquals(0, gongkai(content, site).waitFor());
            assertEquals(expected.get(target), KillLoop.tree(site));
            current = target;
        }
        assertTrue(caught > 0, "no build was caught publishing");
    }

    /** What the watcher sees of the site: its folder, and each file the new site changes, as it is now. */
    private static List<Object> looks(Path site, List<String> files) throws IOException {
        List<Object> looks = new ArrayList<>();
        looks.add(key(site));
        for (String file : files) {
            looks.add(key(site.resolve(file)));
        }
        return looks;
    }

    private static Object key(Path path) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return List.of(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            return "missing";
        }
    }

    private static Process gongkai(Path content, Path site) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.gongkai.cli.Main", "build", content.toString(), "-o",
                site.toString(), "--templates", "templates").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
