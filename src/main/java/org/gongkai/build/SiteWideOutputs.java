package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Site;
import org.gongkai.export.Crawlers;
import org.gongkai.export.Downloads;
import org.gongkai.export.OpenData;
import org.gongkai.export.Years;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.site.DisclosureSummary;
import org.gongkai.site.SitePaths;
import org.gongkai.site.SiteRenderer;
import org.gongkai.site.chart.MissingTotals;
import org.gongkai.site.compare.Comparisons;

/**
 * The site-wide outputs, made once every disclosure is built: the comparison pages, the site-wide downloads with the
 * feed, sitemap and robots.txt, the index pages, and the search page once the search export is done.
 */
final class SiteWideOutputs {

    private final SiteRenderer renderer;
    private final Catalog catalog;
    private final Site site;
    private final Map<String, Office> offices;
    private final OpenData openData;
    private final Path root;
    private final Path output;
    private final Findings findings;
    private final BuiltDisclosures built;
    private final Set<String> carriedFolders;
    private final Comparisons comparisons;

    /**
     * @param root the staging folder
     * @param output the published site, which holds the carried year folders
     */
    SiteWideOutputs(SiteRenderer renderer, Catalog catalog, Map<String, Office> offices, OpenData openData, Path root,
            Path output, Findings findings, BuiltDisclosures built, CarryPlan carry, ComparisonPlan plan) {
        this.renderer = renderer;
        this.catalog = catalog;
        this.site = catalog.site();
        this.offices = offices;
        this.openData = openData;
        this.root = root;
        this.output = output;
        this.findings = findings;
        this.built = built;
        this.carriedFolders = Set.copyOf(carry.carriedFolders());
        this.comparisons = plan.comparisons();
    }

    /** The comparison pages, once every disclosure has given the indicators of the projects they set side by side. */
    void comparisonPages() throws IOException {
        renderer.comparisonPages(comparisons, built.indicators(), built.summaries());
    }

    /** The site-wide downloads, joined from the disclosures' in the order of office and year, and the feeds. */
    void openData() throws IOException {
        List<DisclosureSummary> ordered = built.summaries().stream()
                .sorted(Comparator.comparing(DisclosureSummary::officeId).thenComparingInt(DisclosureSummary::year))
                .toList();
        Optional<Years> years = ordered.isEmpty() ? Optional.empty()
                : Optional.of(new Years(ordered.stream().mapToInt(DisclosureSummary::year).min().getAsInt(),
                        ordered.stream().mapToInt(DisclosureSummary::year).max().getAsInt()));
        openData.siteWide(ordered.stream().map(s -> SitePaths.year(s.officeId(), s.year()))
                .map(page -> (carriedFolders.contains(page) ? output : root).resolve(page)).toList(), years);
        Crawlers crawlers = new Crawlers(root, site.baseUrl());
        crawlers.feed(site.title(), site.publisher(), ordered.stream().map(this::feedEntry).toList());
        crawlers.sitemap(sitemap(ordered));
        crawlers.robots(SitePaths.REPORT);
    }

    private Crawlers.Entry feedEntry(DisclosureSummary s) {
        Office office = offices.get(s.officeId());
        // Atom needs a date; a disclosure that states none is placed at the start of its budget year. A correction
        // is news to a subscriber, so the entry moves up with it and says so.
        return new Crawlers.Entry(s.title(), SitePaths.year(s.officeId(), s.year()),
                s.updated().orElse(LocalDate.of(s.year(), 1, 1)),
                office.name() + " " + s.year() + "年度：" + s.projectCount() + " 个项目，年度资金合计 "
                        + Money.computed(s.totalWan()) + " 万元" + MissingTotals.besideSum(s.untotalled()) + "。"
                        + s.corrected().map(date -> "已于 " + date + " 更正。").orElse(""));
    }

    /**
     * Every public page: the site's own, the comparisons, then offices in id order with their years and
     * projects; the dates are the content's.
     */
    private List<Crawlers.Page> sitemap(List<DisclosureSummary> ordered) {
        List<Crawlers.Page> pages = new ArrayList<>();
        pages.add(new Crawlers.Page("", Optional.empty()));
        pages.add(new Crawlers.Page(Downloads.SITE_FOLDER, Optional.empty()));
        site.about().ifPresent(a -> pages.add(new Crawlers.Page("about/", Optional.empty())));
        pages.add(new Crawlers.Page(SitePaths.COMPARE, Optional.empty()));
        comparisons.groups().forEach(g -> pages.add(new Crawlers.Page(SitePaths.comparison(g.key().id()),
                Optional.empty())));
        comparisons.officeViews().forEach(v -> pages.add(new Crawlers.Page(
                SitePaths.comparison(v.group().key().id()), Optional.empty())));
        Map<String, List<DisclosureSummary>> byOffice = ordered.stream()
                .collect(Collectors.groupingBy(DisclosureSummary::officeId));
        for (Office office : catalog.offices().stream().sorted(Comparator.comparing(Office::id)).toList()) {
            pages.add(new Crawlers.Page(SitePaths.office(office.id()), Optional.empty()));
            for (DisclosureSummary s : byOffice.getOrDefault(office.id(), List.of())) {
                pages.add(new Crawlers.Page(SitePaths.year(s.officeId(), s.year()), s.updated()));
                for (String project : s.projectIds()) {
                    pages.add(new Crawlers.Page(SitePaths.project(s.officeId(), s.year(), project), s.updated()));
                }
            }
        }
        return pages;
    }

    /** The home, data, office and about pages, the check report and the 404 page. */
    void indexPages() throws IOException {
        renderer.indexPages(catalog.offices(), built.summaries(), comparisons, findings);
    }

    void searchPage(BrowserIndex.Manifest search) {
        renderer.searchPage(search, built.summaries());
    }
}
