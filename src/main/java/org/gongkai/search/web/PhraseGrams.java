package org.gongkai.search.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.search.LiveStatistics;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchRequest.Mode;

/**
 * Finds the common Han phrases of three and four characters and the documents that hold each one, from the
 * positions of the common bigrams. A query such as 满意度 must match as typed; without this the browser would
 * check that on the positions of 满意 and 意度 in every document, the largest download of all. A phrase of the
 * same characters at consecutive positions within one field value is exactly what the command line's phrase
 * query matches, so the answers agree.
 */
final class PhraseGrams {

    /** Phrases in fewer documents than this are checked on positions, which then cost little. */
    static final int MIN_DOCS = 64;

    private static final int MAX_BIGRAMS = 65_535;
    private static final long GRAM4 = 1L << 48;

    private PhraseGrams() {}

    /** For each kind, each common phrase and its documents, as the browser numbers them, ascending. */
    static Map<Mode, TreeMap<String, int[]>> find(IndexReader reader, LiveStatistics statistics, Numbering numbering)
            throws IOException {
        return find(reader, statistics, numbering, bigrams(reader, statistics));
    }

    /**
     * The common bigrams phrases are made of: none beyond 2²¹ live documents (some 150,000 projects), where the
     * documents no longer fit the packed occurrences and phrases go back to positions.
     */
    static List<String> bigrams(IndexReader reader, LiveStatistics statistics) throws IOException {
        return reader.numDocs() < 1 << 21 ? commonBigrams(reader, statistics) : List.of();
    }

    /** Whether {@code bigrams} was cut at its limit, so that which bigrams it holds depends on their order. */
    static boolean isCut(List<String> bigrams) {
        return bigrams.size() >= MAX_BIGRAMS;
    }

    /** As above, from the common bigrams that {@link #bigrams} gave. */
    static Map<Mode, TreeMap<String, int[]>> find(IndexReader reader, LiveStatistics statistics, Numbering numbering,
            List<String> bigrams) throws IOException {
        // Live documents are numbered densely and packed in 21 bits; beyond that (some 150,000 projects) phrases
        // go back to positions. Dense numbers keep deleted documents from counting towards the limit.
        int[] lucene = new int[reader.numDocs()];
        int[] dense = new int[reader.maxDoc()];
        for (int doc = 0, next = 0; doc < dense.length; doc++) {
            if (statistics.isLive(doc)) {
                lucene[next] = doc;
                dense[doc] = next++;
            }
        }
        long[] occurrences = occurrences(reader, statistics, dense, bigrams);
        FixedBitSet projects = numbering.documents(Mode.PROJECTS);
        // A phrase is counted per kind, as key × 2 + kind: one common among projects may be rare among rows.
        // Counting by sorting every document's phrases keeps to primitive arrays, where a map of boxed keys
        // would hold millions of objects. The documents' phrases are counted first, so that their array is made
        // once at its size: grown by doubling while the occurrences are held too, it was up to three times that
        // size at the build's peak of memory (some 270 MB at 100,000 projects).
        long[] total = {0};
        scan(occurrences, (doc, keys, n) -> total[0] += n);
        if (total[0] > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many phrases for one array: " + total[0]);
        }
        long[][] held = {new long[(int) total[0]]};
        int[] size = {0};
        scan(occurrences, (doc, keys, n) -> {
            int kind = projects.get(lucene[doc]) ? 0 : 1;
            for (int i = 0; i < n; i++) {
                held[0][size[0]++] = keys[i] * 2 + kind;
            }
        });
        Frequent common = frequent(held[0], size[0]);
        held[0] = null;
        long[] frequent = common.keys();
        // Each phrase's documents were counted above, so each list is made at its size: a province's lists
        // hold hundreds of megabytes, and growing them by doubling would hold up to twice that at once.
        int[][] docs = new int[frequent.length][];
        for (int f = 0; f < frequent.length; f++) {
            docs[f] = new int[common.counts()[f]];
        }
        int[] counts = new int[frequent.length];
        scan(occurrences, (doc, keys, n) -> {
            int kind = projects.get(lucene[doc]) ? 0 : 1;
            for (int i = 0; i < n; i++) {
                int f = Arrays.binarySearch(frequent, keys[i] * 2 + kind);
                if (f >= 0) {
                    docs[f][counts[f]++] = numbering.number(lucene[doc]);
                }
            }
        });
        Map<Mode, TreeMap<String, int[]>> out = new HashMap<>();
        for (Mode mode : Mode.values()) {
            out.put(mode, new TreeMap<>());
        }
        for (int f = 0; f < frequent.length; f++) {
            Mode mode = frequent[f] % 2 == 0 ? Mode.PROJECTS : Mode.INDICATORS;
            Arrays.sort(docs[f]);
            out.get(mode).put(text(frequent[f] / 2, bigrams), docs[f]);
        }
        return out;
    }

    /** The values that occur at least {@link #MIN_DOCS} times, ascending, and how often each occurs. */
    private record Frequent(long[] keys, int[] counts) {}

    /** The frequent values among the first {@code size}, which it sorts in place. */
    private static Frequent frequent(long[] values, int size) {
        Arrays.sort(values, 0, size);
        long[] keys = new long[16];
        int[] counts = new int[16];
        int found = 0;
        for (int i = 0; i < size; ) {
            int end = i;
            while (end < size && values[end] == values[i]) {
                end++;
            }
            if (end - i >= MIN_DOCS) {
                if (found == keys.length) {
                    keys = Arrays.copyOf(keys, found * 2);
                    counts = Arrays.copyOf(counts, found * 2);
                }
                keys[found] = values[i];
                counts[found++] = end - i;
            }
            i = end;
        }
        return new Frequent(Arrays.copyOf(keys, found), Arrays.copyOf(counts, found));
    }

