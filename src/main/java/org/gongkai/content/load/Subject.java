package org.gongkai.content.load;

import java.util.ArrayList;
import java.util.List;

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

    /** The subject as a publisher reads it: huainan-szfb 2024年度 · 项目“…” · 指标“…”, leaving out what is empty. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!office.isEmpty()) {
            parts.add(office + (year.isEmpty() ? "" : " " + year + "年度"));
        }
        if (!project.isEmpty()) {
            parts.add("项目“" + project + "”");
        }
        if (!indicator.isEmpty()) {
            parts.add("指标“" + indicator + "”");
        }
        return String.join(" · ", parts);
    }
}
