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
            int shownColumns, int projectCount, List<Link> officeViews) {

        /** True when every project is one office's, so that its columns differ by year alone. */
        public boolean oneOffice() {
            return columns.stream().map(Column::officeName).distinct().count() == 1;
        }

        /** The same page with links to its offices' views across years (see {@link OfficeView}). */
        public Group withOfficeViews(List<Link> links) {
            return new Group(label, rule, columns, rows, sharedRows, shownColumns, projectCount, List.copyOf(links));
        }
    }

    /** A project of a group; {@code total} in 万元, or {@code null} where its form printed none (未列出). */
    public record Column(String officeName, int year, String name, String href, String total) {}

    /**
     * A line of the indicator table, named by its first row: one cell per shown column, or null where that project
     * has no such indicator. {@code aligned} when rows of different names share it (see {@link Alignment}).
     */
    public record Row(String level1, String level2, String level3, List<Cell> cells, int projectsWithIt,
            boolean aligned) {}

    /** A project's value; {@code named} is its own 三级 name as printed where it differs from the line's, else null. */
    public record Cell(String value, String named) {}

    /** A link from a project page to a group it belongs to. */
    public record Link(String label, String href) {}
}
