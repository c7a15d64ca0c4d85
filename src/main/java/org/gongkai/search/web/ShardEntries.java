package org.gongkai.search.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.search.TermHashes;

/**
 * Reads back one published shard of one kind, its term file and its positions file in step, entry by entry, so
 * that a rebuild can keep the entries of the terms it did not touch as they are, byte for byte, and read the levels
 * of those that a phrase needs.
 */
final class ShardEntries {

    private final byte[] terms;
    private final byte[] positions;
    private final int count;
    private int read;
    private int termAt;
    private int positionAt;

    // The entry the reader stands on.
    private int termStart;
    private int termEnd;
    private int positionStart;
    private int positionEnd;
    private int nameStart;
    private int nameLength;
    private int docCount;
    private long weight;
    private int docsAt;
    private int hash;

    ShardEntries(byte[] terms, byte[] positions) {
        this.terms = terms;
        this.positions = positions;
        ByteInput termFile = new ByteInput(terms, 0);
        ByteInput positionFile = new ByteInput(positions, 0);
        this.count = (int) termFile.readVarint();
        if (positionFile.readVarint() != count) {
            throw new IllegalStateException("term and positions files disagree");
        }
        this.termAt = termFile.position();
        this.positionAt = positionFile.position();
    }

    /** Moves to the next entry; false after the last. */
    boolean next() {
        if (read == count) {
            return false;
        }
        read++;
        ByteInput in = new ByteInput(terms, termAt);
        termStart = termAt;
        nameLength = (int) in.readVarint();
        nameStart = in.position();
        in.skip(nameLength);
        hash = TermHashes.of(terms, nameStart, nameLength);
        docCount = (int) in.readVarint();
        weight = in.readVarint();
        docsAt = in.position();
        Postings.skipDocs(in, in.readByte(), docCount);
        termEnd = termAt = in.position();
        ByteInput at = new ByteInput(positions, positionAt);
        positionStart = positionAt;
        at.skip((int) at.readVarint());
        at.skip((int) at.readVarint());
        positionEnd = positionAt = at.position();
        return true;
    }

    String term() {
        return new String(terms, nameStart, nameLength, StandardCharsets.UTF_8);
    }

    /** The term's hash ({@link TermHashes}), worked out once an entry. */
    int hash() {
        return hash;
    }

    long weight() {
        return weight;
    }

    /** Copies the entry as it stands into {@code out}. */
    void copyTo(ShardFile out) {
        out.addEncoded(terms, termStart, termEnd - termStart, positions, positionStart, positionEnd - positionStart);
    }

    /** The entry's documents, ascending, as the browser numbers them. */
    int[] docs() {
        ByteInput in = new ByteInput(terms, docsAt);
        return Postings.readDocs(in, in.readByte(), docCount);
    }

    /** Each document's level, in the order of {@link #docs()}; all 0 for an entry without levels. */
    int[] levels() {
        ByteInput in = new ByteInput(terms, docsAt);
        int flags = in.readByte();
        in.skip((int) in.readVarint());
        return Postings.readLevels(in, flags, docCount);
    }
}
