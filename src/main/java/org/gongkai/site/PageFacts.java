package org.gongkai.site;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;

/**
 * The facts of each kind of page, from the content alone, so that a second build of the same content writes the
 * same bytes: a disclosure's pages carry its own dates, and a page that lists many disclosures carries the
 * earliest and the newest of theirs.
 */
final class PageFacts {

    static final String DISCLOSURES = "公开文件";

    private PageFacts() {}

    /**
     * A year page or a project page: an article of its office, published when the document was first, and last
     * updated by its latest correction.
     */
    static Pages.Facts article(Disclosure d, String officeName, String title) {
        String published = d.published().map(LocalDate::toString).orElse(null);
        String updated = d.lastCorrected().map(LocalDate::toString).orElse(published);
        return new Pages.Facts(DISCLOSURES, title, officeName, published, updated);
    }

    /**
     * A page of the text that correction {@code c} of {@code d} replaced: published with the document, and last
     * updated by the correction before {@code c}, if any; the text has not changed since, only been replaced.
     */
    static Pages.Facts earlier(Disclosure d, Correction c, String officeName, String title) {
        String published = d.published().map(LocalDate::toString).orElse(null);
        String updated = c.version() == 1 ? published : d.corrections().get(c.version() - 2).date().toString();
        return new Pages.Facts(DISCLOSURES, title, officeName, published, updated);
    }

    /** A page that lists or compares the given disclosures, published by {@code source}. */
    static Pages.Facts listing(String column, String source, Collection<DisclosureSummary> covered) {
        Optional<LocalDate> first = covered.stream().map(DisclosureSummary::date).flatMap(Optional::stream)
                .min(LocalDate::compareTo);
        Optional<LocalDate> last = covered.stream().map(DisclosureSummary::updated).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return new Pages.Facts(column, null, Objects.requireNonNull(source),
                first.map(LocalDate::toString).orElse(null), last.map(LocalDate::toString).orElse(null));
    }
}
