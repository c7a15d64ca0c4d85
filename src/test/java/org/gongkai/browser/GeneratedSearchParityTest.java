package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Office;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.search.SearchRequest;
import org.gongkai.testing.Browser;
import org.gongkai.testing.SearchProbe;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On a generated corpus large enough for the export's other encodings (bitsets, half-byte levels of common
 * terms, the document lists of common phrases, several shards), the browser still ranks exactly as the
 * command line, in both modes and under filters.
 */
class GeneratedSearchParityTest {

    @TempDir
    static Path temp;

    static StaticServer server;
    static Browser browser;
    static SearchProbe probe;
    static Path site;
    static Map<String, String> offices;

    @BeforeAll
    static void start() throws IOException {
        Path content = temp.resolve("content");
        new CorpusGenerator(new CorpusShape(40, 8, 1, 7)).write(content);
        offices = new ContentLoader(content).catalog(new Findings()).orElseThrow().offices().stream()
                .collect(Collectors.toMap(Office::id, Office::name));
        site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        server = new StaticServer(site);
        browser = new Browser(1280, 900);
        probe = new SearchProbe(site, server, browser);
    }

    @AfterAll
    static void stop() throws IOException {
        probe.close();
        browser.close();
        server.close();
    }

    private static final List<String> QUERIES = List.of("满意度", "服务对象满意度", "营商环境", "12345", "１２３４５", "便民热线",
            "政务服务便民热线", "人居环境 整治", "受理量", "\"12345 热线\"", "满意", "度", "资金", "完成率 ≥95%", "意度调");

    @Test
    void theExportUsesEveryEncoding() throws IOException {
        // Each term entry: varint length, UTF-8 term, varint df, varint weight, flags byte, varint doc bytes,
        // docs, then levels: df bytes, (df + 1) / 2 with flag 2 (half bytes), none with flag 4.
        Set<String> seen = new TreeSet<>();
        int shards = eachEntry("t", in -> {
            int df = (int) varint(in);
            varint(in);
            int flags = in.get() & 0xFF;
            bytes(in, (int) varint(in));
            bytes(in, (flags & 4) != 0 ? 0 : (flags & 2) != 0 ? (df + 1) / 2 : df);
            seen.add((flags & 1) != 0 ? "bitset" : "gaps");
            seen.add((flags & 4) != 0 ? "no levels" : (flags & 2) != 0 ? "half-byte levels" : "byte levels");
        });
        assertEquals(Set.of("bitset", "gaps", "byte levels", "half-byte levels", "no levels"), seen);
        assertTrue(shards > 2, "several shards: " + shards);

        // Each phrase entry: varint df, varint k, k varint weights, flags byte (4: no levels among the documents),
        // varint doc bytes, docs, varint palette size, palette × k level bytes, width byte, df indices of width bits.
        Set<String> phrases = new TreeSet<>();
        eachEntry("q", in -> {
            int df = (int) varint(in);
            int k = (int) varint(in);
            for (int j = 0; j < k; j++) {
                varint(in);
            }
            int flags = in.get() & 0xFF;
            bytes(in, (int) varint(in));
            bytes(in, (int) varint(in) * k);
            int width = in.get();
            bytes(in, (df * width + 7) / 8);
            phrases.add("phrase of " + (k + 1) + " characters");
            phrases.add((flags & 1) != 0 ? "bitset" : "gaps");
            phrases.add("index of " + width + " bits");
        });
        // 16-bit indices need more than 256 distinct level tuples in one phrase: not at this size (PostingsTest).
        assertEquals(Set.of("bitset", "gaps", "index of 0 bits", "index of 1 bits", "index of 2 bits",
                "index of 4 bits", "index of 8 bits", "phrase of 3 characters", "phrase of 4 characters"), phrases);
    }

