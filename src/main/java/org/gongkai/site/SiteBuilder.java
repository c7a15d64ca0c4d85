package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.gongkai.check.Checker;
import org.gongkai.check.MarkdownRule;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.Region;
import org.gongkai.content.model.Site;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.export.Crawlers;
import org.gongkai.export.Downloads;
import org.gongkai.export.OpenData;
import org.gongkai.export.Years;
import org.gongkai.integrity.Manifest;
import org.gongkai.output.BuildLock;
import org.gongkai.output.OutputFolder;
import org.gongkai.output.OutputRefused;
import org.gongkai.output.StagedIndex;
import org.gongkai.output.Staging;
import org.gongkai.output.WorkFolder;
import org.gongkai.parallel.Threads;
import org.gongkai.search.SearchIndexWriter;
import org.gongkai.search.web.BrowserIndex;
import org.gongkai.site.chart.MissingTotals;
import org.gongkai.site.compare.ComparisonPage;
import org.gongkai.site.compare.ComparisonView;
import org.gongkai.site.compare.Comparisons;
import org.gongkai.site.compare.Group;
import org.gongkai.site.compare.GroupKey;
import org.gongkai.site.compare.Grouping;
import org.gongkai.site.compare.Indicators;
import org.gongkai.site.compare.NameKey;
import org.gongkai.site.compare.ProjectRef;
import org.gongkai.site.links.LinkCheck;
import org.gongkai.site.links.Prose;

/**
 * Builds the static site: reads the catalog, then loads and renders one disclosure at a time on every
 * core, streaming its pages to a staging folder and keeping only a summary; then the index pages; then
 * swaps the staging folder in. Any content error leaves the previous site untouched.
 */
public final class SiteBuilder {

    /** Where the publisher's check report goes: linked from no public page. */
    public static final String REPORT_PAGE = "_gongkai/check/";

    /**
     * What the build finds in a publisher's Markdown before any page exists, for {@code gongkai check} to report as
     * the build does: links that would run a script.
     */
    public static final MarkdownRule MARKDOWN = (file, markdown, subject, findings) ->
            LinkCheck.scripts(Markdown.prose(file, markdown, subject)).forEach(findings::add);

    private final ContentLoader loader;
    private final Templates templates;
    private final Checker checker = new Checker();
    private final int threads;
    private final BuildProgress progress;

    public SiteBuilder(ContentLoader loader, Templates templates) {
        this(loader, templates, Runtime.getRuntime().availableProcessors());
    }

    public SiteBuilder(ContentLoader loader, Templates templates, int threads) {
        this(loader, templates, threads, BuildProgress.NONE);
    }

