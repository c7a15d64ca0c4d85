package org.gongkai.importer;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;

/**
 * What importing one document gave: the disclosure, when the document could be read at all, and the problems
 * found on the way, in source order.
 *
 * <p>A disclosure with problems is incomplete (a table or row that could not be read is left out rather than
 * guessed), so it should not be published until the problems are resolved.
 */
public record ImportResult(Optional<Disclosure> disclosure, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** True when the document was read completely, without any problem. */
    public boolean isClean() {
        return disclosure.isPresent() && problems.isEmpty();
    }
}
