package org.gongkai.site.links;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What one HTML page refers to and what others may point into, read with jsoup: every address in an attribute a
 * browser follows or fetches (each written form once, in the page's order), and every element id and anchor name.
 */
record PageAnchors(Set<String> hrefs, Set<String> ids) {

    /** Attributes whose value is one address; {@code srcset} holds several and is split. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "poster", "xlink:href");

    static PageAnchors read(String html) {
        Set<String> hrefs = new LinkedHashSet<>();
        Set<String> ids = new HashSet<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (ADDRESSES.contains(key)) {
                    hrefs.add(a.getValue());
                } else if (key.equals("srcset")) {
                    for (String candidate : a.getValue().split(",")) {
                        String address = candidate.strip().split("\\s+", 2)[0];
                        if (!address.isEmpty()) {
                            hrefs.add(address);
                        }
                    }
                } else if (key.equals("id") || key.equals("name") && e.normalName().equals("a")) {
                    ids.add(a.getValue());
                }
            }
        }
        return new PageAnchors(hrefs, ids);
    }
}
