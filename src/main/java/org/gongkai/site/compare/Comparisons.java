package org.gongkai.site.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison plan of a build: the groups, the views of one office's projects of a group across its years, the
 * groups and views of each project for its page's links, and the projects whose indicators a comparison table shows,
 * the only ones whose rows are kept.
 */
public record Comparisons(List<Group> groups, List<OfficeView> officeViews, Map<String, List<GroupKey>> byProject,
        Set<String> tabled) {

    public Comparisons {
        groups = List.copyOf(groups);
        officeViews = List.copyOf(officeViews);
        byProject = Map.copyOf(byProject);
        tabled = Set.copyOf(tabled);
    }

    public static Comparisons of(List<ProjectRef> projects) {
        List<Group> groups = Grouping.groups(projects);
        List<OfficeView> views = Grouping.officeViews(groups);
        List<Group> tables = new ArrayList<>(groups);
        views.forEach(v -> tables.add(v.group()));
        Set<String> tabled = new HashSet<>();
        tables.forEach(g -> ComparisonView.tabled(g).forEach(p -> tabled.add(Grouping.pageKey(p))));
        return new Comparisons(groups, views, Grouping.byProject(tables), tabled);
    }

    /** The groups of the project at {@link Grouping#pageKey}, then its office views. */
    public List<GroupKey> groupsOf(String pageKey) {
        return byProject.getOrDefault(pageKey, List.of());
    }

    /** The office views by their group's id, each group's in office order. */
    public Map<String, List<OfficeView>> officeViewsByGroup() {
        Map<String, List<OfficeView>> map = new HashMap<>();
        officeViews.forEach(v -> map.computeIfAbsent(v.parent().id(), k -> new ArrayList<>()).add(v));
        return map;
    }
}
