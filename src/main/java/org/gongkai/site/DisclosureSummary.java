package org.gongkai.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.site.chart.MissingTotals;

/**
 * What the index pages, the feed and the sitemap need to know of a disclosure once its own pages are written; kept
 * instead of the disclosure so that memory does not grow with the size of the projects. {@code totalWan} sums the
 * totals the forms printed; {@code untotalled} counts the projects it leaves out for want of one. {@code projects} are
 * listed as the year page lists them, with links relative to it, so that the office page can list its latest year's.
 */
public record DisclosureSummary(String officeId, int year, int projectCount, BigDecimal totalWan, int untotalled, String title,
        Optional<LocalDate> published, Optional<LocalDate> approved, Optional<LocalDate> corrected,
        List<String> projectIds, List<Pages.ProjectEntry> projects) {

    public DisclosureSummary {
        projectIds = List.copyOf(projectIds);
        projects = List.copyOf(projects);
    }

    /** The summary of {@code d}, published by {@code office}. */
    public static DisclosureSummary of(Disclosure d, Office office) {
        return new DisclosureSummary(office.id(), d.year(), d.projects().size(), YearView.total(d), MissingTotals.in(d),
                YearView.title(d, office.name()), d.published(), d.approved(), d.lastCorrected(),
                d.projects().stream().map(Project::id).toList(), YearView.entries(d));
    }

    /** The date a reader would give the disclosure: its publication, else its approval. */
    public Optional<LocalDate> date() {
        return published.or(() -> approved);
    }

    /** The date it last changed: its latest correction, else {@link #date()}. */
    public Optional<LocalDate> updated() {
        return corrected.or(this::date);
    }
}