    public SiteBuilder(ContentLoader loader, Templates templates, int threads, BuildProgress progress) {
        this.loader = loader;
        this.templates = templates;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /**
     * Builds the site into {@code output}. When the last build of that folder left a cache for the same settings,
     * templates and program, only the year files that changed since are read and rendered; the rest keep their
     * files untouched, and the site-wide pages, downloads and search index come out as a full build makes them.
     * The new site is staged whole in the work folder and swapped in with one step, under the output's lock.
     *
     * @throws OutputRefused before anything is written, when {@code output} is not a folder the build may replace
     */
    public BuildResult build(Path output) throws IOException {
        OutputFolder folder = OutputFolder.claim(output, loader.root(), templates.directory());
        boolean[] waited = {false};
        try (BuildLock lock = BuildLock.acquire(folder, holder -> {
            waited[0] = true;
            progress.waitingFor(holder);
        })) {
            if (waited[0]) {
                // The build that held the lock may have changed the output; it is judged again as it is now.
                folder = OutputFolder.claim(output, loader.root(), templates.directory());
            }
            return build(folder);
        }
    }

    private BuildResult build(OutputFolder folder) throws IOException {
        StageClock clock = new StageClock(progress);
        WorkFolder work = folder.work();
        Path output = work.output();
        Findings findings = new Findings();
        for (Path stray : work.strays()) {
            findings.add(new Finding("output.stray", Severity.WARNING, SourcePosition.ofFile(stray.toString()),
                    "这是早先版本的 gongkai 在生成被中断时留在网站旁的临时目录。gongkai 只改动输出目录和 .gongkai/，"
                            + "不会删除它；确认不需要后可以手动删除。"));
        }
        Optional<Catalog> catalog = loader.catalog(findings);
        if (catalog.isEmpty()) {
            return new BuildResult(false, findings, 0);
        }
        catalog.get().offices().forEach(office -> checker.check(office, findings));
        clock.done(BuildStage.CATALOG);
        String inputs = Fingerprints.inputs(catalog.get().site(), loader.shownRoot(), templates.directory());
        Optional<BuildCache> previous = BuildCache.read(work, inputs)
                .filter(cache -> Files.isDirectory(work.searchIndex()));
        // An incremental build updates the published index in place and commits only at the end; a full build writes
        // a new index in the work folder and swaps it in.
        try (Staging staged = Staging.site(folder);
                StagedIndex stagedIndex = previous.isPresent() ? null : StagedIndex.of(work);
                SearchIndexWriter index = previous.isPresent() ? SearchIndexWriter.update(work.searchIndex())
                        : SearchIndexWriter.create(stagedIndex.root())) {
            Run run = new Run(catalog.get(), staged.root(), output, findings, index);
            List<DisclosureSummary> summaries = run.disclosures(previous);
            clock.done(BuildStage.DISCLOSURES);
            if (findings.hasErrors()) {
                return new BuildResult(false, findings, 0);
            }
            // The search index is written out on a thread of its own while the site-wide pages are rendered: its
            // last flush and its phrase search each leave a core idle for seconds at a province's scale.
            ExecutorService exporter = Threads.pool("gongkai-search-export", 1);
            BrowserIndex.Export search;
            List<Group> groups;
            try {
                Future<BrowserIndex.Export> exporting = exporter.submit(() -> {
                    index.flush(threads);
                    try (DirectoryReader reader = index.reader()) {
                        return BrowserIndex.export(reader, staged.root().resolve(SitePaths.SEARCH),
                                previous.map(p -> output.resolve(SitePaths.SEARCH)), catalog.get().site().regions(),
                                catalog.get().offices(), threads);
                    }
                });
                groups = run.comparisonPages(summaries);
                clock.done(BuildStage.COMPARISONS);
                run.openData(summaries, groups);
                clock.done(BuildStage.OPEN_DATA);
                run.indexPages(summaries, groups.size());
                clock.done(BuildStage.SITE_PAGES);
                search = Threads.result(exporting, "构建被中断");
                clock.done(BuildStage.SEARCH_EXPORT);
            } finally {
                // A failed stage waits for the export rather than interrupt it: the index writer it flushes is closed
                // after it, and an interrupted Lucene write can leave the writer unusable.
                Threads.finish(exporter);
            }
            run.searchPage(search.manifest(), summaries);
            copyStatic(templates.directory().resolve("static"), staged.root().resolve("assets"));
            Set<String> carried = run.carriedFolders();
            Set<String> keptSearch = previous.isEmpty() ? Set.of()
                    : search.unchanged().stream().map(f -> SitePaths.SEARCH + f).collect(Collectors.toSet());
            Staging.Contents contents = staged.contents(carried, keptSearch);
            run.linkCheck.check(contents::file).forEach(findings::add);
            clock.done(BuildStage.LINK_CHECK);
            if (findings.hasErrors()) {
                return new BuildResult(false, findings, 0);
            }
            BuildCache.forget(work);
            // An incremental build keeps the published file where it wrote the same bytes, so that the page keeps its
            // time; a full build publishes every file it wrote.
            boolean incremental = previous.isPresent();
            if (incremental) {
                contents = staged.withoutUnchanged(contents, contents.staged());
            }
            OutputManifest.Staged manifest = OutputManifest.stage(staged, contents, work, threads);
            clock.done(BuildStage.MANIFEST);
            contents = incremental ? staged.withoutUnchanged(contents, List.of(Manifest.FILE_NAME))
                    : staged.withStaged(contents, Manifest.FILE_NAME);
            staged.publish(contents, manifest.published(), () -> manifest.cache().write(work.fileHashes(), output));
            clock.done(BuildStage.PUBLISH);
            index.commit();
            if (stagedIndex != null) {
                stagedIndex.publish();
            }
            clock.done(BuildStage.INDEX_COMMIT);
            new BuildCache(BuildCache.FORMAT, BuildCache.absolute(output), inputs, run.entries()).write(work);
            return new BuildResult(true, findings, run.pages.get());
        }
    }

    /** Reports each stage's wall time to the progress listener as the stage ends. */
    private static final class StageClock {
        private final BuildProgress progress;
        private long last = System.nanoTime();

        StageClock(BuildProgress progress) {
            this.progress = progress;
        }

        void done(BuildStage stage) {
            long now = System.nanoTime();
            progress.stageDone(stage, now - last);
            last = now;
        }
    }

    /** The state of one build. */
    private final class Run {
        final Catalog catalog;
        final Site site;
        final Path root;
        final Path output;
        final Findings findings;
        final Map<String, Office> offices;
        final SearchIndexWriter index;
        final OpenData openData;
        final AtomicInteger pages = new AtomicInteger();
        final LinkCheck linkCheck;
        /** The comparison groups, planned from every project's keys before any page is rendered. */
        Comparisons comparisons = Comparisons.of(List.of());
        /** The indicators of the projects that comparison tables show, gathered while rendering. */
        final Map<String, Indicators> indicators = new ConcurrentHashMap<>();
        /** Per year file in catalog order: what the next build's cache keeps of it. */
        BuildCache.Entry[] entries = new BuildCache.Entry[0];
        /** Per year file: whether its folder is kept from the last build rather than written again. */
        boolean[] carried = new boolean[0];

        Run(Catalog catalog, Path root, Path output, Findings findings, SearchIndexWriter index) {
            this.index = index;
            this.catalog = catalog;
            this.site = catalog.site();
            this.root = root;
            this.output = output;
            this.findings = findings;
            this.openData = new OpenData(root, site);
            this.linkCheck = new LinkCheck(site.baseUrl(), templates.directory());
            this.offices = catalog.offices().stream().collect(Collectors.toMap(Office::id, Function.identity()));
        }

        /**
         * Renders every year file that changed since {@code previous} (every one, without it). A first pass on
         * every core reads each changed file for its projects' comparison keys only, so that the groups are known
         * before any project page is written and each page is written once, with its links to its groups; reading
         * twice costs less than rendering twice. An unchanged file is carried over with its cached summary, unless
         * its pages' links to groups changed or a group's table now shows one of its projects.
         */
        List<DisclosureSummary> disclosures(Optional<BuildCache> previous) throws IOException {
            List<DisclosureFile> files = catalog.disclosures();
            Map<String, BuildCache.Entry> cached = previous.map(BuildCache::disclosures).orElse(List.of()).stream()
                    .collect(Collectors.toMap(BuildCache.Entry::file, Function.identity()));
            List<Callable<String>> fingerprintTasks = new ArrayList<>();
            for (DisclosureFile file : files) {
                fingerprintTasks.add(() -> offices.containsKey(file.officeId())
                        ? Fingerprints.disclosure(file, offices.get(file.officeId())) : "");
            }
            List<String> fingerprints = inParallel(fingerprintTasks);
            entries = new BuildCache.Entry[files.size()];
            carried = new boolean[files.size()];
            for (int i = 0; i < files.size(); i++) {
                BuildCache.Entry entry = cached.get(files.get(i).shownAs());
                if (entry != null && !fingerprints.get(i).isEmpty() && entry.fingerprint().equals(fingerprints.get(i))
                        && Files.isDirectory(output.resolve(yearFolder(entry)))) {
                    entries[i] = entry;
                    carried[i] = true;
                }
            }
            List<Callable<List<ProjectRef>>> keyTasks = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int at = i;
                keyTasks.add(() -> carried[at] ? entries[at].refs().stream().map(r -> renumbered(r, at)).toList()
                        : projectRefs(at, files.get(at)));
            }
            List<List<ProjectRef>> refs = inParallel(keyTasks);
            comparisons = Comparisons.of(refs.stream().flatMap(List::stream).toList());
            for (int i = 0; i < files.size(); i++) {
                carried[i] = carried[i] && stillCurrent(entries[i]);
            }
            forgetReplaced(cached.values());
            List<Callable<Optional<DisclosureSummary>>> tasks = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            int toRender = (int) IntStream.range(0, files.size()).filter(i -> !carried[i]).count();
            for (int i = 0; i < files.size(); i++) {
                int at = i;
                if (carried[at]) {
                    BuildCache.Entry entry = entries[at];
                    tasks.add(() -> {
                        entry.findings().forEach(findings::add);
                        linkCheck.kept(yearFolder(entry), entry.file(), entry.outside());
                        pages.addAndGet(entry.pages());
                        indicators.putAll(entry.indicators());
                        return Optional.of(entry.summary());
                    });
                } else {
                    tasks.add(() -> {
                        Optional<DisclosureSummary> summary = disclosure(at, files.get(at), fingerprints.get(at),
                                refs.get(at));
                        progress.disclosureDone(done.incrementAndGet(), toRender);
                        return summary;
                    });
                }
            }
            return inParallel(tasks).stream().flatMap(Optional::stream).toList();
        }

        /** Whether a carried year file's pages link to the same groups and it kept every row a table now shows. */
        private boolean stillCurrent(BuildCache.Entry entry) {
            for (ProjectRef ref : entry.refs()) {
                String key = Grouping.pageKey(ref);
                if (!entry.links().getOrDefault(key, List.of()).equals(comparisons.groupsOf(key))
                        || comparisons.tabled().contains(key) && !entry.indicators().containsKey(key)) {
                    return false;
                }
            }
            return true;
        }

        /** Takes the search documents of every year file that is not carried over out of the index. */
        private void forgetReplaced(Collection<BuildCache.Entry> previous) throws IOException {
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < entries.length; i++) {
                if (carried[i]) {
                    kept.add(entries[i].file());
                }
            }
            for (BuildCache.Entry entry : previous) {
                if (!kept.contains(entry.file())) {
                    index.remove(entry.summary().officeId(), entry.summary().year());
                }
            }
        }

