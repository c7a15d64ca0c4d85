package org.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.generate.CorpusShape;
import org.gongkai.testing.KillLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of full and incremental builds, in processes of their own, never leaves a mixed site:
 * the old one or the new one, byte for byte, passing its manifest; the next build succeeds and leaves nothing
 * stale. The loop of issue 15's "done when", at 4,000 projects and 50 kills, is {@code bench/kill-loop}.
 */
class KillTest {

    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneAndTheNextBuildCleansUp() throws IOException, InterruptedException {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> gongkai = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.gongkai.cli.Main");
        KillLoop.Report report = new KillLoop(temp, gongkai, Path.of("templates"), new CorpusShape(3, 30, 1, 15), 15, log)
                .run(10);
        log.println(report.summary());
        assertEquals(List.of(), report.failures());
        assertTrue(report.killed() >= 10 && report.old() > 0, report.summary());
    }
}
