package org.gongkai.content.load;

/**
 * What a finding concerns, as far as it is known: the office, the budget year, the project and the indicator
 * row. An empty string means the finding is not about that level (a site.yaml error has no office).
 */
public record Subject(String office, String year, String project, String indicator) {

    public static final Subject NONE = new Subject("", "", "", "");

    public Subject withProject(String project) {
        return new Subject(office, year, project, "");
    }

    public Subject withIndicator(String indicator) {
        return new Subject(office, year, project, indicator);
    }
}
