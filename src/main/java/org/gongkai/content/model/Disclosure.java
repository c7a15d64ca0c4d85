package org.gongkai.content.model;

import java.time.LocalDate;
import java.util.Collections;
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
        SourcePosition at,
        List<SourcePosition> notePositions) {

    public Disclosure {
        notes = List.copyOf(notes);
        excluded = List.copyOf(excluded);
        projects = List.copyOf(projects);
        notePositions = List.copyOf(notePositions);
        if (notePositions.size() != notes.size()) {
            throw new IllegalArgumentException("a position for each note");
        }
    }

    /** A disclosure whose notes are all placed at its own position, for records made without a source file. */
    public Disclosure(String officeId, int year, Optional<String> title, Optional<LocalDate> published,
            Optional<LocalDate> approved, Optional<PublishedList> list, List<String> notes, List<ExcludedItem> excluded,
            StatedCounts counts, Optional<OverallBudget> overall, List<Project> projects, Optional<String> remarks,
            SourcePosition at) {
        this(officeId, year, title, published, approved, list, notes, excluded, counts, overall, projects, remarks, at,
                Collections.nCopies(notes.size(), at));
    }

    /** Where note {@code i} stands. */
    public SourcePosition noteAt(int i) {
        return notePositions.get(i);
    }
}
