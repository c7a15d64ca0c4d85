package org.gongkai.content.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One office's disclosure for one budget year: the one document it published, as published.
 *
 * <p>{@code notes} are the document's own notes, verbatim; {@code remarks} is optional Markdown that the
 * publisher adds and that is shown apart from the official text.
 */
public record Disclosure(
        String officeId,
        int year,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<LocalDate> approved,
        Optional<PublishedList> list,
        List<String> notes,
        List<ExcludedItem> excluded,
        StatedCounts counts,
        Optional<OverallBudget> overall,
        List<Project> projects,
        Optional<String> remarks,
        SourcePosition at) {

    public Disclosure {
        notes = List.copyOf(notes);
        excluded = List.copyOf(excluded);
        projects = List.copyOf(projects);
    }
}
