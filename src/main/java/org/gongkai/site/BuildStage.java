package org.gongkai.site;

/**
 * The stages of a build, in the order they end; {@code gongkai build --timings} names them so. The search export runs
 * beside the three stages before it, so its time is what the build still waited for it after them.
 */
public enum BuildStage {
    CATALOG("catalog"),
    DISCLOSURES("disclosures"),
    COMPARISONS("comparisons"),
    OPEN_DATA("open-data"),
    SITE_PAGES("site-pages"),
    SEARCH_EXPORT("search-export"),
    LINK_CHECK("link-check"),
    MANIFEST("manifest"),
    PUBLISH("publish"),
    INDEX_COMMIT("index-commit");

    private final String label;

    BuildStage(String label) {
        this.label = label;
    }

    /** The stage's name in a timing line. */
    public String label() {
        return label;
    }
}
