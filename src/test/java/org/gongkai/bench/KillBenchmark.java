package org.gongkai.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.generate.CorpusShape;
import org.gongkai.testing.KillLoop;
import org.gongkai.testing.SiteFiles;

/**
 * The kill loop of issue 15 (a command, not a test): a generated corpus of PROJECTS projects (100 per office), built
 * by the packaged jar in processes of their own, killed with SIGKILL KILLS times at random moments of full and
 * incremental builds (rounds whose build ends before its kill do not count); after each kill the site must be the old one or the new one byte for byte and pass its
 * manifest, and the next build must succeed and leave nothing stale. Exits 1 if any round failed.
 */
public final class KillBenchmark {

    private KillBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 15;
        Path jar = Path.of(args.length > 3 ? args[3] : "target/gongkai.jar").toAbsolutePath();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("gongkai-kill-loop");
        KillLoop.Report report;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            report = new KillLoop(work, List.of(java, "-jar", jar.toString()), Path.of("templates"),
                    new CorpusShape((projects + 99) / 100, 100, 1, seed), seed, out).run(kills);
        } finally {
            SiteFiles.delete(work);
        }
        out.println(report.summary());
        report.failures().forEach(out::println);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
