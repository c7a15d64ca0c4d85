package org.gongkai.importer;

import java.util.List;
import java.util.Optional;

/**
 * A table row or a free paragraph of the extracted text, starting on {@code line}.
 *
 * <p>A paragraph is text that stood outside any table cell: it cannot belong to a table's indicator rows, so it
 * ends the table unless a label is waiting for its value.
 */
record Block(List<Cell> cells, int line, boolean paragraph) {

    Block {
        cells = List.copyOf(cells);
    }

    List<Cell> nonEmpty() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    boolean isEmpty() {
        return nonEmpty().isEmpty();
    }

    /** The only non-empty cell, where the block has exactly one. */
    Optional<Cell> single() {
        List<Cell> texts = nonEmpty();
        return texts.size() == 1 ? Optional.of(texts.get(0)) : Optional.empty();
    }
}
