package org.gongkai.site.compare;

import java.util.List;

/** What the comparison templates see: display-ready records for the index of groups and for one group. */
public final class ComparisonPage {

    private ComparisonPage() {}

    public record Index(List<GroupEntry> groups, int projectCount) {}

    public record GroupEntry(String label, String href, String rule, int projectCount, long officeCount,
            String years) {}

    /**
     * One group: its projects in a budget table, and its indicators as rows against the projects as columns.
     * {@code shownColumns} is less than the projects when the group is too wide to set side by side.
     */
    public record Group(String label, String rule, List<Column> columns, List<Row> rows, int sharedRows,
            int shownColumns, int projectCount) {}

    /** A project as a column: whose, which year, its name and link, and its 年度资金总额 in 万元. */
    /** A project of a group; {@code total} in 万元, or {@code null} where its form printed none (未列出). */
    public record Column(String officeName, int year, String name, String href, String total) {}

    /** An indicator matched by its three levels, with one value per shown column, or null where it is missing. */
    public record Row(String level1, String level2, String level3, List<String> values, int projectsWithIt) {}

    /** A link from a project page to a group it belongs to. */
    public record Link(String label, String href) {}
}
