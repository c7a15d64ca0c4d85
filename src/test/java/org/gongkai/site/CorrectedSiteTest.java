package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.build.BuildResult;
import org.gongkai.output.WorkFolder;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchRequest;
import org.gongkai.testing.CorrectedSeeds;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrected disclosure on the site: its current pages show the 更正说明 and link to the text it replaced; that text
 * is published at v1/ under a banner that says it was replaced, and is kept out of search engines, the sitemap, the
 * feed, search and the downloads, which hold the current text only.
 */
class CorrectedSiteTest {

    private static final String YEAR = CorrectedSeeds.OFFICE + "/" + CorrectedSeeds.YEAR + "/";
    private static final String V1 = YEAR + "v1/";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = temp.resolve("content");
        CorrectedSeeds.copy(content);
        site = temp.resolve("site");
        BuildResult result = SiteFiles.build(content, site);
        assertTrue(result.published(), () -> result.findings().sorted().toString());
    }

    @Test
    void theCurrentYearPageShowsTheNoteAndLinksToTheEarlierVersion() throws IOException {
        Document page = page(YEAR);
        Element box = page.selectFirst("section#corrections");
        assertEquals("更正说明", box.selectFirst("h2").text());
        assertEquals(List.of(CorrectedSeeds.NOTE), box.select(".correction-note").eachText());
        assertEquals(List.of(CorrectedSeeds.DATE), box.select("time").eachAttr("datetime"));
        assertEquals(List.of("v1/"), box.select("a").eachAttr("href"));
        assertEquals(CorrectedSeeds.DATE, page.select(".facts a[href=#corrections]").text());
        assertFalse(page.html().contains(CorrectedSeeds.MISPRINT));
        assertTrue(page.select("ol.projects a").eachText().contains(CorrectedSeeds.NAME));
    }

    @Test
    void aCurrentProjectPageShowsTheNoteAndLinksToItsEarlierPage() throws IOException {
        Element box = page(YEAR + CorrectedSeeds.PROJECT + "/").selectFirst("section#corrections");
        assertEquals(List.of(CorrectedSeeds.NOTE), box.select(".correction-note").eachText());
        assertEquals(List.of("../v1/" + CorrectedSeeds.PROJECT + "/"), box.select("a").eachAttr("href"));
    }

    @Test
    void theEarlierVersionShowsItsOwnTextUnderABannerThatLinksBack() throws IOException {
        Document year = page(V1);
        Element banner = year.selectFirst("main > div.superseded");
        assertEquals("这是更正前的版本（第1版），已于 " + CorrectedSeeds.DATE + " 更正，仅供查阅。",
                banner.selectFirst(".superseded-title").text());
        assertTrue(banner.text().contains("更正说明：" + CorrectedSeeds.NOTE), banner.text());
        assertEquals(List.of("../", "../#corrections"), banner.select("a").eachAttr("href"));
        assertTrue(year.select("ol.projects a").eachText().contains(CorrectedSeeds.MISPRINT));
        assertTrue(year.select("section#corrections").isEmpty());
        assertTrue(year.select("#downloads").isEmpty(), "an earlier version has no downloads");
        assertTrue(year.title().contains("（第1版，已被更正）"), year.title());

        Document project = page(V1 + CorrectedSeeds.PROJECT + "/");
        assertEquals(CorrectedSeeds.MISPRINT, project.selectFirst("h1").text());
        assertEquals(List.of("../../" + CorrectedSeeds.PROJECT + "/", "../../#corrections"),
                project.select("main > div.superseded a").eachAttr("href"));
    }

    @Test
    void earlierPagesAreNoindexAndCurrentPagesAreNot() throws IOException {
        List<String> earlier = pagesUnder(V1);
        int projects = Seeds.disclosures().stream()
                .filter(d -> d.officeId().equals(CorrectedSeeds.OFFICE) && d.year() == CorrectedSeeds.YEAR)
                .findFirst().orElseThrow().projects().size();
        assertEquals(1 + projects, earlier.size(), earlier.toString());
        for (String file : earlier) {
            Document d = Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
            assertTrue(d.select("meta[name=robots]").attr("content").contains("noindex"), file);
        }
        for (String current : List.of(YEAR, YEAR + CorrectedSeeds.PROJECT + "/")) {
            assertTrue(page(current).select("meta[name=robots]").isEmpty(), current);
        }
    }

    @Test
    void theSitemapAndFeedListOnlyTheCurrentText() throws IOException {
        String sitemap = read("sitemap.xml");
        String feed = read("feed.xml");
        assertTrue(sitemap.contains(YEAR + CorrectedSeeds.PROJECT + "/"), "the current project page is listed");
        assertFalse(sitemap.contains("/v1/"), sitemap);
        assertTrue(feed.contains(YEAR));
        assertFalse(feed.contains("/v1/"), feed);
    }

    /** A correction is the disclosure's latest change: the feed, the sitemap and the listing pages date it so. */
    @Test
    void theCorrectionDatesTheDisclosuresLatestChange() throws IOException {
        Document feed = Jsoup.parse(read("feed.xml"), "", Parser.xmlParser());
        Element entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals("https://example.org/" + YEAR)).findFirst().orElseThrow();
        assertEquals(CorrectedSeeds.DATE + "T00:00:00+08:00", entry.selectFirst("updated").text());
        assertTrue(entry.selectFirst("summary").text().endsWith("已于 " + CorrectedSeeds.DATE + " 更正。"),
                entry.selectFirst("summary").text());
        Document sitemap = Jsoup.parse(read("sitemap.xml"), "", Parser.xmlParser());
        for (Element url : sitemap.select("url")) {
            if (url.selectFirst("loc").text().contains("/" + YEAR)) {
                assertEquals(CorrectedSeeds.DATE, url.selectFirst("lastmod").text(), url.selectFirst("loc").text());
            }
        }
        // Dates are a disclosure's own: pages that list disclosures carry none, and only the known date is shown.
        for (String listing : List.of("", CorrectedSeeds.OFFICE + "/")) {
            assertEquals(0, page(listing).select("p.page-dates").size(), listing);
        }
        assertEquals("更新日期：" + CorrectedSeeds.DATE, page(YEAR).select("p.page-dates").text());
    }

    @Test
    void searchFindsOnlyTheCurrentText() throws IOException {
        try (SearchIndex index = SearchIndex.open(WorkFolder.of(site).searchIndex())) {
            assertEquals(List.of(), urls(index, CorrectedSeeds.MISPRINT));
            assertTrue(urls(index, CorrectedSeeds.NAME).contains(YEAR + CorrectedSeeds.PROJECT + "/"));
        }
    }

    @Test
    void theBrowsersSearchIndexHoldsOnlyTheCurrentText() throws IOException {
        boolean current = false;
        for (String file : SiteFiles.files(site.resolve(SitePaths.SEARCH))) {
            // Binary shards too: a name written into them is UTF-8 bytes, which decode to it among the rest.
            String utf8 = new String(Files.readAllBytes(site.resolve(SitePaths.SEARCH).resolve(file)), StandardCharsets.UTF_8);
            assertFalse(utf8.contains(CorrectedSeeds.MISPRINT), file);
            assertFalse(utf8.contains("/v1/"), file);
            current |= utf8.contains(CorrectedSeeds.NAME);
        }
        assertTrue(current, "the browser's index holds the current name");
    }

    @Test
    void theDownloadsHoldOnlyTheCurrentText() throws IOException {
        for (String folder : List.of("data/", YEAR)) {
            for (String name : List.of("projects.csv", "indicators.csv", "data.json")) {
                String text = read(folder + name);
                assertFalse(text.contains(CorrectedSeeds.MISPRINT), folder + name);
                assertFalse(text.contains("/v1/"), folder + name);
            }
            assertTrue(read(folder + "projects.csv").contains(CorrectedSeeds.NAME), folder);
        }
        assertEquals(pagesUnder(V1), SiteFiles.files(site.resolve(V1)).stream().map(f -> V1 + f).toList(),
                "the earlier version's folder holds its pages only");
    }

    /** Every link of the corrected year's pages, current and earlier, leads to a page or file of the site. */
    @Test
    void everyLinkOfTheCorrectedPagesWorks() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : SiteFiles.files(site.resolve(YEAR))) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Path html = site.resolve(YEAR).resolve(file);
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element a : d.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("mailto:")) {
                    continue;
                }
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                Path target = html.getParent().resolve(path).normalize();
                Path targetFile = Files.isDirectory(target) ? target.resolve("index.html") : target;
                if (!Files.isRegularFile(targetFile)) {
                    broken.add(YEAR + file + " → " + href);
                } else if (!fragment.isEmpty()
                        && Jsoup.parse(targetFile.toFile(), "UTF-8").getElementById(fragment) == null) {
                    broken.add(YEAR + file + " → " + href + " (no such id)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static List<String> urls(SearchIndex index, String query) throws IOException {
        return index.search(new SearchRequest(SearchQuery.parse(query), SearchRequest.Mode.PROJECTS, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100)).stream()
                .map(SearchHit::url).toList();
    }

    private static List<String> pagesUnder(String folder) throws IOException {
        return SiteFiles.files(site.resolve(folder)).stream().filter(f -> f.endsWith("index.html"))
                .map(f -> folder + f).toList();
    }

    private static Document page(String page) throws IOException {
        return Jsoup.parse(site.resolve(page).resolve("index.html").toFile(), "UTF-8");
    }

    private static String read(String file) throws IOException {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }
}
