package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.gongkai.check.Checker;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.export.OpenData;
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
import org.gongkai.site.Regions;
import org.gongkai.site.SitePaths;
import org.gongkai.site.SiteRenderer;
import org.gongkai.site.Templates;
import org.gongkai.site.links.LinkCheck;

/**
 * Builds the static site: reads the catalog, then loads and renders one disclosure at a time on every
 * core, streaming its pages to a staging folder and keeping only a summary; then the index pages; then
 * swaps the staging folder in. Any content error leaves the previous site untouched.
 */
public final class SiteBuild {

    private final ContentLoader loader;
    private final Templates templates;
    private final Checker checker = new Checker();
    private final int threads;
    private final BuildProgress progress;

    public SiteBuild(ContentLoader loader, Templates templates) {
        this(loader, templates, Runtime.getRuntime().availableProcessors());
    }

    public SiteBuild(ContentLoader loader, Templates templates, int threads) {
        this(loader, templates, threads, BuildProgress.NONE);
    }

    public SiteBuild(ContentLoader loader, Templates templates, int threads, BuildProgress progress) {
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
        Optional<Catalog> read = loader.catalog(findings);
        if (read.isEmpty()) {
            return new BuildResult(false, findings, 0);
        }
        Catalog catalog = read.get();
        catalog.offices().forEach(office -> checker.check(office, findings));
        clock.done(BuildStage.CATALOG);
        String inputs = Fingerprints.inputs(catalog.site(), loader.shownRoot(), templates.directory());
        Optional<BuildCache> previous = BuildCache.read(work, inputs)
                .filter(cache -> Files.isDirectory(work.searchIndex()));
        // An incremental build updates the published index in place and commits only at the end; a full build writes
        // a new index in the work folder and swaps it in.
        try (Staging staged = Staging.site(folder);
                StagedIndex stagedIndex = previous.isPresent() ? null : StagedIndex.of(work);
                SearchIndexWriter index = previous.isPresent() ? SearchIndexWriter.update(work.searchIndex())
                        : SearchIndexWriter.create(stagedIndex.root())) {
            Map<String, Office> offices = catalog.offices().stream()
                    .collect(Collectors.toMap(Office::id, Function.identity()));
            Regions regions = new Regions(catalog.site().regions());
            Cores cores = new Cores(threads);
            LinkCheck linkCheck = new LinkCheck(catalog.site().baseUrl(), templates.directory());
            SiteRenderer renderer = new SiteRenderer(templates, catalog.site(), loader.shownRoot(), staged.root(),
                    linkCheck, threads);
            OpenData openData = new OpenData(staged.root(), catalog.site());

            CarryPlan unchanged = CarryPlan.of(catalog.disclosures(), offices, previous, output, cores);
            ComparisonPlan plan = ComparisonPlan.of(unchanged, loader, offices, regions, cores);
            // An unchanged file is carried over with its cached summary, unless its pages' links to groups changed or
            // a group's table now shows one of its projects.
            CarryPlan carry = unchanged.keeping(plan::current);
            BuiltDisclosures built = new Disclosures(loader, checker, offices, regions, renderer, openData, index,
                    linkCheck, findings, progress, cores).build(carry, plan);
            clock.done(BuildStage.DISCLOSURES);
            if (findings.hasErrors()) {
                return new BuildResult(false, findings, 0);
            }

            SiteWideOutputs siteWide = new SiteWideOutputs(renderer, catalog, offices, openData, staged.root(), output,
                    findings, built, carry, plan);
            // The search index is written out on a thread of its own while the site-wide pages are rendered: its
            // last flush and its phrase search each leave a core idle for seconds at a province's scale.
            Optional<BrowserIndex.Earlier> earlier = previous.isEmpty() ? Optional.empty()
                    : Optional.of(new BrowserIndex.Earlier(output.resolve(SitePaths.SEARCH), index.previousExport(),
                            index.changes()));
            ExecutorService exporter = Threads.pool("gongkai-search-export", 1);
            BrowserIndex.Export search;
            try {
                Future<BrowserIndex.Export> exporting = exporter.submit(() -> {
                    index.flush(threads);
                    try (DirectoryReader reader = index.reader()) {
                        return BrowserIndex.export(reader, staged.root().resolve(SitePaths.SEARCH),
                                earlier,
                                catalog.site().regions(), catalog.offices(), threads);
                    }
                });
                siteWide.comparisonPages();
                clock.done(BuildStage.COMPARISONS);
                siteWide.openData();
                clock.done(BuildStage.OPEN_DATA);
                siteWide.indexPages();
                clock.done(BuildStage.SITE_PAGES);
                search = Threads.result(exporting, "构建被中断");
                clock.done(BuildStage.SEARCH_EXPORT);
            } finally {
                // A failed stage waits for the export rather than interrupt it: the index writer it flushes is closed
                // after it, and an interrupted Lucene write can leave the writer unusable.
                Threads.finish(exporter);
            }
            siteWide.searchPage(search.manifest());
            renderer.copyAssets();

            Set<String> keptSearch = previous.isEmpty() ? Set.of()
                    : search.unchanged().stream().map(f -> SitePaths.SEARCH + f).collect(Collectors.toSet());
            Staging.Contents contents = staged.contents(carry.carriedFolders(), keptSearch);
            linkCheck.check(contents::file).forEach(findings::add);
            clock.done(BuildStage.LINK_CHECK);
            if (findings.hasErrors()) {
                return new BuildResult(false, findings, 0);
            }

            publish(staged, contents, previous.isPresent(), index, search.note(), stagedIndex, work, clock);
            new BuildCache(BuildCache.FORMAT, BuildCache.absolute(output), inputs, built.entries()).write(work);
            return new BuildResult(true, findings, renderer.pages() + carry.carriedPages());
        }
    }

    /**
     * Publishes the staged site with its manifest, then commits the search index: the build cache is removed first,
     * so that a build interrupted on the way is followed by a full one.
     */
    private void publish(Staging staged, Staging.Contents checked, boolean incremental, SearchIndexWriter index,
            String exportNote, StagedIndex stagedIndex, WorkFolder work, StageClock clock) throws IOException {
        BuildCache.forget(work);
        // An incremental build keeps the published file where it wrote the same bytes, so that the page keeps its
        // time; a full build publishes every file it wrote.
        Staging.Contents contents = incremental ? staged.withoutUnchanged(checked, checked.staged()) : checked;
        OutputManifest.Staged manifest = OutputManifest.stage(staged, contents, work, threads);
        clock.done(BuildStage.MANIFEST);
        Staging.Contents published = incremental ? staged.withoutUnchanged(contents, List.of(Manifest.FILE_NAME))
                : staged.withStaged(contents, Manifest.FILE_NAME);
        staged.publish(published, manifest.published(), () -> manifest.cache().write(work.fileHashes(), work.output()));
        clock.done(BuildStage.PUBLISH);
        index.commit(exportNote);
        if (stagedIndex != null) {
            stagedIndex.publish();
        }
        clock.done(BuildStage.INDEX_COMMIT);
    }
}
