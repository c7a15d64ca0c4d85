package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a disk that fills up, or that is mounted read-only, ends with exit code 3 and one sentence in Chinese
 * that names the place and the cause, and the site built there before stays as it was. The disk is a small tmpfs,
 * which only root may mount: elsewhere these tests are skipped, saying why.
 */
class DiskFailureTest {

    private static final String FIXTURE = "src/test/resources/fixture-site/content";
    /** The seeds make a site of about 3 MB, the fixture one of under 1 MB. */
    private static final String SEEDS = "content";

    @TempDir
    Path temp;

    @Test
    void aFullDiskIsNamedAndTheSiteStaysAsItWas() throws IOException, InterruptedException {
        onTmpfs("size=2m", (disk, site, before) ->
                assertRefused(site, before, "写入 " + disk + "\\S* 失败：磁盘已满。请腾出磁盘空间后重试。"));
    }

    @Test
    void aReadOnlyDiskIsNamedAndTheSiteStaysAsItWas() throws IOException, InterruptedException {
        onTmpfs("size=8m", (disk, site, before) -> {
            Ran remounted = run("mount", "-o", "remount,ro", disk.toString());
            assertEquals(0, remounted.code(), remounted.output());
            assertRefused(site, before, "写入 " + disk + "\\S* 失败：只读文件系统。"
                    + "该位置所在的文件系统只能读取，请换一个可以写入的位置，例如用 -o 指定输出目录。");
        });
    }

    /** What a test does with a tmpfs that holds a site built before. */
    private interface OnDisk {
        void run(Path disk, Path site, Map<String, byte[]> before) throws IOException, InterruptedException;
    }

    /** Mounts a tmpfs, builds the small fixture site into it and hands both to {@code test}; unmounts it at the end. */
    private void onTmpfs(String options, OnDisk test) throws IOException, InterruptedException {
        Path disk = mount(options);
        try {
            Path site = disk.resolve("site");
            test.run(disk, site, builtBefore(site));
        } finally {
            unmount(disk);
        }
    }

    /** Builds the small fixture site into {@code site} and returns its files. */
    private static Map<String, byte[]> builtBefore(Path site) throws IOException {
        CliTest.Run first = build(FIXTURE, site);
        assertEquals(0, first.code(), first.err());
        return SiteFiles.snapshot(site);
    }

    /**
     * Builds the seeds into {@code site}, which its disk cannot take: exit code 3, the one line that {@code told}
     * matches, in Chinese, and the files of the site as they were {@code before}.
     */
    private static void assertRefused(Path site, Map<String, byte[]> before, String told) throws IOException {
        CliTest.Run refused = build(SEEDS, site);
        assertEquals(3, refused.code(), refused.err());
        assertTrue(refused.err().matches(told + "\n"), refused.err());
        ChineseMessages.assertChinese(refused.err());
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " unchanged"));
    }

    private static CliTest.Run build(String content, Path site) {
        return CliTest.gongkai("build", content, "-o", site.toString(), "--templates", "templates");
    }

    /** A new tmpfs of the given options, or the test skipped when this machine does not allow one. */
    private Path mount(String options) throws IOException, InterruptedException {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        Ran mounted = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted.code() == 0, () -> "a tmpfs cannot be mounted here (it needs root on Linux): "
                + mounted.output());
        return disk;
    }

    private static void unmount(Path disk) throws IOException, InterruptedException {
        if (run("umount", disk.toString()).code() != 0) {
            // A file left open by the failed build keeps the disk busy until it is collected: detach it now.
            run("umount", "-l", disk.toString());
        }
    }

    private record Ran(int code, String output) {}

    private static Ran run(String... command) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of(command));
        Process p;
        try {
            p = new ProcessBuilder(words).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Ran(-1, words.get(0) + " cannot be run: " + e.getMessage());
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), String.join(" ", words) + " ended");
        return new Ran(p.exitValue(), output);
    }
}
