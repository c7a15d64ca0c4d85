package org.gongkai.site.links;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one HTML page refers to and what others may point into: every address in an attribute a browser follows
 * or fetches (each written form once, in the page's order), and every element id and anchor name.
 */
record PageAnchors(Set<String> hrefs, Set<String> ids) {

    /** Attributes whose value is one address; {@code srcset} holds several and is split. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "poster", "xlink:href");

    static PageAnchors read(String html) {
        Set<String> hrefs = new LinkedHashSet<>();
        Set<String> ids = new HashSet<>();
        StartTags.read(html, (tag, name, value) -> {
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
        });
        return new PageAnchors(hrefs, ids);
    }
}
