package org.gongkai.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Findings;
import org.gongkai.output.WorkFolder;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search benchmark (a command, not a test): builds a site from a content folder, times the export of the
 * browser index, and for each query opens the search page in a fresh headless Chromium, as a shared link
 * would, counting requests, sequential round trips and bytes after the page, and the time spent computing
 * once the data were there; then a later query in the same page. Medians over the runs. See README.
 */
public final class SearchBenchmark {

    private static final List<String[]> QUERIES = List.of(
            new String[] {"projects", "满意度"}, new String[] {"projects", "12345"}, new String[] {"projects", "１２３４５"},
            new String[] {"projects", "营商环境"}, new String[] {"projects", "便民热线"},
            new String[] {"projects", "政务服务便民热线"}, new String[] {"projects", "人居环境 整治"},
            new String[] {"projects", "\"12345 热线\""}, new String[] {"indicators", "满意度"},
            new String[] {"indicators", "受理量"});

    /** Each answer waits this long, so that requests sent together and requests that waited apart are told apart. */
    static final int LATENCY_MS = 40;

    private SearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("用法：bench/search CONTENT_DIR [RUNS]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("gongkai-search-bench");
        Path site = work.resolve("site");
        long start = System.nanoTime();
        if (!SiteFiles.build(content, site).published()) {
            System.err.println("内容有错误，无法构建：先运行 gongkai check " + content);
            System.exit(1);
        }
        out.printf("build (pages, checks, Lucene index, export), one run: %.1f s%n", seconds(start));
        exportTimes(content, site, runs, out);
        sizes(site, out);
        try (StaticServer server = new StaticServer(site, LATENCY_MS)) {
            out.println();
            out.println("| mode | query | results | first: requests | round trips | KB | KB gzip | compute ms"
                    + " | later: requests | round trips | KB | KB gzip | compute ms |");
            out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String[] q : QUERIES) {
                List<Measure> first = new ArrayList<>();
                List<Measure> later = new ArrayList<>();
                String total = "";
                for (int r = 0; r < runs; r++) {
                    try (Browser browser = new Browser(1280, 900)) {
                        server.clearLog();
                        browser.driver().get(server.url("search/?q=" + encode(q[1]) + "&mode=" + q[0]));
                        SearchProbe.awaitSearch(browser);
                        first.add(Measure.of(server.log(), browser));
                        total = browser.driver().findElement(By.id("search")).getAttribute("data-total");
                        // A later query in the same page: another query of the same kind, typed into the box.
                        server.clearLog();
                        WebElement box = browser.driver().findElement(By.id("q"));
                        box.clear();
                        box.sendKeys(q[1].equals("满意度") ? "服务质量" : "满意度", Keys.ENTER);
                        SearchProbe.awaitSearch(browser);
                        later.add(Measure.of(server.log(), browser));
                    }
                }
                Measure f = Measure.median(first);
                Measure l = Measure.median(later);
                out.printf("| %s | %s | %s | %d | %d | %.1f | %.1f | %.1f | %d | %d | %.1f | %.1f | %.1f |%n", q[0], q[1],
                        total, f.requests, f.roundTrips, f.bytes / 1024.0, f.gzipBytes / 1024.0, f.computeMs,
                        l.requests, l.roundTrips, l.bytes / 1024.0, l.gzipBytes / 1024.0, l.computeMs);
            }
        }
        out.println();
        out.println("runs per figure: " + runs + "; site and index left in " + work);
    }

    private static void exportTimes(Path content, Path site, int runs, PrintStream out) throws IOException {
        ContentLoader loader = new ContentLoader(content);
        Catalog catalog = loader.catalog(new Findings()).orElseThrow();
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Path folder = Files.createTempDirectory("gongkai-export");
            long start = System.nanoTime();
            BrowserIndex.export(WorkFolder.of(site).searchIndex(), folder, catalog.site().regions(), catalog.offices());
            times.add(seconds(start));
            deleteTree(folder);
        }
        out.printf("browser index export from Lucene: median %.2f s over %d runs %s%n", median(times), runs, times);
    }

    private static void sizes(Path site, PrintStream out) throws IOException {
        long[] search = folderSize(site.resolve("search"));
        long[] lucene = folderSize(WorkFolder.of(site).searchIndex());
        long[] shards = folderSize(site.resolve("search/p/t"));
        out.printf("browser index: %.1f MB in %d files (project term shards: %d files, %.1f MB); Lucene index: %.1f MB%n",
                search[0] / 1e6, search[1], shards[1], shards[0] / 1e6, lucene[0] / 1e6);
    }

    /** What one search cost: requests after the page, round trips, bytes, and computing time. */
    record Measure(int requests, int roundTrips, long bytes, long gzipBytes, double computeMs) {

        static Measure of(List<StaticServer.Request> log, Browser browser) {
            List<StaticServer.Request> after = log.stream()
                    .filter(r -> !r.path().endsWith("/search/") && !r.path().endsWith("favicon.ico")
                            && !r.path().endsWith(".css"))
                    .sorted(Comparator.comparingLong(StaticServer.Request::arrived))
                    .toList();
            int waves = 0;
            long firstAnswer = Long.MIN_VALUE;
            long bytes = 0;
            long gzip = 0;
            for (StaticServer.Request r : after) {
                // Every answer takes the latency, so requests sent together all arrive before the first of their
                // answers; a request that arrives after an answer may have waited for it: a new round trip.
                if (r.arrived() > firstAnswer) {
                    waves++;
                    firstAnswer = Long.MAX_VALUE;
                }
                firstAnswer = Math.min(firstAnswer, r.answered());
                bytes += r.bytes();
                gzip += r.gzipBytes();
            }
            double compute = Double.parseDouble(browser.driver().findElement(By.id("search")).getAttribute("data-compute"));
            return new Measure(after.size(), waves, bytes, gzip, compute);
        }

        static Measure median(List<Measure> all) {
            return new Measure(
                    (int) SearchBenchmark.median(all.stream().map(m -> (double) m.requests).toList()),
                    (int) SearchBenchmark.median(all.stream().map(m -> (double) m.roundTrips).toList()),
                    (long) SearchBenchmark.median(all.stream().map(m -> (double) m.bytes).toList()),
                    (long) SearchBenchmark.median(all.stream().map(m -> (double) m.gzipBytes).toList()),
                    SearchBenchmark.median(all.stream().map(Measure::computeMs).toList()));
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long[] folderSize(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new long[] {0, 0};
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long[] total = {0, 0};
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total[0] += Files.size(f);
                total[1]++;
            }
            return total;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
