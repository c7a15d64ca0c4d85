package org.gongkai.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;
import org.gongkai.site.Regions;
import org.gongkai.site.compare.Comparisons;
import org.gongkai.site.compare.Grouping;
import org.gongkai.site.compare.NameKey;
import org.gongkai.site.compare.ProjectRef;

/**
 * The comparison groups, planned from every project's keys before any page is rendered, and per year file in catalog
 * order the comparison records of its projects.
 */
record ComparisonPlan(List<List<ProjectRef>> refs, Comparisons comparisons) {

    ComparisonPlan {
        refs = refs.stream().map(List::copyOf).toList();
    }

    /**
     * A first pass on every core reads each year file that is not carried for its projects' comparison keys only, so
     * that the groups are known before any project page is written and each page is written once, with its links to
     * its groups; reading twice costs less than rendering twice. A carried file gives the records its cache kept.
     */
    static ComparisonPlan of(CarryPlan carry, ContentLoader loader, Map<String, Office> offices, Regions regions,
            Cores cores) throws IOException {
        List<Callable<List<ProjectRef>>> keyTasks = new ArrayList<>();
        for (int i = 0; i < carry.files().size(); i++) {
            int at = i;
            CarryPlan.YearFile file = carry.files().get(at);
            keyTasks.add(() -> file.carried().isPresent()
                    ? file.carried().get().refs().stream().map(r -> renumbered(r, at)).toList()
                    : projectRefs(at, file.file(), loader, offices, regions));
        }
        List<List<ProjectRef>> refs = cores.all(keyTasks);
        return new ComparisonPlan(refs, Comparisons.of(refs.stream().flatMap(List::stream).toList()));
    }

    /** Whether a carried year file's pages link to the same groups and it kept every row a table now shows. */
    boolean current(BuildCache.Entry entry) {
        for (ProjectRef ref : entry.refs()) {
            String key = Grouping.pageKey(ref);
            if (!entry.links().getOrDefault(key, List.of()).equals(comparisons.groupsOf(key))
                    || comparisons.tabled().contains(key) && !entry.indicators().containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    private static ProjectRef renumbered(ProjectRef r, int fileIndex) {
        return new ProjectRef(fileIndex, r.officeId(), r.officeName(), r.year(), r.projectId(), r.name(),
                r.totalWan(), r.keys());
    }

    /**
     * The comparison records of a year file's projects. Its findings are dropped here: the rendering pass reads
     * the file again and reports them once.
     */
    private static List<ProjectRef> projectRefs(int fileIndex, DisclosureFile file, ContentLoader loader,
            Map<String, Office> offices, Regions regions) {
        Optional<Disclosure> loaded = loader.disclosure(file, new Findings());
        if (loaded.isEmpty() || !offices.containsKey(loaded.get().officeId())) {
            return List.of();
        }
        Disclosure d = loaded.get();
        Office office = offices.get(d.officeId());
        List<String> places = places(office, regions);
        return d.projects().stream().map(p -> new ProjectRef(fileIndex, office.id(), office.name(), d.year(), p.id(),
                p.name(), p.funds().totalPrintedInWan(), NameKey.of(p.name(), places))).toList();
    }

    /** The office's own name and its regions' names, which a project name may carry and its key drops. */
    private static List<String> places(Office office, Regions regions) {
        List<String> places = new ArrayList<>(regions.path(office.regionId()).stream().map(Region::name).toList());
        places.add(office.name());
        return places;
    }
}
