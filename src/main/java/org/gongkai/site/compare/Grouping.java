package org.gongkai.site.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups projects by their keys in one pass, with no pair of projects ever compared, so the work grows with
 * the corpus and not with its square. A group needs projects of two offices, or of one office in two years:
 * two projects of one office's one document are not a comparison.
 */
public final class Grouping {

    private Grouping() {}

    public static List<Group> groups(List<ProjectRef> projects) {
        Map<String, GroupKey> keys = new HashMap<>();
        Map<String, List<ProjectRef>> members = new HashMap<>();
        for (ProjectRef p : projects) {
            for (GroupKey key : p.keys()) {
                keys.putIfAbsent(key.id(), key);
                members.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<ProjectRef>> e : members.entrySet()) {
            List<ProjectRef> sorted = e.getValue().stream().sorted(ORDER).toList();
            if (sorted.stream().map(p -> p.officeId() + "/" + p.year()).distinct().count() >= 2) {
                groups.add(new Group(keys.get(e.getKey()), sorted));
            }
        }
        groups.sort(Comparator.comparingInt(Group::officeCount).reversed()
                .thenComparing(g -> g.members().size(), Comparator.reverseOrder())
                .thenComparing(g -> g.key().id()));
        return groups;
    }

    /**
     * One office's projects of a group across its years, for each office of a group of several offices that has
     * projects of it in two years or more, unless the group's own table sets them all side by side already: its
     * members are in office and year order, so an office within the first {@link ComparisonView#MAX_COLUMNS} has its
     * years next to each other there. A group of one office is such a view itself.
     */
    public static List<OfficeView> officeViews(List<Group> groups) {
        List<OfficeView> views = new ArrayList<>();
        for (Group g : groups) {
            if (g.officeCount() < 2) {
                continue;
            }
            int shown = ComparisonView.tabled(g).size();
            Map<String, List<ProjectRef>> byOffice = new LinkedHashMap<>();
            Map<String, Integer> last = new HashMap<>();
            for (int i = 0; i < g.members().size(); i++) {
                ProjectRef p = g.members().get(i);
                byOffice.computeIfAbsent(p.officeId(), k -> new ArrayList<>()).add(p);
                last.put(p.officeId(), i);
            }
            for (List<ProjectRef> members : byOffice.values()) {
                ProjectRef first = members.get(0);
                if (years(members) >= 2 && last.get(first.officeId()) >= shown) {
                    GroupKey key = new GroupKey(viewId(g.key(), first.officeId()),
                            g.key().label() + "（" + first.officeName() + "历年）",
                            first.officeName() + "历年的项目中，" + g.key().rule());
                    views.add(new OfficeView(g.key(), new Group(key, members)));
                }
            }
        }
        return views;
    }

    /** The id of an office's view of a group, a folder below the group's page. */
    static String viewId(GroupKey group, String officeId) {
        return group.id() + "/" + officeId;
    }

    /** How many budget years {@code members} cover. */
    static long years(List<ProjectRef> members) {
        return members.stream().map(ProjectRef::year).distinct().count();
    }

    /** The groups each project belongs to, by the project's page path, for links from project pages. */
    public static Map<String, List<GroupKey>> byProject(List<Group> groups) {
        Map<String, List<GroupKey>> map = new LinkedHashMap<>();
        for (Group g : groups) {
            for (ProjectRef p : g.members()) {
                map.computeIfAbsent(pageKey(p), k -> new ArrayList<>()).add(g.key());
            }
        }
        return map;
    }

    public static String pageKey(ProjectRef p) {
        return pageKey(p.officeId(), p.year(), p.projectId());
    }

    /** A project's office/year/id, unique in the site, as the key of its links and its kept indicators. */
    public static String pageKey(String officeId, int year, String projectId) {
        return officeId + "/" + year + "/" + projectId;
    }

    static final Comparator<ProjectRef> ORDER = Comparator.comparing(ProjectRef::officeId)
            .thenComparingInt(ProjectRef::year).thenComparingInt(ProjectRef::disclosure)
            .thenComparing(ProjectRef::projectId);
}
