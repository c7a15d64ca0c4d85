package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.check.MarkdownRule;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.Site;
import org.gongkai.export.Downloads;
import org.gongkai.parallel.Threads;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.site.compare.ComparisonPage;
import org.gongkai.site.compare.ComparisonView;
import org.gongkai.site.compare.Comparisons;
import org.gongkai.site.compare.Group;
import org.gongkai.site.compare.GroupKey;
import org.gongkai.site.compare.Grouping;
import org.gongkai.site.compare.Indicators;
import org.gongkai.site.compare.OfficeView;
import org.gongkai.site.links.LinkCheck;
import org.gongkai.site.links.Prose;

/**
 * Renders the pages of one build into its staging folder: a disclosure's year, project and earlier-version pages,
 * the comparison pages, the index pages and the search page, each in the shared layout, and hands every page to the
 * build's link check as it is written. What to render and when is the build's ({@code org.gongkai.build}).
 */
public final class SiteRenderer {

    /**
     * What the build finds in a publisher's Markdown before any page exists, for {@code gongkai check} to report as
     * the build does: links that would run a script.
     */
    public static final MarkdownRule MARKDOWN = (file, markdown, subject, findings) ->
            LinkCheck.scripts(Markdown.prose(file, markdown, subject)).forEach(findings::add);

    private final Templates templates;
    private final Site site;
    private final String shownRoot;
    private final Path root;
    private final LinkCheck linkCheck;
    private final Regions regions;
    private final int threads;
    private final AtomicInteger pages = new AtomicInteger();

    /**
     * @param shownRoot the content folder as findings name it
     * @param root the staging folder the pages are written into
     * @param linkCheck told of every page rendered, with the prose a publisher wrote on it
     */
    public SiteRenderer(Templates templates, Site site, String shownRoot, Path root, LinkCheck linkCheck, int threads) {
        this.templates = templates;
        this.site = site;
        this.shownRoot = shownRoot;
        this.root = root;
        this.linkCheck = linkCheck;
        this.regions = new Regions(site.regions());
        this.threads = threads;
    }

    /** How many pages were rendered so far. */
    public int pages() {
        return pages.get();
    }

