package org.gongkai.search.web;

import java.nio.charset.StandardCharsets;

/**
 * One shard of one kind, built in memory: its term file (each term's documents and levels) and its positions
 * file, entries in the same order, each file led by its entry count.
 */
final class ShardFile {

    private final ByteOutput terms = new ByteOutput();
    private final ByteOutput positions = new ByteOutput();
    private final ByteOutput entry = new ByteOutput();
    private int count;

    void add(String term, long weight, int[] docs, int[] levels, int maxLevel, int docCount, int[][] docPositions) {
        byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
        terms.writeVarint(utf8.length);
        terms.writeBytes(utf8);
        terms.writeVarint(docs.length);
        terms.writeVarint(weight);
        Postings.writeDocs(docs, levels, maxLevel, docCount, terms);
        entry.reset();
        Postings.writePositions(docPositions, entry);
        positions.writeVarint(utf8.length);
        positions.writeBytes(utf8);
        positions.writeVarint(entry.size());
        positions.writeBytes(entry);
        count++;
    }

    /** An entry as an earlier export encoded it: the term file's part and the positions file's part. */
    void addEncoded(byte[] term, int termOffset, int termLength, byte[] position, int positionOffset,
            int positionLength) {
        terms.writeBytes(term, termOffset, termLength);
        positions.writeBytes(position, positionOffset, positionLength);
        count++;
    }

    byte[] terms() {
        return withCount(terms, count);
    }

    byte[] positions() {
        return withCount(positions, count);
    }

    private static byte[] withCount(ByteOutput body, int count) {
        ByteOutput out = new ByteOutput();
        out.writeVarint(count);
        out.writeBytes(body);
        return out.toByteArray();
    }
}
