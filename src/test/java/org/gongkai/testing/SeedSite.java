package org.gongkai.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The seed site, built once per test run for the tests that only read its pages. */
public final class SeedSite {

    private static Path site;
    private static BuildResult result;

    private SeedSite() {}

    public static synchronized Path root() throws IOException {
        if (site == null) {
            Path dir = Files.createTempDirectory("gongkai-seed-site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SiteFiles.delete(dir)));
            BuildResult built = SiteFiles.build(Seeds.CONTENT, dir.resolve("site"));
            if (!built.published()) {
                throw new AssertionError(built.findings().sorted());
            }
            result = built;
            site = dir.resolve("site");
        }
        return site;
    }

    /** The outcome of the build of {@link #root}, with its findings. */
    public static synchronized BuildResult result() throws IOException {
        root();
        return result;
    }

    /** The page at {@code page}, a path such as {@code luan-szfb/2026/} or {@code ""} for the home page. */
    public static Document page(String page) throws IOException {
        Path folder = page.isEmpty() ? root() : root().resolve(page);
        return Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
    }

    /** Every HTML file of the seed site, in path order. */
    public static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
