package org.gongkai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.check.Checker;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.export.OpenData;
import org.gongkai.search.SearchIndexWriter;
import org.gongkai.site.DisclosureSummary;
import org.gongkai.site.Regions;
import org.gongkai.site.SitePaths;
import org.gongkai.site.SiteRenderer;
import org.gongkai.site.compare.GroupKey;
import org.gongkai.site.compare.Grouping;
import org.gongkai.site.compare.Indicators;
import org.gongkai.site.compare.ProjectRef;
import org.gongkai.site.links.LinkCheck;

/**
 * The disclosures stage: on every core, reads, checks and renders each year file the carry plan does not carry, with
 * its downloads and search documents, keeping only its summary; a carried file keeps its folder, its findings and
 * its cached summary.
 */
final class Disclosures {

    private final ContentLoader loader;
    private final Checker checker;
    private final Map<String, Office> offices;
    private final Regions regions;
    private final SiteRenderer renderer;
    private final OpenData openData;
    private final SearchIndexWriter index;
    private final LinkCheck linkCheck;
    private final Findings findings;
    private final BuildProgress progress;
    private final Cores cores;

    Disclosures(ContentLoader loader, Checker checker, Map<String, Office> offices, Regions regions,
            SiteRenderer renderer, OpenData openData, SearchIndexWriter index, LinkCheck linkCheck, Findings findings,
            BuildProgress progress, Cores cores) {
        this.loader = loader;
        this.checker = checker;
        this.offices = offices;
        this.regions = regions;
        this.renderer = renderer;
        this.openData = openData;
        this.index = index;
        this.linkCheck = linkCheck;
        this.findings = findings;
        this.progress = progress;
        this.cores = cores;
    }

    /**
     * Renders every year file that {@code carry} does not carry over, with the links to groups that {@code plan}
     * gives its project pages; the search documents of the files rendered again are taken out of the index first.
     */
    BuiltDisclosures build(CarryPlan carry, ComparisonPlan plan) throws IOException {
        for (BuildCache.Entry entry : carry.replaced()) {
            index.remove(entry.summary().officeId(), entry.summary().year());
        }
        List<Callable<Optional<BuildCache.Entry>>> tasks = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int toRender = carry.toRender();
        for (int i = 0; i < carry.files().size(); i++) {
            int at = i;
            CarryPlan.YearFile file = carry.files().get(at);
            if (file.carried().isPresent()) {
                BuildCache.Entry entry = file.carried().get();
                tasks.add(() -> {
                    entry.findings().forEach(findings::add);
                    linkCheck.kept(entry.folder(), entry.file(), entry.outside());
                    return Optional.of(entry);
                });
            } else {
                tasks.add(() -> {
                    Optional<BuildCache.Entry> entry = disclosure(file, plan, plan.refs().get(at));
                    progress.disclosureDone(done.incrementAndGet(), toRender);
                    return entry;
                });
            }
        }
        return BuiltDisclosures.of(cores.all(tasks).stream().flatMap(Optional::stream).toList());
    }

    /** Reads, checks and renders one year file; what the next build's cache keeps of it, unless it has errors. */
    private Optional<BuildCache.Entry> disclosure(CarryPlan.YearFile file, ComparisonPlan plan, List<ProjectRef> refs) {
        Findings own = new Findings();
        Optional<Disclosure> loaded = loader.disclosure(file.file(), own);
        if (loaded.isPresent() && !own.hasErrors()) {
            checker.check(loaded.get(), offices.get(loaded.get().officeId()), own);
        }
        List<Finding> found = own.sorted();
        found.forEach(findings::add);
        if (loaded.isEmpty() || findings.hasErrors()) {
            return Optional.empty();
        }
        Disclosure d = loaded.get();
        Office office = offices.get(d.officeId());
        DisclosureSummary summary = DisclosureSummary.of(d, office);
        String yearPage = SitePaths.year(office.id(), d.year());
        try {
            openData.disclosure(office, office.regionId(), regions.names(office.regionId()), d, yearPage,
                    summary.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        linkCheck.track(yearPage);
        int pages = renderer.disclosure(office, d, file.file().shownAs(), plan.comparisons(), found);
        Map<String, List<GroupKey>> links = new HashMap<>();
        Map<String, Indicators> shown = new HashMap<>();
        for (Project p : d.projects()) {
            String key = Grouping.pageKey(office.id(), d.year(), p.id());
            List<GroupKey> groups = plan.comparisons().groupsOf(key);
            if (!groups.isEmpty()) {
                links.put(key, groups);
            }
            if (plan.comparisons().tabled().contains(key)) {
                shown.put(key, Indicators.of(p));
            }
        }
        try {
            index.add(d, office, regions.ids(office.regionId()), regions.names(office.regionId()), yearPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new BuildCache.Entry(file.file().shownAs(), file.fingerprint(), pages, summary, refs, links,
                shown, found, linkCheck.outside(yearPage)));
    }
}
