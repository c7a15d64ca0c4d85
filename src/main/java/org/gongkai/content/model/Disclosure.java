package org.gongkai.content.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One office's disclosure for one budget year: the one document it published, as published.
 *
 * <p>{@code notes} are the document's own notes, verbatim; {@code remarks} is optional Markdown that the
 * publisher adds and that is shown apart from the official text. {@code corrections} are the 更正 made to the
 * document since it was first published, oldest first, each with the text it replaced; this record holds the text
 * as the last of them left it.
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
        List<SourcePosition> notePositions,
        List<Correction> corrections,
        Optional<Original> original) {

    public Disclosure {
        notes = List.copyOf(notes);
        excluded = List.copyOf(excluded);
        projects = List.copyOf(projects);
        notePositions = List.copyOf(notePositions);
        corrections = List.copyOf(corrections);
        if (notePositions.size() != notes.size()) {
            throw new IllegalArgumentException("a position for each note");
        }
    }

    /**
     * A disclosure never corrected, whose notes are all placed at its own position, for records made without a
     * source file.
     */
    public Disclosure(String officeId, int year, Optional<String> title, Optional<LocalDate> published,
            Optional<LocalDate> approved, Optional<PublishedList> list, List<String> notes, List<ExcludedItem> excluded,
            StatedCounts counts, Optional<OverallBudget> overall, List<Project> projects, Optional<String> remarks,
            SourcePosition at) {
        this(officeId, year, title, published, approved, list, notes, excluded, counts, overall, projects, remarks, at,
                Collections.nCopies(notes.size(), at), List.of(), Optional.empty());
    }

    /** Where note {@code i} stands. */
    public SourcePosition noteAt(int i) {
        return notePositions.get(i);
    }

    /** The day of the correction that made this text, when there was one. */
    public Optional<LocalDate> lastCorrected() {
        return corrections.isEmpty() ? Optional.empty() : Optional.of(corrections.get(corrections.size() - 1).date());
    }
}
