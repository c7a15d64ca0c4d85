package org.gongkai.site.compare;

/** One office's projects of the group {@code parent} across its years, a group of its own below the parent's page. */
public record OfficeView(GroupKey parent, Group group) {

    /** The office's name, as its projects' columns give it. */
    public String officeName() {
        return group.members().get(0).officeName();
    }

    /** The years of the view, as a link to it says them: 2024、2025年度. */
    public String years() {
        return ComparisonView.yearSpan(group.members());
    }
}
