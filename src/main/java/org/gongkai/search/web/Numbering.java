package org.gongkai.search.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.search.IndexLayout;
import org.gongkai.search.SearchRequest.Mode;

/**
 * The browser's document numbers: within each kind, 0, 1, 2… in URL order, so that an office's year is one
 * contiguous range and a tie breaks the same way as in {@code gongkai search}.
 */
final class Numbering {

    private final IndexLayout layout;
    private final int[] number;
    private final int[] projects;
    private final int[] rows;

    private Numbering(IndexLayout layout, int[] number, int[] projects, int[] rows) {
        this.layout = layout;
        this.number = number;
        this.projects = projects;
        this.rows = rows;
    }

    static Numbering of(IndexReader reader) throws IOException {
        IndexLayout layout = IndexLayout.of(reader);
        int[] number = new int[reader.maxDoc()];
        int[] projects = inUrlOrder(layout, layout.documents(Mode.PROJECTS));
        int[] rows = inUrlOrder(layout, layout.documents(Mode.INDICATORS));
        for (int i = 0; i < projects.length; i++) {
            number[projects[i]] = i;
        }
        for (int i = 0; i < rows.length; i++) {
            number[rows[i]] = i;
        }
        return new Numbering(layout, number, projects, rows);
    }

    private static int[] inUrlOrder(IndexLayout layout, FixedBitSet kind) {
        int[] docs = IntStream.range(0, kind.length())
                .filter(kind::get)
                .boxed()
                .sorted(Comparator.comparingInt(layout::urlRank))
                .mapToInt(Integer::intValue)
                .toArray();
        return docs;
    }

    FixedBitSet documents(Mode mode) {
        return layout.documents(mode);
    }

    /** The Lucene ids of one kind, in browser order. */
    int[] inOrder(Mode mode) {
        return Arrays.copyOf(mode == Mode.PROJECTS ? projects : rows, count(mode));
    }

    int count(Mode mode) {
        return mode == Mode.PROJECTS ? projects.length : rows.length;
    }

    /** A checksum of both kinds' URLs in browser order: equal for two indexes that number every document alike. */
    String fingerprint() throws IOException {
        return Long.toHexString(layout.urlChecksum(projects)) + "-" + Long.toHexString(layout.urlChecksum(rows));
    }

    int number(int doc) {
        return number[doc];
    }
}
