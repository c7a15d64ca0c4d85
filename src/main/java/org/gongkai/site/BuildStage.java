package org.gongkai.site;

/** The stages of a build, in the order they run; {@code gongkai build --timings} names them so. */
public enum BuildStage {
    CATALOG("catalog"),
    DISCLOSURES("disclosures"),
    SEARCH_EXPORT("search-export"),
    COMPARISONS("comparisons"),
    OPEN_DATA("open-data"),
    SITE_PAGES("site-pages"),
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
