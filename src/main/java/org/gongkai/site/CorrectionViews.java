package org.gongkai.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Project;

/**
 * What each page of a corrected disclosure says of its corrections: the current text's pages list them, newest
 * first, with links to the text each replaced; an earlier version's pages say which correction replaced them and
 * link back. Links are relative, from the page's own folder.
 */
final class CorrectionViews {

    private CorrectionViews() {}

    /** The current year page's: each correction links to the year page of the version it replaced. */
    static Pages.History currentYear(Disclosure d) {
        return current(d, c -> SitePaths.version(c.version()));
    }

    /**
     * A current project page's: each correction links to the project's page in the version it replaced, or to that
     * version's year page when the project was not in it.
     */
    static Pages.History currentProject(Disclosure d, Project p) {
        return current(d, c -> "../" + SitePaths.version(c.version()) + (has(c.replaced(), p) ? p.id() + "/" : ""));
    }

    /** The year page of the version {@code c} replaced. */
    static Pages.History earlierYear(Disclosure d, Correction c) {
        return earlier(d, c, "../", "../#corrections");
    }

    /** A project page of the version {@code c} replaced: it links to the project's current page, if it still has one. */
    static Pages.History earlierProject(Disclosure d, Correction c, Project p) {
        return earlier(d, c, "../../" + (has(d, p) ? p.id() + "/" : ""), "../../#corrections");
    }

    /** The pages of a disclosure's year folder: the year page and a page per project, for each version. */
    static int pageCount(Disclosure d) {
        int pages = 1 + d.projects().size();
        for (Correction c : d.corrections()) {
            pages += 1 + c.replaced().projects().size();
        }
        return pages;
    }

    private static Pages.History current(Disclosure d, Function<Correction, String> earlierHref) {
        if (d.corrections().isEmpty()) {
            return Pages.History.NONE;
        }
        List<Pages.CorrectionNote> notes = new ArrayList<>();
        for (Correction c : d.corrections()) {
            notes.add(0, new Pages.CorrectionNote(c.date().toString(), c.note(), c.version(), earlierHref.apply(c)));
        }
        return new Pages.History(d.lastCorrected().map(LocalDate::toString).orElse(null), notes, null);
    }

    /** Version n's text was made by correction n − 1, if there was one. */
    private static Pages.History earlier(Disclosure d, Correction c, String currentHref, String historyHref) {
        String lastCorrected = c.version() > 1 ? d.corrections().get(c.version() - 2).date().toString() : null;
        return new Pages.History(lastCorrected, List.of(), new Pages.Superseded(c.version(), c.date().toString(),
                c.note(), currentHref, historyHref));
    }

    private static boolean has(Disclosure d, Project p) {
        return d.projects().stream().anyMatch(q -> q.id().equals(p.id()));
    }
}
