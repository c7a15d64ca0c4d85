package org.gongkai.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The link check reads pages with {@link StartTags}, not a full parse: it must find what jsoup's document finds, on
 * every page the built test sites hold and on the cases a publisher's template or Markdown may hold.
 */
class StartTagsTest {

    /**
     * Every attribute of every element in the page's order, each with its element, read by jsoup's document or by
     * {@link StartTags}: a list, so that an attribute read once too often or too seldom shows.
     */
    private static List<String> attributes(String html, boolean jsoup) {
        List<String> out = new ArrayList<>();
        if (jsoup) {
            for (Element e : Jsoup.parse(html).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    // jsoup gives SVG's attributes their camel case (viewBox); the link check reads none of them.
                    out.add(e.normalName() + " " + a.getKey().toLowerCase(Locale.ROOT) + "=" + a.getValue());
                }
            }
        } else {
            StartTags.read(html, (tag, name, value) -> out.add(tag + " " + name + "=" + value));
        }
        return out;
    }

    private static List<Path> builtPages() throws IOException {
        List<Path> pages = new ArrayList<>(SeedSite.htmlFiles());
        for (String site : List.of("fixture-site", "forms-site", "formula-site", "no-total-site")) {
            Path root = SiteFiles.buildForRun("gongkai-start-tags-" + site,
                    Path.of("src/test/resources", site, "content"));
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".html")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    @Test
    void readsEveryBuiltPageAsJsoupDoes() throws IOException {
        List<Path> pages = builtPages();
        assertTrue(pages.size() > 100, "pages read: " + pages.size());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            // Every attribute of every element, not only the addresses: a reading that drifts shows here first.
            assertEquals(attributes(html, true), attributes(html, false), page.toString());
            assertEquals(PageAnchors.parse(html), PageAnchors.read(html), page.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "quoted, single-quoted and bare values | <a href=\"a/\">x</a><a href='b/'>y</a><a href=c/>z</a>",
        "names in capitals                     | <A HREF=\"a/\" ID=top>x</A>",
        "a repeated attribute: the first one   | <a href=\"a/\" href=\"b/\">x</a>",
        "character references in a value       | <a href=\"?a=1&amp;b=2&lt;\">x</a><img src=x.png alt=&quot;>",
        "a link in a comment is no link         | <!-- <a href=\"gone/\"> --><p id=p>x</p>",
        "a link in a script or style is no link | <script>var s = '<a href=\"js/\">';</script><style>a[href=\"css/\"]{}</style><a href=ok/>k</a>",
        "a link in a title or textarea          | <title><a href=\"t/\"></title><textarea><a href=\"ta/\"></textarea><a name=n>n</a>",
        "an end tag of a script in upper case  | <script>x</SCRIPT><a href=after/>a</a>",
        "srcset and a self-closing tag          | <img srcset=\"a.png 1x, b.png 2x\" src=c.png/><br/><a href=d/>d</a>",
        "a lone less-than sign is text          | <p>1 < 2 <a href=x/>x</a></p>",
        "an attribute without a value           | <input disabled name=q><a href id=e>e</a>",
        "svg links                              | <svg><a xlink:href=\"#s\"><use href=\"#u\"/></a></svg>",
        "a doctype and end tags with attributes | <!DOCTYPE html></p class=x><a href=y/>y</a>",
    })
    void readsCasesAsJsoupDoes(String name, String html) {
        assertEquals(attributes(html, true), attributes(html, false), name);
        assertEquals(PageAnchors.parse(html), PageAnchors.read(html), name);
    }

    @Test
    void findsTheAddressesAndAnchorsOfAPage() {
        PageAnchors read = PageAnchors.read("<a href=\"a/\" id=top>x</a><!-- <a href=\"b/\"> -->"
                + "<img srcset=\"c.png 1x, d.png 2x\"><a name=n href=\"a/\">again</a><div name=notAnchor></div>"
                + "<form action=\"s/\"><button formaction=\"t/\"></button></form>");
        assertEquals(List.of("a/", "c.png", "d.png", "s/", "t/"), List.copyOf(read.hrefs()));
        assertEquals(Set.of("top", "n"), read.ids());
    }
}