        /** The year folders kept from the last build, as {@link Staging#contents} takes them. */
        Set<String> carriedFolders() {
            Set<String> folders = new HashSet<>();
            for (int i = 0; i < entries.length; i++) {
                if (carried[i]) {
                    folders.add(yearFolder(entries[i]));
                }
            }
            return folders;
        }

        List<BuildCache.Entry> entries() {
            return Arrays.stream(entries).filter(Objects::nonNull).toList();
        }

        private String yearFolder(BuildCache.Entry entry) {
            return SitePaths.year(entry.summary().officeId(), entry.summary().year());
        }

        private ProjectRef renumbered(ProjectRef r, int fileIndex) {
            return new ProjectRef(fileIndex, r.officeId(), r.officeName(), r.year(), r.projectId(), r.name(),
                    r.totalWan(), r.keys());
        }

        /**
         * The comparison records of a year file's projects. Its findings are dropped here: the rendering pass reads
         * the file again and reports them once.
         */
        private List<ProjectRef> projectRefs(int fileIndex, DisclosureFile file) {
            Optional<Disclosure> loaded = loader.disclosure(file, new Findings());
            if (loaded.isEmpty() || !offices.containsKey(loaded.get().officeId())) {
                return List.of();
            }
            Disclosure d = loaded.get();
            Office office = offices.get(d.officeId());
            List<String> places = places(office);
            return d.projects().stream().map(p -> new ProjectRef(fileIndex, office.id(), office.name(), d.year(), p.id(),
                    p.name(), p.funds().totalPrintedInWan(), NameKey.of(p.name(), places))).toList();
        }

