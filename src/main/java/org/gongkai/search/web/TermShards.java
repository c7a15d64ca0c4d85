package org.gongkai.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.search.ImpactReader;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.search.TermImpacts;

/**
 * Writes the term dictionary and postings of both kinds, hashed into shards so that a query fetches only the
 * shards of its own terms. Terms are processed shard by shard, so only one shard is ever held in memory.
 */
final class TermShards {

    /** Positions of different fields lie this far apart, so that no phrase can join two fields. */
    static final int FIELD_SHIFT = 24;
    private static final SearchField[] TEXT = SearchField.textFields();

    private final IndexReader reader;
    private final Numbering numbering;
    private final ImpactReader impacts;
    private final OutputFiles files;

    TermShards(IndexReader reader, Numbering numbering, OutputFiles files) {
        this.reader = reader;
        this.numbering = numbering;
        this.impacts = new ImpactReader(reader);
        this.files = files;
    }

    /** FNV-1a over the term's UTF-8 bytes: cheap, and the same in JavaScript with Math.imul. */
    static int shardOf(String term, int shards) {
        int h = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(h) % shards);
    }

    /** A shard count that keeps a shard of sparse terms near {@code targetBytes}. */
    int shardCount(int targetBytes) throws IOException {
        long postings = 0;
        for (SearchField field : TEXT) {
            Terms terms = MultiTerms.getTerms(reader, field.fieldName());
            postings += terms == null ? 0 : terms.getSumDocFreq();
        }
        // About two bytes a posting: a gap and a level byte.
        return (int) Math.max(1, Math.min(65_536, postings * 2 / targetBytes));
    }

    void write(int shards) throws IOException {
        List<String> terms = new ArrayList<>(allTerms());
        terms.sort(Comparator.comparingInt((String t) -> shardOf(t, shards)).thenComparing(Comparator.naturalOrder()));
        int next = 0;
        for (int shard = 0; shard < shards; shard++) {
            ShardOutput projects = new ShardOutput();
            ShardOutput rows = new ShardOutput();
            while (next < terms.size() && shardOf(terms.get(next), shards) == shard) {
                String term = terms.get(next++);
                long[] positions = positions(term);
                add(term, Mode.PROJECTS, positions, projects);
                add(term, Mode.INDICATORS, positions, rows);
            }
            files.write("p/t/" + shard + ".bin", projects.terms());
            files.write("p/x/" + shard + ".bin", projects.positions());
            files.write("r/t/" + shard + ".bin", rows.terms());
            files.write("r/x/" + shard + ".bin", rows.positions());
        }
    }

    private TreeSet<String> allTerms() throws IOException {
        TreeSet<String> all = new TreeSet<>();
        for (SearchField field : TEXT) {
            Terms terms = MultiTerms.getTerms(reader, field.fieldName());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                all.add(t.utf8ToString());
            }
        }
        return all;
    }

    private void add(String term, Mode mode, long[] positions, ShardOutput out) throws IOException {
        FixedBitSet kind = numbering.documents(mode);
        TermImpacts t = impacts.impacts(term, TEXT, kind);
        int n = t.docs().length;
        if (n == 0) {
            return;
        }
        // Lucene's ids to the browser's numbers, which follow URLs; the order changes, so sort the pairs.
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) numbering.number(t.docs()[i]) << 32) | i;
        }
        Arrays.sort(order);
        int[] docs = new int[n];
        int[] levels = new int[n];
        int[][] docPositions = new int[n][];
        for (int i = 0; i < n; i++) {
            int source = (int) order[i];
            docs[i] = (int) (order[i] >>> 32);
            levels[i] = t.levels()[source];
            docPositions[i] = positionsOf(positions, t.docs()[source]);
        }
        out.add(term, t.weight(), docs, levels, t.maxLevel(), numbering.count(mode), docPositions);
    }

    /** Every position of the term, as (Lucene doc, field × 2^24 + position), sorted. */
    private long[] positions(String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        long[] all = new long[16];
        int size = 0;
        for (int f = 0; f < TEXT.length; f++) {
            Terms terms = MultiTerms.getTerms(reader, TEXT[f].fieldName());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) {
                continue;
            }
            PostingsEnum postings = te.postings(null, PostingsEnum.POSITIONS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                for (int k = 0; k < postings.freq(); k++) {
                    int position = postings.nextPosition();
                    if (position >= 1 << FIELD_SHIFT) {
                        throw new IllegalStateException("field too long for the browser index: " + position);
                    }
                    if (size == all.length) {
                        all = Arrays.copyOf(all, size * 2);
                    }
                    all[size++] = ((long) doc << 32) | ((long) f << FIELD_SHIFT) | position;
                }
            }
        }
        long[] sorted = Arrays.copyOf(all, size);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int[] positionsOf(long[] positions, int doc) {
        int from = lowerBound(positions, (long) doc << 32);
        int to = lowerBound(positions, (long) (doc + 1) << 32);
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = (int) positions[i];
        }
        return out;
    }

    private static int lowerBound(long[] sorted, long key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }

    /** One shard of one kind: its term file and its positions file, entries in the same order. */
    private static final class ShardOutput {
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

        byte[] terms() {
            return withCount(terms);
        }

        byte[] positions() {
            return withCount(positions);
        }

        private byte[] withCount(ByteOutput body) {
            ByteOutput out = new ByteOutput();
            out.writeVarint(count);
            out.writeBytes(body);
            return out.toByteArray();
        }
    }
}
