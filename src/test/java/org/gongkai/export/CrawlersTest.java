package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The Atom feed, sitemap and robots.txt, parsed as feed readers and crawlers parse them. */
class CrawlersTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://example.org/";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSeedSite.root();
    }

    @Test
    void theSeedFeedHasOneEntryPerDisclosureLinkingItsPage() throws Exception {
        Document feed = parse(site.resolve(Crawlers.FEED));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        List<Element> entries = children(root, ATOM, "entry");
        assertEquals(4, entries.size(), "the four seed disclosures");
        for (Element e : entries) {
            String href = child(e, "link").getAttribute("href");
            assertTrue(href.startsWith(BASE), href);
            assertTrue(Files.isRegularFile(site.resolve(href.substring(BASE.length())).resolve("index.html")), href);
            assertEquals(href, text(e, "id"));
            assertTrue(!text(e, "title").isEmpty());
        }
        assertNonIncreasing(entries);
        assertEquals(text(entries.get(0), "updated"), text(root, "updated"), "the feed is as new as its newest entry");
    }

    @Test
    void feedIsNewestFirstWithTiesInPageOrder() throws Exception {
        Path out = Files.createDirectories(temp.resolve("feed"));
        new Crawlers(out, BASE).feed("标题", "主办单位", List.of(
                new Crawlers.Entry("乙 2024", "b/2024/", LocalDate.of(2024, 2, 1), "…"),
                new Crawlers.Entry("甲 2025", "a/2025/", LocalDate.of(2025, 1, 20), "…"),
                new Crawlers.Entry("甲 2024", "a/2024/", LocalDate.of(2024, 2, 1), "…"),
                new Crawlers.Entry("丙 2023 <&>", "c/2023/", LocalDate.of(2023, 3, 5), "…")));
        List<Element> entries = children(parse(out.resolve(Crawlers.FEED)).getDocumentElement(), ATOM, "entry");
        assertEquals(List.of("甲 2025", "甲 2024", "乙 2024", "丙 2023 <&>"),
                entries.stream().map(e -> text(e, "title")).toList());
        assertEquals("2025-01-20T00:00+08:00", OffsetDateTime.parse(text(entries.get(0), "updated")).toString());
        assertNonIncreasing(entries);
    }

    @Test
    void sitemapListsEveryPublicPageOnceWithAbsoluteUrls() throws Exception {
        Element root = parse(site.resolve(Crawlers.SITEMAP)).getDocumentElement();
        assertEquals(SITEMAPS, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        List<String> locs = children(root, SITEMAPS, "url").stream().map(u -> text(u, "loc")).toList();
        List<String> pages = SiteFiles.files(site).stream()
                .filter(f -> f.endsWith("index.html") && !f.startsWith("_gongkai/") && !f.startsWith("search/"))
                .map(f -> BASE + f.substring(0, f.length() - "index.html".length()))
                .sorted().toList();
        assertEquals(pages, locs.stream().sorted().toList());
    }

    @Test
    void aSitemapBeyondFiftyThousandUrlsIsAnIndexOverParts() throws Exception {
        Path out = Files.createDirectories(temp.resolve("big"));
        List<Crawlers.Page> pages = IntStream.range(0, Crawlers.SITEMAP_LIMIT + 1)
                .mapToObj(i -> new Crawlers.Page("o/2024/p" + i + "/", Optional.of(LocalDate.of(2024, 1, 2))))
                .toList();
        new Crawlers(out, BASE).sitemap(pages);
        Element index = parse(out.resolve(Crawlers.SITEMAP)).getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        List<String> parts = children(index, SITEMAPS, "sitemap").stream().map(s -> text(s, "loc")).toList();
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml"), parts);
        List<String> all = new ArrayList<>();
        for (String part : parts) {
            Element urlset = parse(out.resolve(part.substring(BASE.length()))).getDocumentElement();
            List<Element> urls = children(urlset, SITEMAPS, "url");
            assertTrue(urls.size() <= Crawlers.SITEMAP_LIMIT);
            urls.forEach(u -> all.add(text(u, "loc")));
            assertEquals("2024-01-02", text(urls.get(0), "lastmod"));
        }
        assertEquals(pages.stream().map(p -> BASE + p.page()).toList(), all);
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOffTheCheckReport() throws IOException {
        List<String> lines = Files.readAllLines(site.resolve(Crawlers.ROBOTS));
        assertTrue(lines.contains("Sitemap: " + BASE + Crawlers.SITEMAP), lines.toString());
        assertTrue(lines.contains("Disallow: /_gongkai/check/"), lines.toString());
        Path sub = Files.createDirectories(temp.resolve("robots"));
        new Crawlers(sub, "https://example.org/budget/").robots("_gongkai/check/");
        List<String> under = Files.readAllLines(sub.resolve(Crawlers.ROBOTS));
        assertTrue(under.contains("Disallow: /budget/_gongkai/check/"), under.toString());
        assertTrue(under.contains("Sitemap: https://example.org/budget/sitemap.xml"), under.toString());
    }

    private static void assertNonIncreasing(List<Element> entries) {
        for (int i = 1; i < entries.size(); i++) {
            OffsetDateTime before = OffsetDateTime.parse(text(entries.get(i - 1), "updated"));
            OffsetDateTime after = OffsetDateTime.parse(text(entries.get(i), "updated"));
            assertTrue(!after.isAfter(before), "entry " + i + " is not newer than the one before");
        }
    }

    private static Document parse(Path file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(parent.getNamespaceURI(), name).item(0);
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(parent.getNamespaceURI(), name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
