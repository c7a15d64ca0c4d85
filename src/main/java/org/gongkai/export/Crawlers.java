package org.gongkai.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes what feed readers and crawlers look for at the site root: an Atom feed of the disclosures
 * ({@link #FEED}), the sitemap ({@link #SITEMAP}, split into parts beyond the protocol's 50,000 URLs) and robots.txt.
 * URLs are absolute, from the site's base URL, as Atom ids and the sitemap protocol require.
 */
public final class Crawlers {

    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    /** The sitemap protocol's limit of URLs in one file. */
    static final int SITEMAP_LIMIT = 50_000;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Dates carry no time; a disclosure dated D is placed at midnight of D in China, where it was published. */
    private static final String CHINA_MIDNIGHT = "T00:00:00+08:00";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** One disclosure in the feed: its page (relative to the root) and the date it was published. */
    public record Entry(String title, String page, LocalDate date, String summary) {}

    /** One page in the sitemap, relative to the root, with the date its content last changed where known. */
    public record Page(String page, Optional<LocalDate> modified) {}

    private final Path root;
    private final String baseUrl;

    /** Writes below {@code root}; {@code baseUrl} ends in a slash, as the content loader makes it. */
    public Crawlers(Path root, String baseUrl) {
        this.root = root;
        this.baseUrl = baseUrl;
    }

    /** The Atom feed, newest entry first; ties in date are ordered by page, so the bytes never vary. */
    public void feed(String title, String author, List<Entry> entries) throws IOException {
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::page)).toList();
        write(root.resolve(FEED), xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "zh-CN");
            element(xml, "id", baseUrl + FEED);
            element(xml, "title", title);
            element(xml, "updated", sorted.isEmpty() ? "1970-01-01" + CHINA_MIDNIGHT : time(sorted.get(0).date()));
            link(xml, "self", baseUrl + FEED);
            link(xml, "alternate", baseUrl);
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (Entry e : sorted) {
                xml.writeStartElement("entry");
                element(xml, "id", baseUrl + e.page());
                element(xml, "title", e.title());
                link(xml, "alternate", baseUrl + e.page());
                element(xml, "updated", time(e.date()));
                element(xml, "summary", e.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * The sitemap: one urlset, or, beyond {@link #SITEMAP_LIMIT} pages, a sitemap index over numbered parts, so
     * that crawlers still find every page of a province's site.
     */
    public void sitemap(List<Page> pages) throws IOException {
        if (pages.size() <= SITEMAP_LIMIT) {
            urlset(root.resolve(SITEMAP), pages);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += SITEMAP_LIMIT) {
            String name = "sitemap-" + (parts.size() + 1) + ".xml";
            urlset(root.resolve(name), pages.subList(from, Math.min(pages.size(), from + SITEMAP_LIMIT)));
            parts.add(name);
        }
        write(root.resolve(SITEMAP), xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAPS);
            for (String part : parts) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", baseUrl + part);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * robots.txt: everything may be crawled but the publisher's check report, and the sitemap is named. Crawlers
     * read it only at the root of a host, so a site under a path (https://example.org/budget/) needs the host's own
     * robots.txt to carry the same Sitemap line.
     */
    public void robots(String reportPage) throws IOException {
        String path = java.net.URI.create(baseUrl).getPath();
        String text = "User-agent: *\n"
                + "Disallow: " + (path == null || path.isEmpty() ? "/" : path) + reportPage + "\n"
                + "\n"
                + "Sitemap: " + baseUrl + SITEMAP + "\n";
        Files.writeString(root.resolve(ROBOTS), text, StandardCharsets.UTF_8);
    }

    private void urlset(Path file, List<Page> pages) throws IOException {
        write(file, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            for (Page p : pages) {
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + p.page());
                if (p.modified().isPresent()) {
                    element(xml, "lastmod", p.modified().get().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static String time(LocalDate date) {
        return date + CHINA_MIDNIGHT;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    /** What writes the body of one XML document. */
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(Path file, Body body) throws IOException {
        // Buffered: the JDK's writer makes a system call for almost every name, attribute and text it is given.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // The writer wraps a failure of the file (a full disk) in its own exception: the file's failure is the one
            // to tell. Anything else is a fault of the XML written, which the message cannot help with.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the XML written to " + file.getFileName() + " is not well formed", e);
        }
    }
}
