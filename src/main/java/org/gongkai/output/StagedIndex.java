package org.gongkai.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The search index a full build writes in the work folder, put in the published index's place in one step once the
 * site is published, or removed if the build fails. The index is not served, so it needs no marker, modes or spare.
 */
public final class StagedIndex implements AutoCloseable {

    private final WorkFolder work;
    private final Path root;
    private boolean published;

    private StagedIndex(WorkFolder work, Path root) {
        this.work = work;
        this.root = root;
    }

    public static StagedIndex of(WorkFolder work) throws IOException {
        return new StagedIndex(work, Trees.fresh(work.nextIndex()));
    }

    public Path root() {
        return root;
    }

    /** Swaps the index in for the published one, or renames it into place, and deletes the one it replaced. */
    public void publish() throws IOException {
        Path target = work.searchIndex();
        if (Files.exists(target)) {
            DirectorySwap.swap(target, root, work.previousIndex(), work.temporary());
        } else {
            DirectorySwap.moveInto(target, root);
        }
        published = true;
        Trees.delete(root);
    }

    /** Removes the staged index unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            Trees.delete(root);
        }
    }
}
