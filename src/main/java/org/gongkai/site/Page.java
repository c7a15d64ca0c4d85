package org.gongkai.site;

import java.util.List;
import java.util.Optional;
import org.gongkai.site.links.Prose;

/**
 * One page to render: its template, its folder in the site, what its layout shows (title, breadcrumbs, whether
 * search engines may index it, the facts in its head), the view its template reads, and the prose a publisher
 * wrote on it, whose HTML the link check reads as written rather than as rendered.
 */
record Page(String template, String path, String title, List<Pages.Crumb> crumbs, boolean indexable, Object view,
        Pages.Facts facts, Optional<Prose> prose) {

    Page {
        crumbs = List.copyOf(crumbs);
    }

    /** A page of the site as search engines should find it, with no publisher's prose on it. */
    static Page of(String template, String path, String title, List<Pages.Crumb> crumbs, Object view,
            Pages.Facts facts) {
        return new Page(template, path, title, crumbs, true, view, facts, Optional.empty());
    }

    /** The same page kept out of search engines: a text a correction replaced. */
    Page unlisted() {
        return new Page(template, path, title, crumbs, false, view, facts, prose);
    }

    /** The same page showing {@code prose}, if given. */
    Page showing(Optional<Prose> prose) {
        return new Page(template, path, title, crumbs, indexable, view, facts, prose);
    }
}
