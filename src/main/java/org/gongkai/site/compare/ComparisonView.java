package org.gongkai.site.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gongkai.content.text.Names;
import org.gongkai.site.SitePaths;

/** Builds the comparison pages: the budgets of a group's projects, and their indicators lined up by {@link Alignment}. */
public final class ComparisonView {

    /** Projects set side by side at most: wider tables cannot be read, even scrolled. */
    public static final int MAX_COLUMNS = 12;

    private ComparisonView() {}

    public static ComparisonPage.Index index(List<Group> groups, Function<GroupKey, String> href) {
        List<ComparisonPage.GroupEntry> entries = groups.stream().map(g -> new ComparisonPage.GroupEntry(
                g.key().label(), href.apply(g.key()), g.key().rule(), g.members().size(), g.officeCount(),
                years(g))).toList();
        // A project of two kinds is in two groups and counts once.
        long projects = groups.stream().flatMap(g -> g.members().stream()).map(Grouping::pageKey).distinct().count();
        return new ComparisonPage.Index(entries, (int) projects);
    }

    /**
     * The page of {@code group}; {@code indicators} holds the rows of its {@link #tabled} members by
     * {@link Grouping#pageKey(ProjectRef)}, {@code projectHref} the link to a member's page.
     */
    public static ComparisonPage.Group group(Group group, Map<String, Indicators> indicators,
            Function<ProjectRef, String> projectHref) {
        List<ComparisonPage.Column> columns = group.members().stream()
                .map(p -> new ComparisonPage.Column(p.officeName(), p.year(), p.name(), projectHref.apply(p),
                        p.totalWan().orElse(null)))
                .toList();
        List<ProjectRef> shown = tabled(group);
        List<ComparisonPage.Row> rows = Alignment.lines(shown.stream()
                        .map(p -> indicators.get(Grouping.pageKey(p)).lines()).toList()).stream()
                .map(ComparisonView::row)
                .sorted(Comparator.comparing((ComparisonPage.Row r) -> r.projectsWithIt() < 2))
                .toList();
        int shared = (int) rows.stream().filter(r -> r.projectsWithIt() >= 2).count();
        return new ComparisonPage.Group(group.key().label(), group.key().rule(), columns, rows, shared, shown.size(),
                columns.size(), List.of());
    }

    /** The members whose indicators the group's table sets side by side: the first {@link #MAX_COLUMNS}. */
    public static List<ProjectRef> tabled(Group group) {
        return group.members().subList(0, Math.min(MAX_COLUMNS, group.members().size()));
    }

    /** A line as the page shows it: named by its first row, each cell naming its own row where the names differ. */
    private static ComparisonPage.Row row(Alignment.Line line) {
        String name = Names.normalised(line.first.level3());
        List<ComparisonPage.Cell> cells = new ArrayList<>(line.cells.length);
        for (Alignment.Cell cell : line.cells) {
            cells.add(cell == null ? null : new ComparisonPage.Cell(cell.value(),
                    Names.normalised(cell.level3()).equals(name) ? null : cell.level3()));
        }
        return new ComparisonPage.Row(line.first.level1(), line.first.level2(), line.first.level3(),
                Collections.unmodifiableList(cells), line.projects(), line.aligned());
    }

    /**
     * By office, where to compare its like projects across its years, by label: for each group in which it has
     * projects of two years or more, its view of the group where it has one (see {@link Grouping#officeViews}), else
     * the group's page, whose table sets its years side by side. Links from the site's root.
     */
    public static Map<String, List<ComparisonPage.Link>> acrossYears(Comparisons comparisons) {
        Set<String> views = new HashSet<>();
        comparisons.officeViews().forEach(v -> views.add(v.group().key().id()));
        Map<String, List<ComparisonPage.Link>> byOffice = new HashMap<>();
        for (Group g : comparisons.groups()) {
            Map<String, List<ProjectRef>> members = new LinkedHashMap<>();
            g.members().forEach(p -> members.computeIfAbsent(p.officeId(), k -> new ArrayList<>()).add(p));
            members.forEach((office, projects) -> {
                if (Grouping.years(projects) >= 2) {
                    String view = Grouping.viewId(g.key(), office);
                    String id = views.contains(view) ? view : g.key().id();
                    byOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(new ComparisonPage.Link(
                            g.key().label() + "（" + yearSpan(projects) + "）", SitePaths.comparison(id)));
                }
            });
        }
        byOffice.values().forEach(links -> links.sort(Comparator.comparing(ComparisonPage.Link::label)));
        return byOffice;
    }

    /** The years of {@code projects} as a link to them says them: 2024、2025年度. */
    static String yearSpan(List<ProjectRef> projects) {
        return String.join("、", projects.stream().map(ProjectRef::year).distinct().sorted()
                .map(String::valueOf).toList()) + "年度";
    }

    private static String years(Group g) {
        TreeSet<Integer> years = new TreeSet<>();
        g.members().forEach(p -> years.add(p.year()));
        return String.join("、", years.stream().map(y -> y + "年度").toList());
    }
}
