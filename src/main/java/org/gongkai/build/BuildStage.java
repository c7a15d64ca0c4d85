package org.gongkai.build;

import java.util.Locale;

/**
 * The stages of a build, in the order they end; {@code gongkai build --timings} names them so. The search export runs
 * beside the three stages before it, so its time is what the build still waited for it after them.
 */
public enum BuildStage {
    CATALOG,
    DISCLOSURES,
    COMPARISONS,
    OPEN_DATA,
    SITE_PAGES,
    SEARCH_EXPORT,
    LINK_CHECK,
    MANIFEST,
    PUBLISH,
    INDEX_COMMIT;

    /** The stage's name in a timing line: {@code open-data} for {@link #OPEN_DATA}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