        /** Runs {@code tasks} on every core and returns their results in the tasks' order. */
        private <T> List<T> inParallel(List<Callable<T>> tasks) throws IOException {
            return Threads.all("gongkai-render", threads, tasks, "构建被中断");
        }

        private Optional<DisclosureSummary> disclosure(int fileIndex, DisclosureFile file, String fingerprint,
                List<ProjectRef> refs) {
            Findings own = new Findings();
            Optional<Disclosure> loaded = loader.disclosure(file, own);
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
            BigDecimal total = YearView.total(d);
            String yearPage = SitePaths.year(office.id(), d.year());
            List<Pages.Crumb> yearCrumbs = List.of(new Pages.Crumb(office.name(), SitePaths.rootFrom(yearPage) + SitePaths.office(office.id())),
                    new Pages.Crumb(d.year() + "年度", null));
            String title = YearView.title(d, office.name());
            List<Pages.Download> downloads;
            try {
                openData.disclosure(office, office.regionId(), regionPath(office.regionId()), d, yearPage, title);
                downloads = DownloadLinks.in(root.resolve(yearPage), "", office.id() + "-" + d.year() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Pages.Year year = YearView.of(d, office.name(), "../", downloads, CorrectionViews.currentYear(d));
            linkCheck.track(yearPage);
            render(Page.of("year.ftlh", yearPage, year.title(), yearCrumbs, year,
                    PageFacts.article(d, office.name(), year.title())).showing(d.remarks().map(r -> Markdown.prose(
                            file.shownAs(), r, new Subject(office.id(), String.valueOf(d.year()), "", "")))));
            Map<String, List<GroupKey>> links = new HashMap<>();
            Map<String, Indicators> shown = new HashMap<>();
            for (Project p : d.projects()) {
                String key = Grouping.pageKey(office.id(), d.year(), p.id());
                String back = SitePaths.rootFrom(SitePaths.project(office.id(), d.year(), p.id()));
                List<GroupKey> groups = comparisons.groupsOf(key);
                if (!groups.isEmpty()) {
                    links.put(key, groups);
                }
                renderProject(office, d, p, groups.stream()
                        .map(k -> new ComparisonPage.Link(k.label(), back + SitePaths.comparison(k.id())))
                        .toList());
                if (comparisons.tabled().contains(key)) {
                    shown.put(key, Indicators.of(p));
                }
            }
            indicators.putAll(shown);
            d.corrections().forEach(c -> renderEarlier(office, d, c));
            try {
                index.add(d, office, regionIds(office.regionId()), regionPath(office.regionId()), yearPage);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DisclosureSummary summary = new DisclosureSummary(office.id(), d.year(), d.projects().size(), total,
                    MissingTotals.in(d), title,
                    d.published(), d.approved(), d.lastCorrected(), d.projects().stream().map(Project::id).toList());
            entries[fileIndex] = new BuildCache.Entry(file.shownAs(), fingerprint, CorrectionViews.pageCount(d), summary,
                    refs, links, shown, found, linkCheck.outside(yearPage));
            return Optional.of(summary);
        }

        /** The site-wide downloads, joined from the disclosures' in the order of office and year, and the feeds. */
        void openData(List<DisclosureSummary> summaries, List<Group> groups) throws IOException {
            List<DisclosureSummary> ordered = summaries.stream()
                    .sorted(Comparator.comparing(DisclosureSummary::officeId).thenComparingInt(DisclosureSummary::year))
                    .toList();
            Optional<Years> years = ordered.isEmpty() ? Optional.empty()
                    : Optional.of(new Years(ordered.stream().mapToInt(DisclosureSummary::year).min().getAsInt(),
                            ordered.stream().mapToInt(DisclosureSummary::year).max().getAsInt()));
            Set<String> kept = carriedFolders();
            openData.siteWide(ordered.stream().map(s -> SitePaths.year(s.officeId(), s.year()))
                    .map(page -> (kept.contains(page) ? output : root).resolve(page)).toList(), years);
            Crawlers crawlers = new Crawlers(root, site.baseUrl());
            crawlers.feed(site.title(), site.publisher(), ordered.stream().map(this::feedEntry).toList());
            crawlers.sitemap(sitemap(ordered, groups));
            crawlers.robots(REPORT_PAGE);
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
        private List<Crawlers.Page> sitemap(List<DisclosureSummary> ordered, List<Group> groups) {
            List<Crawlers.Page> pages = new ArrayList<>();
            pages.add(new Crawlers.Page("", Optional.empty()));
            pages.add(new Crawlers.Page(Downloads.SITE_FOLDER, Optional.empty()));
            site.about().ifPresent(a -> pages.add(new Crawlers.Page("about/", Optional.empty())));
            pages.add(new Crawlers.Page(SitePaths.COMPARE, Optional.empty()));
            groups.forEach(g -> pages.add(new Crawlers.Page(SitePaths.comparison(g.key().id()), Optional.empty())));
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

        private void renderProject(Office office, Disclosure d, Project p, List<ComparisonPage.Link> comparisons) {
            String yearPage = SitePaths.year(office.id(), d.year());
            String page = SitePaths.project(office.id(), d.year(), p.id());
            String back = SitePaths.rootFrom(page);
            List<Pages.Crumb> crumbs = List.of(new Pages.Crumb(office.name(), back + SitePaths.office(office.id())),
                    new Pages.Crumb(d.year() + "年度", back + yearPage), new Pages.Crumb(p.name(), null));
            render(Page.of("project.ftlh", page, p.name(), crumbs, ProjectView.of(p, office.name(), d.year(), "../",
                    comparisons, CorrectionViews.currentProject(d, p)), PageFacts.article(d, office.name(), p.name())));
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
                    YearView.of(earlier, office.name(), "../../", List.of(), CorrectionViews.earlierYear(d, c)),
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

        /** The office's own name and its regions' names, which a project name may carry and its key drops. */
        private List<String> places(Office office) {
            List<String> places = new ArrayList<>(path(office.regionId()).stream().map(Region::name).toList());
            places.add(office.name());
            return places;
        }

        /** The comparison pages, once every disclosure has given the indicators of the projects they set side by side. */
        List<Group> comparisonPages(List<DisclosureSummary> summaries) throws IOException {
            Pages.Facts facts = PageFacts.listing("同类比较", site.publisher(), summaries);
            List<Callable<Boolean>> pagesOfGroups = new ArrayList<>();
            for (Group g : comparisons.groups()) {
                pagesOfGroups.add(() -> {
                    String page = SitePaths.comparison(g.key().id());
                    String back = SitePaths.rootFrom(page);
                    render(Page.of("compare.ftlh", page, "同类项目比较：" + g.key().label(),
                            List.of(new Pages.Crumb("同类项目比较", back + SitePaths.COMPARE),
                                    new Pages.Crumb(g.key().label(), null)),
                            ComparisonView.group(g, indicators, p -> back + SitePaths.project(p.officeId(), p.year(),
                                    p.projectId())), facts));
                    return true;
                });
            }
            inParallel(pagesOfGroups);
            render(Page.of("compare-index.ftlh", SitePaths.COMPARE, "同类项目比较",
                    List.of(new Pages.Crumb("同类项目比较", null)),
                    ComparisonView.index(comparisons.groups(), k -> k.id() + "/"), facts));
            return comparisons.groups();
        }

        void indexPages(List<DisclosureSummary> summaries, int comparisonCount) throws IOException {
            IndexView index = new IndexView(catalog.offices(), summaries);
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
            for (Office office : catalog.offices()) {
                String page = SitePaths.office(office.id());
                Optional<Prose> introduction = office.introduction()
                        .map(md -> Markdown.prose(office.at().file(), md, new Subject(office.id(), "", "", "")));
                Pages.Office view = index.office(office, regionPath(office.regionId()),
                        introduction.map(Prose::html).orElse(null));
                render(Page.of("office.ftlh", page, office.name(), List.of(new Pages.Crumb(office.name(), null)), view,
                        PageFacts.listing(PageFacts.DISCLOSURES, office.name(),
                                byOffice.getOrDefault(office.id(), List.of()))).showing(introduction));
            }
            site.about().ifPresent(md -> {
                Prose about = Markdown.prose(aboutFile(), md, Subject.NONE);
                render(Page.of("about.ftlh", "about/", "关于本站", List.of(new Pages.Crumb("关于本站", null)),
                        Map.of("html", about.html()), siteFacts("关于本站", summaries)).showing(Optional.of(about)));
            });
            String report = SitePaths.rootFrom(REPORT_PAGE);
            linkCheck.page(REPORT_PAGE, "report.ftlh", templates.render("report.ftlh", Map.of("layout",
                    layout(report, "发布前检查报告", List.of(), false, siteFacts("发布前检查", summaries)), "page",
                    ReportView.of(findings, loader.shownRoot() + "/")), SitePaths.file(root, REPORT_PAGE)),
                    Optional.empty());
            Pages.Layout notFound = layout(sitePath(), "页面不存在", List.of(), false, siteFacts("首页", summaries));
            linkCheck.page("404.html", "404.ftlh", templates.render("404.ftlh", Map.of("layout", notFound, "page",
                    Map.of()), root.resolve("404.html")), Optional.empty());
            pages.incrementAndGet();
        }

        void searchPage(BrowserIndex.Manifest search, List<DisclosureSummary> summaries) {
            render(Page.of("search.ftlh", SitePaths.SEARCH, "搜索", List.of(new Pages.Crumb("搜索", null)),
                    SearchView.of(search), siteFacts("搜索", summaries)));
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
            String shown = loader.shownRoot();
            return shown.isEmpty() ? "about.md" : shown + "/about.md";
        }

        private Pages.Layout layout(String rootPrefix, String title, List<Pages.Crumb> crumbs, boolean indexable,
                Pages.Facts facts) {
            return new Pages.Layout(site.title(), site.publisher(), site.contact().phone().orElse(null),
                    site.contact().email().orElse(null), site.contact().address().orElse(null),
                    URI.create(site.baseUrl()).getHost(), site.siteCode().orElse(null), site.icp().orElse(null),
                    site.about().isPresent(), rootPrefix, title, crumbs, indexable, facts);
        }

        /** The site's own path on its server, for the 404 page, which is served at any depth. */
        private String sitePath() {
            return SitePaths.serverPath(site.baseUrl());
        }

        private String regionPath(String regionId) {
            return String.join(" › ", path(regionId).stream().map(Region::name).toList());
        }

        private List<String> regionIds(String regionId) {
            return path(regionId).stream().map(Region::id).toList();
        }

        /** The regions from the root of the tree down to {@code regionId}. */
        private List<Region> path(String regionId) {
            List<Region> path = new ArrayList<>();
            path(site.regions(), regionId, path);
            return path;
        }

        private boolean path(List<Region> regions, String id, List<Region> path) {
            for (Region r : regions) {
                path.add(r);
                if (r.id().equals(id) || path(r.children(), id, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
            return false;
        }
    }

    /** Copies the templates' static files; scripts are trimmed of comment lines and indentation. */
    private static void copyStatic(Path from, Path to) throws IOException {
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
