package org.gongkai.site.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison plan of a build: the groups, the groups of each project for its page's links, and the projects
 * whose indicators a comparison table shows, the only ones whose rows are kept.
 */
public record Comparisons(List<Group> groups, Map<String, List<GroupKey>> byProject, Set<String> tabled) {

    public Comparisons {
        groups = List.copyOf(groups);
        byProject = Map.copyOf(byProject);
        tabled = Set.copyOf(tabled);
    }

    public static Comparisons of(List<ProjectRef> projects) {
        List<Group> groups = Grouping.groups(projects);
        Set<String> tabled = new HashSet<>();
        groups.forEach(g -> ComparisonView.tabled(g).forEach(p -> tabled.add(Grouping.pageKey(p))));
        return new Comparisons(groups, Grouping.byProject(groups), tabled);
    }

    /** The groups of the project at {@link Grouping#pageKey}, in the order of the groups. */
    public List<GroupKey> groupsOf(String pageKey) {
        return byProject.getOrDefault(pageKey, List.of());
    }
}
