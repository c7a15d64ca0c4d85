package org.gongkai.importer;

import java.util.List;
import java.util.Optional;

/** Walks the blocks of a document; readers peek to decide whether the next block is still theirs. */
final class BlockCursor {

    private final List<Block> blocks;
    private int next;

    BlockCursor(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    boolean hasNext() {
        return next < blocks.size();
    }

    /** Whether a block with text is left, passing over the empty ones before it. */
    boolean hasText() {
        while (hasNext() && peek().isEmpty()) {
            next++;
        }
        return hasNext();
    }

    Block peek() {
        return blocks.get(next);
    }

    Block next() {
        return blocks.get(next++);
    }

    /** The first non-empty block after the current one, for deciding what a paragraph introduces. */
    Optional<Block> peekNonEmptyAfterCurrent() {
        for (int i = next + 1; i < blocks.size(); i++) {
            if (!blocks.get(i).isEmpty()) {
                return Optional.of(blocks.get(i));
            }
        }
        return Optional.empty();
    }
}