    /** Reads every entry of every file of one folder of both kinds to its end; returns the number of files. */
    private int eachEntry(String folder, java.util.function.Consumer<ByteBuffer> rest) throws IOException {
        int count = 0;
        for (String kind : List.of("p", "r")) {
            try (Stream<Path> files = Files.list(site.resolve("search/" + kind + "/" + folder))) {
                for (Path file : files.toList()) {
                    count++;
                    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
                    for (long n = varint(in); n > 0; n--) {
                        bytes(in, (int) varint(in));
                        rest.accept(in);
                    }
                    assertEquals(0, in.remaining(), file + " has bytes after its last entry");
                }
            }
        }
        return count;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    /** Each result names its own office, whichever file of office names it is in. */
    @Test
    void resultsNameTheirOffices() {
        browser.driver().get(server.url("search/?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8)));
        SearchProbe.awaitSearch(browser);
        for (int page = 0; page < 3; page++) {
            for (WebElement hit : browser.driver().findElements(By.cssSelector(".search-hit"))) {
                String office = hit.getAttribute("data-url").split("/")[0];
                String meta = hit.findElement(By.cssSelector(".hit-meta")).getText();
                assertTrue(meta.startsWith(offices.get(office) + " · "), office + ": " + meta);
            }
            browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
            SearchProbe.awaitSearch(browser);
        }
        long named = browser.driver().findElements(By.cssSelector(".facet a")).stream()
                .filter(a -> offices.values().stream().anyMatch(n -> a.getText().startsWith(n + " ("))).count();
        assertEquals(30, named, "the office facet lists its first 30 offices by name");

        // The last office by id: its count puts it beyond the facet's first 30 entries when chosen.
        String last = offices.keySet().stream().sorted().reduce((a, b) -> b).orElseThrow();
        browser.driver().get(server.url("search/?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8)
                + "&office=" + last));
        SearchProbe.awaitSearch(browser);
        for (WebElement hit : browser.driver().findElements(By.cssSelector(".search-hit"))) {
            assertTrue(hit.findElement(By.cssSelector(".hit-meta")).getText().startsWith(offices.get(last) + " · "));
        }
        assertEquals("true", browser.driver().findElements(By.cssSelector(".facet a")).stream()
                .filter(a -> a.getText().startsWith(offices.get(last) + " (")).findFirst().orElseThrow()
                .getAttribute("aria-current"));
    }

    /**
     * A first query asks for each file once: the facets the page preloads beside its scripts are the very
     * request the script would make, or Chromium would fetch them again.
     */
    @Test
    void aFirstQueryFetchesEachFileOnce() {
        server.clearLog();
        browser.driver().get(server.url("search/?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8)));
        SearchProbe.awaitSearch(browser);
        List<String> paths = server.log().stream().map(StaticServer.Request::path).toList();
        assertTrue(paths.stream().anyMatch(p -> p.equals("/search/facets.json")), paths.toString());
        assertEquals(paths.size(), paths.stream().distinct().count(), "a file fetched twice: " + paths);
    }

    /**
     * A common phrase is answered by its own entry, which scores it too: no positions, and none of its bigrams'
     * long lists. A rare one is checked on positions.
     */
    @Test
    void commonPhrasesNeedNoPositions() {
        assertEquals(List.of(), fetched("满意度", "/x/"));
        assertEquals(List.of(), fetched("满意度", "/t/"));
        assertEquals(1, fetched("满意度", "/q/").size());
        String four = List.of("服务对象", "群众满意", "资金使用", "项目资金").stream()
                .filter(q -> probe.cli(q, SearchRequest.Mode.PROJECTS, Map.of()).size() >= 64)
                .findFirst().orElseThrow(() -> new AssertionError("no common phrase of four characters"));
        assertEquals(List.of(), fetched(four, "/x/"), four);
        assertTrue(!fetched("意度调", "/x/").isEmpty(), "a rare phrase is checked on positions");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fetched(String q, String part) {
        browser.driver().get(server.url("search/"));
        return ((List<String>) browser.driver().executeAsyncScript(
                "var done = arguments[1]; var e = window.gongkaiSearch.engine;"
                + "e.search({q: arguments[0], mode: 'projects'}).then(function () { done(Array.from(e.store.cache.keys())); });",
                q)).stream().filter(k -> k.contains(part)).toList();
    }

    @Test
    void browserRanksAsTheCommandLine() {
        for (SearchRequest.Mode mode : SearchRequest.Mode.values()) {
            for (String q : QUERIES) {
                assertEquals(probe.cliUrls(q, mode, Map.of()), probe.browserUrls(q, mode, Map.of()), mode + " «" + q + "»");
            }
        }
    }

    @Test
    void browserFiltersAsTheCommandLine() {
        String office = probe.cli("满意度", SearchRequest.Mode.PROJECTS, Map.of()).get(0).url().split("/")[0];
        Map<String, String> filters = Map.of("office", office, "year", "2026");
        for (SearchRequest.Mode mode : SearchRequest.Mode.values()) {
            for (String q : List.of("满意度", "营商环境", "资金")) {
                List<String> expected = probe.cliUrls(q, mode, filters);
                assertEquals(expected, probe.browserUrls(q, mode, filters), mode + " «" + q + "» " + filters);
            }
        }
    }
}
