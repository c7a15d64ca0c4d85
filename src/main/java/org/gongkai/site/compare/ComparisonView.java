package org.gongkai.site.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.content.text.Names;

/**
 * Builds the comparison pages. Indicators match when their 一级, 二级 and 三级 names match once normalised,
 * with a trailing 指标 dropped from 一级 and 二级, since forms write both 经济效益 and 经济效益指标.
 */
public final class ComparisonView {

    /** Projects set side by side at most: wider tables cannot be read, even scrolled. */
    public static final int MAX_COLUMNS = 12;

    private static final Pattern LEVEL_ENDING = Pattern.compile("指标$");

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
        Map<String, RowBuilder> rows = new LinkedHashMap<>();
        for (int c = 0; c < shown.size(); c++) {
            for (Indicators.Line line : indicators.get(Grouping.pageKey(shown.get(c))).lines()) {
                rows.computeIfAbsent(key(line), k -> new RowBuilder(line, shown.size())).put(c, line.value());
            }
        }
        List<ComparisonPage.Row> built = rows.values().stream().map(RowBuilder::build)
                .sorted(Comparator.comparing((ComparisonPage.Row r) -> r.projectsWithIt() < 2))
                .toList();
        int shared = (int) built.stream().filter(r -> r.projectsWithIt() >= 2).count();
        return new ComparisonPage.Group(group.key().label(), group.key().rule(), columns, built, shared, shown.size(),
                columns.size());
    }

    /** The members whose indicators the group's table sets side by side: the first {@link #MAX_COLUMNS}. */
    public static List<ProjectRef> tabled(Group group) {
        return group.members().subList(0, Math.min(MAX_COLUMNS, group.members().size()));
    }

    static String key(Indicators.Line line) {
        return level(line.level1()) + "\u0000" + level(line.level2()) + "\u0000" + Names.normalised(line.level3());
    }

    private static String level(String name) {
        return LEVEL_ENDING.matcher(Names.normalised(name)).replaceAll("");
    }

    private static String years(Group g) {
        TreeSet<Integer> years = new TreeSet<>();
        g.members().forEach(p -> years.add(p.year()));
        return String.join("、", years.stream().map(y -> y + "年度").toList());
    }

    /** One indicator's values by column; an indicator written twice in one project shows both values. */
    private static final class RowBuilder {
        final Indicators.Line first;
        final String[] values;

        RowBuilder(Indicators.Line first, int columns) {
            this.first = first;
            this.values = new String[columns];
        }

        void put(int column, String value) {
            values[column] = values[column] == null ? value : values[column] + "；" + value;
        }

        ComparisonPage.Row build() {
            List<String> list = new ArrayList<>(values.length);
            int filled = 0;
            for (String v : values) {
                list.add(v);
                filled += v == null ? 0 : 1;
            }
            return new ComparisonPage.Row(first.level1(), first.level2(), first.level3(), list, filled);
        }
    }
}
