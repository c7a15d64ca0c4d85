package org.gongkai.site.links;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What one HTML page refers to and what others may point into: every address in an attribute a browser follows
 * or fetches (each written form once, in the page's order), and every element id and anchor name.
 */
record PageAnchors(Set<String> hrefs, Set<String> ids) {

    /** Attributes whose value is one address; {@code srcset} holds several and is split. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "poster", "xlink:href");

    /** A page the build rendered, read tag by tag ({@link StartTags}): the build reads every page it writes. */
    static PageAnchors read(String html) {
        Reading reading = new Reading();
        StartTags.read(html, reading);
        return reading.anchors();
    }

    /**
     * HTML a publisher wrote (Markdown may hold any HTML, well formed or not), read from the document jsoup builds
     * of it, as a browser would: there are few such texts, and what a browser would follow there must be found.
     */
    static PageAnchors parse(String html) {
        Reading reading = new Reading();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            for (Attribute a : e.attributes()) {
                reading.attribute(e.normalName(), a.getKey(), a.getValue());
            }
        }
        return reading.anchors();
    }

    /** Keeps the addresses and anchors among the attributes it is given. */
    private static final class Reading implements StartTags.Visitor {
        private final Set<String> hrefs = new LinkedHashSet<>();
        private final Set<String> ids = new HashSet<>();

        @Override
        public void attribute(String tag, String name, String value) {
            if (ADDRESSES.contains(name)) {
                hrefs.add(value);
            } else if (name.equals("srcset")) {
                for (String candidate : value.split(",")) {
                    String address = candidate.strip().split("\\s+", 2)[0];
                    if (!address.isEmpty()) {
                        hrefs.add(address);
                    }
                }
            } else if (name.equals("id") || name.equals("name") && tag.equals("a")) {
                ids.add(value);
            }
        }

        PageAnchors anchors() {
            return new PageAnchors(hrefs, ids);
        }
    }
}