    /** Han bigram terms in at least {@link #MIN_DOCS} documents, most common first, at most 65,535. */
    private static List<String> commonBigrams(IndexReader reader, LiveStatistics statistics) throws IOException {
        Map<String, Integer> frequency = new TreeMap<>();
        TermShards.eachTerm(reader, statistics, (term, docFreq) -> {
            if (isHanBigram(term)) {
                frequency.merge(term, docFreq, Integer::sum);
            }
        });
        return frequency.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_BIGRAMS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Every occurrence of a common bigram in a live document, packed as the document's dense number, field
     * position and bigram, and sorted.
     */
    private static long[] occurrences(IndexReader reader, LiveStatistics statistics, int[] dense, List<String> bigrams)
            throws IOException {
        // Counted first, so that the array is made once at its size: at 100,000 projects it is some 360 MB, and
        // growing it by doubling, then trimming a copy, held up to three times that.
        long count = 0;
        for (IndexedField field : indexedFields()) {
            TermsEnum te = termsOf(reader, field);
            for (String bigram : bigrams) {
                BytesRef bytes = new BytesRef(bigram);
                if (te.seekExact(bytes)) {
                    TermStatistics live = statistics.term(field.name(), bytes, te);
                    count += live == null ? 0 : live.totalTermFreq();
                }
            }
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many phrase occurrences for one array: " + count);
        }
        long[] all = new long[(int) count];
        int size = 0;
        for (IndexedField field : indexedFields()) {
            TermsEnum te = termsOf(reader, field);
            long tag = (long) field.tag() << TermShards.FIELD_SHIFT;
            for (int id = 0; id < bigrams.size(); id++) {
                if (!te.seekExact(new BytesRef(bigrams.get(id)))) {
                    continue;
                }
                PostingsEnum postings = te.postings(null, PostingsEnum.POSITIONS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (!statistics.isLive(doc)) {
                        continue;
                    }
                    for (int k = 0; k < postings.freq(); k++) {
                        // 21 bits of document, 27 of field and position, 16 of bigram.
                        all[size++] = ((long) dense[doc] << 43) | ((tag | postings.nextPosition()) << 16) | id;
                    }
                }
            }
        }
        Arrays.sort(all);
        return all;
    }

    private static TermsEnum termsOf(IndexReader reader, IndexedField field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field.name());
        return terms == null ? TermsEnum.EMPTY : terms.iterator();
    }

    /** A kind's text field: the name it is indexed under, and the tag its positions carry in the export. */
    private record IndexedField(String name, int tag) {}

    private static List<IndexedField> indexedFields() {
        List<IndexedField> out = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (SearchField field : SearchField.textFields(mode)) {
                out.add(new IndexedField(field.indexName(mode), field.textIndex()));
            }
        }
        return out;
    }

    private interface DocKeys {
        void accept(int doc, long[] keys, int count);
    }

    /** Each document's distinct phrases: bigrams at consecutive positions, two (three characters) or three. */
    private static void scan(long[] occurrences, DocKeys sink) {
        long[] keys = new long[64];
        int i = 0;
        while (i < occurrences.length) {
            int doc = (int) (occurrences[i] >>> 43);
            int end = i;
            while (end < occurrences.length && (int) (occurrences[end] >>> 43) == doc) {
                end++;
            }
            int n = 0;
            for (int a = i; a < end; a++) {
                long position = (occurrences[a] >>> 16) & ((1L << 27) - 1);
                if (a + 1 < end && ((occurrences[a + 1] >>> 16) & ((1L << 27) - 1)) == position + 1) {
                    long key = ((occurrences[a] & 0xFFFF) << 16) | (occurrences[a + 1] & 0xFFFF);
                    if (n + 2 > keys.length) {
                        keys = Arrays.copyOf(keys, keys.length * 2);
                    }
                    keys[n++] = key;
                    if (a + 2 < end && ((occurrences[a + 2] >>> 16) & ((1L << 27) - 1)) == position + 2) {
                        keys[n++] = GRAM4 | (key << 16) | (occurrences[a + 2] & 0xFFFF);
                    }
                }
            }
            Arrays.sort(keys, 0, n);
            int distinct = 0;
            for (int k = 0; k < n; k++) {
                if (k == 0 || keys[k] != keys[k - 1]) {
                    keys[distinct++] = keys[k];
                }
            }
            sink.accept(doc, keys, distinct);
            i = end;
        }
    }

    /** The phrase a key stands for: the first bigram, then the last character of each following one. */
    private static String text(long key, List<String> bigrams) {
        boolean four = (key & GRAM4) != 0;
        int first = (int) ((key >>> (four ? 32 : 16)) & 0xFFFF);
        StringBuilder text = new StringBuilder(bigrams.get(first));
        if (four) {
            text.appendCodePoint(lastCodePoint(bigrams.get((int) ((key >>> 16) & 0xFFFF))));
        }
        text.appendCodePoint(lastCodePoint(bigrams.get((int) (key & 0xFFFF))));
        return text.toString();
    }

    private static int lastCodePoint(String s) {
        return s.codePointBefore(s.length());
    }

    static boolean isHanBigram(String term) {
        return term.codePointCount(0, term.length()) == 2 && term.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
