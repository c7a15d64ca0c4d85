package org.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.build.BuildProgress;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.site.Templates;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build at a time per output folder: a second build, in another process or in this one, waits for the first,
 * says so, and then builds its own content; a lock file left by a process that is gone stops nothing; and two builds
 * of different edits started together leave a site and caches that the next build of the same content trusts
 * rightly, byte for byte what a full build makes.
 */
class BuildLockTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-site/content");

    @TempDir
    Path temp;

    Path content;
    Path site;

    @BeforeEach
    void firstBuild() throws IOException {
        content = temp.resolve("content");
        site = temp.resolve("site");
        SiteFiles.copy(FIXTURE, content);
        assertTrue(build(content, site).published());
    }

    @Test
    void aBuildInAnotherProcessWaitsForTheHolderAndSaysWhom() throws IOException, InterruptedException {
        Path lockFile = temp.resolve(".gongkai/site/lock");
        Process second;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileLock held = channel.lock()) {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap("4242\n".getBytes(StandardCharsets.US_ASCII)), 0);
            edit("offices/demo-office/2024.yaml", "热线", "便民热线");
            second = gongkaiProcess();
            assertTrue(!second.waitFor(4, TimeUnit.SECONDS), "the second build waits while the lock is held");
        }
        assertEquals(0, second.waitFor(), "then it builds");
        String said = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(said.contains("另一个 gongkai 进程（PID 4242）正在生成 " + site + "，等它完成后再开始"), said);
        assertEquals(fullBuildOf(content), snapshot(site), "the site is that of its own content");
    }

    @Test
    void aLockFileLeftByAProcessThatIsGoneIsTakenOver() throws IOException {
        Files.writeString(temp.resolve(".gongkai/site/lock"), "999999999\n");
        List<String> waited = new ArrayList<>();
        BuildResult result = new SiteBuild(new ContentLoader(content), new Templates(Path.of("templates")), 2,
                new BuildProgress() {
                    @Override
                    public void disclosureDone(int done, int total) {
                    }

                    @Override
                    public void waitingFor(String holder) {
                        waited.add(holder);
                    }
                }).build(site);
        assertTrue(result.published());
        assertEquals(List.of(), waited, "nobody holds the lock, whatever the file says");
        assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(temp.resolve(".gongkai/site/lock")));
    }

    @Test
    void twoBuildsOfDifferentEditsStartedTogetherLeaveWhatAFullBuildMakes() throws Exception {
        edit("offices/demo-office/2024.yaml", "热线", "便民热线");
        Process first = gongkaiProcess();
        edit("offices/demo-office/2025.yaml", "热线", "服务热线");
        Process second = gongkaiProcess();
        assertEquals(0, first.waitFor(), new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, second.waitFor(), new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        // The next ordinary build of the same content trusts what those two left: it must be right to.
        assertTrue(build(content, site).published());
        assertEquals(fullBuildOf(content), snapshot(site));
    }

    @Test
    void twoBuildsInOneProcessTakeTurns() throws Exception {
        edit("offices/demo-office/2024.yaml", "热线", "便民热线");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BuildResult> a = pool.submit(() -> build(content, site));
            Future<BuildResult> b = pool.submit(() -> build(content, site));
            assertTrue(a.get().published() && b.get().published());
        } finally {
            pool.shutdown();
        }
        assertEquals(fullBuildOf(content), snapshot(site));
    }

    private Process gongkaiProcess() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.gongkai.cli.Main", "build", content.toString(), "-o",
                site.toString(), "--templates", "templates").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Map<String, String> fullBuildOf(Path from) throws IOException {
        Path elsewhere = Files.createTempDirectory(temp, "full").resolve("site");
        assertTrue(build(from, elsewhere).published());
        return snapshot(elsewhere);
    }

    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String file : SiteFiles.files(site)) {
            files.put(file, SiteFiles.sha256(site.resolve(file)));
        }
        return files;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static BuildResult build(Path content, Path site) throws IOException {
        return new SiteBuild(new ContentLoader(content), new Templates(Path.of("templates"))).build(site);
    }
}