    /**
     * Renders a disclosure's year page, its project pages with their links to the comparison groups they are in, and
     * the pages of the texts its corrections replaced; returns how many pages that is. The disclosure's downloads
     * must be in its year folder already: the year page lists them. {@code findings} are its check's, whose reader
     * notes (数据说明) its project pages show beside their funds, and its year page names, unless site.yaml turns them
     * off (data_notes: false).
     *
     * @param file the year file as findings name it
     */
    public int disclosure(Office office, Disclosure d, String file, Comparisons comparisons, List<Finding> findings) {
        Map<String, List<String>> notes = new HashMap<>();
        if (site.dataNotes()) {
            for (Finding f : findings) {
                f.readerNote().ifPresent(n -> notes.computeIfAbsent(f.subject().project(), k -> new ArrayList<>()).add(n));
            }
        }
        String yearPage = SitePaths.year(office.id(), d.year());
        List<Pages.Crumb> yearCrumbs = List.of(new Pages.Crumb(office.name(), SitePaths.rootFrom(yearPage) + SitePaths.office(office.id())),
                new Pages.Crumb(d.year() + "年度", null));
        List<Pages.Download> downloads;
        try {
            downloads = DownloadLinks.in(root.resolve(yearPage), "", office.id() + "-" + d.year() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pages.Year year = YearView.of(d, office.name(), "../", downloads, CorrectionViews.currentYear(d),
                notes);
        render(Page.of("year.ftlh", yearPage, year.title(), yearCrumbs, year,
                PageFacts.article(d, office.name(), year.title())).showing(d.remarks().map(r -> Markdown.prose(
                        file, r, new Subject(office.id(), String.valueOf(d.year()), "", "")))));
        for (Project p : d.projects()) {
            String back = SitePaths.rootFrom(SitePaths.project(office.id(), d.year(), p.id()));
            List<GroupKey> groups = comparisons.groupsOf(Grouping.pageKey(office.id(), d.year(), p.id()));
            renderProject(office, d, p, groups.stream()
                    .map(k -> new ComparisonPage.Link(k.label(), back + SitePaths.comparison(k.id())))
                    .toList(), notes.getOrDefault(p.name(), List.of()));
        }
        d.corrections().forEach(c -> renderEarlier(office, d, c));
        return CorrectionViews.pageCount(d);
    }

    private void renderProject(Office office, Disclosure d, Project p, List<ComparisonPage.Link> comparisons,
            List<String> dataNotes) {
        String yearPage = SitePaths.year(office.id(), d.year());
        String page = SitePaths.project(office.id(), d.year(), p.id());
        String back = SitePaths.rootFrom(page);
        List<Pages.Crumb> crumbs = List.of(new Pages.Crumb(office.name(), back + SitePaths.office(office.id())),
                new Pages.Crumb(d.year() + "年度", back + yearPage), new Pages.Crumb(p.name(), null));
        render(Page.of("project.ftlh", page, p.name(), crumbs, ProjectView.of(p, office.name(), d.year(), "../",
                comparisons, CorrectionViews.currentProject(d, p), dataNotes, Pages.Original.of(d.original())),
                PageFacts.article(d, office.name(), p.name())));
    }

    /**
     * The pages of the text correction {@code c} replaced, at v{n}/ below the current year page: part of the site
     * so that links to them work, but kept out of search engines, the search index, the downloads, the feed and
     * the sitemap, which hold the current text only.
     */
    private void renderEarlier(Office office, Disclosure d, Correction c) {
        Disclosure earlier = c.replaced();
        String page = SitePaths.earlier(office.id(), d.year(), c.version());
        String label = "第" + c.version() + "版（已被更正）";
        String suffix = "（第" + c.version() + "版，已被更正）";
        String title = YearView.title(earlier, office.name()) + suffix;
        render(Page.of("year.ftlh", page, title, earlierCrumbs(office, d.year(), page, label, List.of()),
                YearView.of(earlier, office.name(), "../../", List.of(), CorrectionViews.earlierYear(d, c),
                        Map.of()),
                PageFacts.earlier(d, c, office.name(), title)).unlisted());
        for (Project p : earlier.projects()) {
            String projectPage = SitePaths.earlierProject(office.id(), d.year(), c.version(), p.id());
            render(Page.of("project.ftlh", projectPage, p.name() + suffix,
                    earlierCrumbs(office, d.year(), projectPage, label, List.of(new Pages.Crumb(p.name(), null))),
                    ProjectView.of(p, office.name(), d.year(), "../", List.of(),
                            CorrectionViews.earlierProject(d, c, p)),
                    PageFacts.earlier(d, c, office.name(), p.name() + suffix)).unlisted());
        }
    }

    /** Office › year (the current text) › the version, linked when {@code below} goes further down. */
    private List<Pages.Crumb> earlierCrumbs(Office office, int year, String page, String label, List<Pages.Crumb> below) {
        String back = SitePaths.rootFrom(page);
        List<Pages.Crumb> crumbs = new ArrayList<>(List.of(
                new Pages.Crumb(office.name(), back + SitePaths.office(office.id())),
                new Pages.Crumb(year + "年度", back + SitePaths.year(office.id(), year)),
                new Pages.Crumb(label, below.isEmpty() ? null : "../")));
        crumbs.addAll(below);
        return crumbs;
    }

    /**
     * The comparison pages, once every disclosure has given the indicators of the projects they set side by side:
     * the groups' pages with their offices' views across years below them on every core, then their index.
     */
    public void comparisonPages(Comparisons comparisons, Map<String, Indicators> indicators,
            List<DisclosureSummary> summaries) throws IOException {
        Pages.Facts facts = PageFacts.listing("同类比较", site.publisher(), summaries);
        Map<String, List<OfficeView>> views = comparisons.officeViewsByGroup();
        List<Callable<Boolean>> pagesOfGroups = new ArrayList<>();
        for (Group g : comparisons.groups()) {
            pagesOfGroups.add(() -> comparisonPage(g, Optional.empty(), views.getOrDefault(g.key().id(), List.of()),
                    indicators, facts));
        }
        for (OfficeView v : comparisons.officeViews()) {
            pagesOfGroups.add(() -> comparisonPage(v.group(), Optional.of(v), List.of(), indicators, facts));
        }
        Threads.all("gongkai-render", threads, pagesOfGroups, "构建被中断");
        render(Page.of("compare-index.ftlh", SitePaths.COMPARE, "同类项目比较",
                List.of(new Pages.Crumb("同类项目比较", null)),
                ComparisonView.index(comparisons.groups(), k -> k.id() + "/"), facts));
    }

    /**
     * The page of a group, with links to {@code below}, its offices' views; or of {@code view}, one office's projects
     * of its parent group, below that group's page.
     */
    private boolean comparisonPage(Group g, Optional<OfficeView> view, List<OfficeView> below,
            Map<String, Indicators> indicators, Pages.Facts facts) {
        String page = SitePaths.comparison(g.key().id());
        String back = SitePaths.rootFrom(page);
        List<Pages.Crumb> crumbs = new ArrayList<>(List.of(new Pages.Crumb("同类项目比较", back + SitePaths.COMPARE)));
        view.ifPresentOrElse(v -> {
            crumbs.add(new Pages.Crumb(v.parent().label(), back + SitePaths.comparison(v.parent().id())));
            crumbs.add(new Pages.Crumb(v.officeName() + "历年", null));
        }, () -> crumbs.add(new Pages.Crumb(g.key().label(), null)));
        ComparisonPage.Group shown = ComparisonView.group(g, indicators, p -> back + SitePaths.project(p.officeId(),
                p.year(), p.projectId())).withOfficeViews(below.stream().map(v -> new ComparisonPage.Link(
                        v.officeName() + "（" + v.years() + "）", back + SitePaths.comparison(v.group().key().id())))
                .toList());
        render(Page.of("compare.ftlh", page, "同类项目比较：" + g.key().label(), crumbs, shown, facts));
        return true;
    }

    /**
     * The home, data, office and about pages, the check report with {@code findings} and the 404 page. The site-wide
     * downloads must be staged already: the home and data pages list them.
     */
    public void indexPages(List<Office> offices, List<DisclosureSummary> summaries, Comparisons comparisons,
            Findings findings) throws IOException {
        int comparisonCount = comparisons.groups().size();
        Map<String, List<ComparisonPage.Link>> acrossYears = ComparisonView.acrossYears(comparisons);
        IndexView index = new IndexView(offices, summaries);
        List<Pages.Download> siteDownloads = DownloadLinks.in(root.resolve(Downloads.SITE_FOLDER),
                Downloads.SITE_FOLDER, "gongkai-");
        render(Page.of("home.ftlh", "", site.title(), List.of(),
                index.home(site.regions(), siteDownloads, comparisonCount), siteFacts("首页", summaries)));
        List<Pages.Download> fromDataPage = DownloadLinks.in(root.resolve(Downloads.SITE_FOLDER), "", "gongkai-");
        render(Page.of("data.ftlh", Downloads.SITE_FOLDER, "开放数据", List.of(new Pages.Crumb("开放数据", null)),
                DataView.of(fromDataPage, site.licenceStatement(), Downloads.SCHEMA_FILES),
                siteFacts("开放数据", summaries)));
        Map<String, List<DisclosureSummary>> byOffice = summaries.stream()
                .collect(Collectors.groupingBy(DisclosureSummary::officeId));
        for (Office office : offices) {
            String page = SitePaths.office(office.id());
            Optional<Prose> introduction = office.introduction()
                    .map(md -> Markdown.prose(office.at().file(), md, new Subject(office.id(), "", "", "")));
            String back = SitePaths.rootFrom(page);
            Pages.Office view = index.office(office, regions.names(office.regionId()),
                    introduction.map(Prose::html).orElse(null), acrossYears.getOrDefault(office.id(), List.of())
                            .stream().map(c -> new ComparisonPage.Link(c.label(), back + c.href())).toList());
            render(Page.of("office.ftlh", page, office.name(), List.of(new Pages.Crumb(office.name(), null)), view,
                    PageFacts.listing(PageFacts.DISCLOSURES, office.name(),
                            byOffice.getOrDefault(office.id(), List.of()))).showing(introduction));
        }
        site.about().ifPresent(md -> {
            Prose about = Markdown.prose(aboutFile(), md, Subject.NONE);
            render(Page.of("about.ftlh", "about/", "关于本站", List.of(new Pages.Crumb("关于本站", null)),
                    Map.of("html", about.html()), siteFacts("关于本站", summaries)).showing(Optional.of(about)));
        });
        String report = SitePaths.rootFrom(SitePaths.REPORT);
        linkCheck.page(SitePaths.REPORT, "report.ftlh", templates.render("report.ftlh", Map.of("layout",
                layout(report, "发布前检查报告", List.of(), false, siteFacts("发布前检查", summaries)), "page",
                ReportView.of(findings, shownRoot + "/")), SitePaths.file(root, SitePaths.REPORT)),
                Optional.empty());
        Pages.Layout notFound = layout(sitePath(), "页面不存在", List.of(), false, siteFacts("首页", summaries));
        linkCheck.page("404.html", "404.ftlh", templates.render("404.ftlh", Map.of("layout", notFound, "page",
                Map.of()), root.resolve("404.html")), Optional.empty());
        pages.incrementAndGet();
    }

    public void searchPage(BrowserIndex.Manifest search, List<DisclosureSummary> summaries) {
        render(Page.of("search.ftlh", SitePaths.SEARCH, "搜索", List.of(new Pages.Crumb("搜索", null)),
                SearchView.of(search, site.baseUrl()), siteFacts("搜索", summaries)));
    }

    private Pages.Facts siteFacts(String column, List<DisclosureSummary> summaries) {
        return PageFacts.listing(column, site.publisher(), summaries);
    }

    /** Renders a page and reads its links. */
    private void render(Page page) {
        String html = templates.render(page.template(), Map.of("layout", layout(SitePaths.rootFrom(page.path()),
                page.title(), page.crumbs(), page.indexable(), page.facts()), "page", page.view()),
                SitePaths.file(root, page.path()));
        linkCheck.page(page.path(), page.template(), html, page.prose());
        pages.incrementAndGet();
    }

    /** about.md as the loader names it in findings. */
    private String aboutFile() {
        return shownRoot.isEmpty() ? "about.md" : shownRoot + "/about.md";
    }

    private Pages.Layout layout(String rootPrefix, String title, List<Pages.Crumb> crumbs, boolean indexable,
            Pages.Facts facts) {
        return new Pages.Layout(site.title(), site.publisher(), site.contact().phone().orElse(null),
                site.contact().email().orElse(null), site.contact().address().orElse(null), site.baseUrl(),
                URI.create(site.baseUrl()).getHost(), site.siteCode().orElse(null), site.icp().orElse(null),
                site.about().isPresent(), rootPrefix, title, crumbs, indexable, facts);
    }

    /** The site's own path on its server, for the 404 page, which is served at any depth. */
    private String sitePath() {
        return SitePaths.serverPath(site.baseUrl());
    }

    /** Copies the templates' static files into the site's assets; scripts are trimmed of comment lines and indentation. */
    public void copyAssets() throws IOException {
        Path from = templates.directory().resolve("static");
        Path to = root.resolve("assets");
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.getFileName().toString().endsWith(".js")) {
                    Files.writeString(target, ScriptTrimmer.trim(Files.readString(file, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
