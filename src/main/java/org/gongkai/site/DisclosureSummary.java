package org.gongkai.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the index pages, the feed and the sitemap need to know of a disclosure once its own pages are written; kept
 * instead of the disclosure so that memory does not grow with the size of the projects. {@code totalWan} sums the
 * totals the forms printed; {@code untotalled} counts the projects it leaves out for want of one.
 */
record DisclosureSummary(String officeId, int year, int projectCount, BigDecimal totalWan, int untotalled, String title,
        Optional<LocalDate> published, Optional<LocalDate> approved, Optional<LocalDate> corrected,
        List<String> projectIds) {

    DisclosureSummary {
        projectIds = List.copyOf(projectIds);
    }

    /** The date a reader would give the disclosure: its publication, else its approval. */
    Optional<LocalDate> date() {
        return published.or(() -> approved);
    }

    /** The date it last changed: its latest correction, else {@link #date()}. */
    Optional<LocalDate> updated() {
        return corrected.or(this::date);
    }
}
