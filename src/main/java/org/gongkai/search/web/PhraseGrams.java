package org.gongkai.search.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
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

    /**
     * The distinct phrases of each of {@code docs}, live Lucene ids in {@code reader}, by the rule {@link #find}
     * follows. Each bigram's postings are skipped to those documents, so a few hundred cost little however large
     * the index: a rebuild reads its replaced documents so ({@link PhraseUpdate}).
     */
    static Map<Integer, Set<String>> phrasesOf(IndexReader reader, FixedBitSet docs, List<String> bigrams)
            throws IOException {
        Bits live = MultiBits.getLiveDocs(reader);
        int[] ids = IntStream.range(0, docs.length()).filter(d -> docs.get(d) && (live == null || live.get(d)))
                .toArray();
        long[] all = new long[64];
        int size = 0;
        for (IndexedField field : indexedFields()) {
            TermsEnum te = termsOf(reader, field);
            long tag = (long) field.tag() << TermShards.FIELD_SHIFT;
            for (int id = 0; id < bigrams.size() && ids.length > 0; id++) {
                if (!te.seekExact(new BytesRef(bigrams.get(id)))) {
                    continue;
                }
                PostingsEnum postings = te.postings(null, PostingsEnum.POSITIONS);
                for (int place = 0; place < ids.length; place++) {
                    int doc = postings.docID() >= ids[place] ? postings.docID() : postings.advance(ids[place]);
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (doc != ids[place]) {
                        continue;
                    }
                    for (int k = 0, freq = postings.freq(); k < freq; k++) {
                        if (size == all.length) {
                            all = Arrays.copyOf(all, size * 2);
                        }
                        // Packed as find packs them, the document being its place among {@code ids}.
                        all[size++] = ((long) place << 43) | ((tag | postings.nextPosition()) << 16) | id;
                    }
                }
            }
        }
        Arrays.sort(all, 0, size);
        Map<Integer, Set<String>> out = new HashMap<>();
        scan(Arrays.copyOf(all, size), (document, keys, n) -> {
            Set<String> phrases = new HashSet<>();
            for (int i = 0; i < n; i++) {
                phrases.add(text(keys[i], bigrams));
            }
            out.put(ids[document], phrases);
        });
        return out;
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
        DocumentOrder order = DocumentOrder.of(reader, statistics, numbering);
        long[] occurrences = occurrences(reader, statistics, order, bigrams);
        // A phrase is counted per kind, as key × 2 + kind: one common among projects may be rare among rows.
        // The distinct phrases are some thousands where their occurrences are millions (12,587 and 10 million
        // at 20,000 projects), so a table of primitive keys counts them in little memory, and no array of every
        // document's phrases is held or sorted.
        PhraseTable table = new PhraseTable();
        scan(occurrences, (document, keys, n) -> {
            int kind = order.kind(document);
            for (int i = 0; i < n; i++) {
                table.count(keys[i] * 2 + kind, document);
            }
        });
        // Each phrase's documents were counted above, so each list is made at its size: a province's lists
        // hold hundreds of megabytes, and growing them by doubling would hold up to twice that at once.
        int[][] docs = new int[table.capacity()][];
        for (int at = 0; at < docs.length; at++) {
            if (table.documents(at) >= MIN_DOCS) {
                docs[at] = new int[table.documents(at)];
            }
        }
        int[] filled = new int[docs.length];
        table.forgetDocuments();
        // Documents come in the browser's order within each kind, so each list is filled in ascending order.
        scan(occurrences, (document, keys, n) -> {
            int kind = order.kind(document);
            for (int i = 0; i < n; i++) {
                int at = table.find(keys[i] * 2 + kind);
                if (docs[at] != null && table.firstIn(at, document)) {
                    docs[at][filled[at]++] = order.number(document);
                }
            }
        });
        Map<Mode, TreeMap<String, int[]>> out = new HashMap<>();
        for (Mode mode : Mode.values()) {
            out.put(mode, new TreeMap<>());
        }
        // In ascending order of key, so that should two keys spell the same text, the same one is kept as ever.
        long[] frequent = IntStream.range(0, docs.length)
                .filter(at -> docs[at] != null)
                .mapToLong(table::key)
                .sorted()
                .toArray();
        for (long key : frequent) {
            Mode mode = key % 2 == 0 ? Mode.PROJECTS : Mode.INDICATORS;
            out.get(mode).put(text(key / 2, bigrams), docs[table.find(key)]);
        }
        return out;
    }

    /**
     * The live documents in the order the phrase lists want: projects in the browser's order, then rows in
     * theirs, so that a list filled document by document is ascending. A live document of neither kind counts as
     * a row numbered 0, as the browser's numbering has it, and so comes before the rows.
     */
    private record DocumentOrder(int[] place, int[] numbers, int firstRow) {

        static DocumentOrder of(IndexReader reader, LiveStatistics statistics, Numbering numbering) {
            int[] place = new int[reader.maxDoc()];
            Arrays.fill(place, -1);
            int[] numbers = new int[reader.numDocs()];
            int next = 0;
            for (int doc : numbering.inOrder(Mode.PROJECTS)) {
                if (statistics.isLive(doc)) {
                    place[doc] = next;
                    numbers[next++] = numbering.number(doc);
                }
            }
            int firstRow = next;
            FixedBitSet rows = numbering.documents(Mode.INDICATORS);
            for (int doc = 0; doc < place.length; doc++) {
                if (statistics.isLive(doc) && place[doc] < 0 && !rows.get(doc)) {
                    place[doc] = next;
                    numbers[next++] = numbering.number(doc);
                }
            }
            for (int doc : numbering.inOrder(Mode.INDICATORS)) {
                if (statistics.isLive(doc)) {
                    place[doc] = next;
                    numbers[next++] = numbering.number(doc);
                }
            }
            return new DocumentOrder(place, Arrays.copyOf(numbers, next), firstRow);
        }

        /** How many live documents there are. */
        int size() {
            return numbers.length;
        }

        /** The place of a Lucene document in this order, or -1 if it is deleted. */
        int placeOf(int doc) {
            return place[doc];
        }

        /** 0 for a project, 1 for a row. */
        int kind(int document) {
            return document < firstRow ? 0 : 1;
        }

        /** The browser's number of the document at this place. */
        int number(int document) {
            return numbers[document];
        }
    }

    /**
     * Phrase keys in open addressing, each with the number of documents that hold it. A document counts once
     * however often the phrase occurs in it: the table remembers the last document that counted each key, and the
     * documents come in order.
     */
    private static final class PhraseTable {

        private static final long EMPTY = -1;

        private long[] keys = emptyKeys(1 << 12);
        private int[] documents = new int[keys.length];
        private int[] last = lastNone(keys.length);
        /** 64 less the bits of a place. */
        private int shift = 64 - 12;
        private int size;

        /** Counts the document for the key, if it has not counted it yet. */
        void count(long key, int document) {
            int at = place(key);
            if (keys[at] == EMPTY) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    at = place(key);
                }
                keys[at] = key;
                size++;
            }
            if (firstIn(at, document)) {
                documents[at]++;
            }
        }

        /** Whether the key at {@code at} is met for the first time in this document since last forgotten. */
        boolean firstIn(int at, int document) {
            if (last[at] == document) {
                return false;
            }
            last[at] = document;
            return true;
        }

        /** Forgets which documents have been met, for another pass over them. */
        void forgetDocuments() {
            Arrays.fill(last, -1);
        }

        /** Where a counted key is. */
        int find(long key) {
            int at = place(key);
            if (keys[at] != key) {
                throw new IllegalStateException("phrase key not counted: " + key);
            }
            return at;
        }

        int capacity() {
            return keys.length;
        }

        long key(int at) {
            return keys[at];
        }

        /** How many documents hold the key at {@code at}; 0 where there is none. */
        int documents(int at) {
            return documents[at];
        }

        /** The key's place, or the empty place where it would go. */
        private int place(long key) {
            int mask = keys.length - 1;
            // Fibonacci hashing: the keys' low bits are a bigram's number, which alone would cluster.
            int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (keys[at] != key && keys[at] != EMPTY) {
                at = (at + 1) & mask;
            }
            return at;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldDocuments = documents;
            int[] oldLast = last;
            keys = emptyKeys(oldKeys.length * 2);
            shift--;
            documents = new int[keys.length];
            last = lastNone(keys.length);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int at = place(oldKeys[i]);
                    keys[at] = oldKeys[i];
                    documents[at] = oldDocuments[i];
                    last[at] = oldLast[i];
                }
            }
        }

        private static long[] emptyKeys(int length) {
            long[] keys = new long[length];
            Arrays.fill(keys, EMPTY);
            return keys;
        }

        private static int[] lastNone(int length) {
            int[] last = new int[length];
            Arrays.fill(last, -1);
            return last;
        }
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
     * Every occurrence of a common bigram in a live document, packed as the document's place in {@code order},
     * field position and bigram, in order of document, then field and position.
     */
    private static long[] occurrences(IndexReader reader, LiveStatistics statistics, DocumentOrder order,
            List<String> bigrams) throws IOException {
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
        // Segment by segment: through MultiTerms every step of the postings goes through one more enum, which the
        // build's first JIT tier does not inline (a third of this loop's time at 20,000 projects).
        for (LeafReaderContext leaf : reader.leaves()) {
            for (IndexedField field : indexedFields()) {
                Terms terms = leaf.reader().terms(field.name());
                TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
                long tag = (long) field.tag() << TermShards.FIELD_SHIFT;
                PostingsEnum postings = null;
                for (int id = 0; id < bigrams.size(); id++) {
                    if (!te.seekExact(new BytesRef(bigrams.get(id)))) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.POSITIONS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                            doc = postings.nextDoc()) {
                        int document = order.placeOf(leaf.docBase + doc);
                        if (document < 0) {
                            continue;
                        }
                        for (int k = 0, freq = postings.freq(); k < freq; k++) {
                            // 21 bits of document, 27 of field and position, 16 of bigram.
                            all[size++] = ((long) document << 43) | ((tag | postings.nextPosition()) << 16) | id;
                        }
                    }
                }
            }
        }
        sortByDocument(all, order.size());
        return all;
    }

    /**
     * Puts the packed occurrences of {@code documents} documents in order of document, then field and position.
     * One sort of the whole array, tens of millions of longs, was a quarter of the phrase search's time at 20,000
     * projects; grouped by document first, only each document's few dozen need sorting. The grouping goes by
     * blocks of documents, then by document within a block: grouped straight into a quarter of a million
     * documents' places, nearly every move missed the cache and it cost more than the sort it spared.
     */
    private static void sortByDocument(long[] all, int documents) {
        // Blocks of some 16,000 occurrences, whose documents' places then stay in the cache.
        int shift = 0;
        while (documents >> shift > Math.max(1, all.length >> 14)) {
            shift++;
        }
        int blocks = (documents >> shift) + 1;
        int[] blockEnds = group(all, 0, all.length, 43 + shift, 0, blocks);
        for (int block = 0, from = 0; block < blocks; block++) {
            int[] ends = group(all, from, blockEnds[block], 43, block << shift, 1 << shift);
            for (int end : ends) {
                if (end - from > 1) {
                    Arrays.sort(all, from, end);
                }
                from = end;
            }
        }
    }

    /**
     * Orders {@code values[from, to)} in place by their bits from {@code shift} up, which less {@code first} are
     * below {@code buckets}, moving each value at most once; returns where each bucket's values end.
     */
    private static int[] group(long[] values, int from, int to, int shift, int first, int buckets) {
        int[] next = new int[buckets];
        for (int i = from; i < to; i++) {
            next[(int) (values[i] >>> shift) - first]++;
        }
        int[] ends = new int[buckets];
        for (int b = 0, start = from; b < buckets; b++) {
            int n = next[b];
            next[b] = start;
            start += n;
            ends[b] = start;
        }
        for (int b = 0; b < buckets; b++) {
            while (next[b] < ends[b]) {
                // Carries the value to its bucket, and the one displaced there to its own, until one belongs here.
                long value = values[next[b]];
                int bucket = (int) (value >>> shift) - first;
                while (bucket != b) {
                    int at = next[bucket]++;
                    long displaced = values[at];
                    values[at] = value;
                    value = displaced;
                    bucket = (int) (value >>> shift) - first;
                }
                values[next[b]++] = value;
            }
        }
        return ends;
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
        void accept(int document, long[] keys, int count);
    }

    /**
     * Each document's phrases, as often as they occur: bigrams at consecutive positions, two (three characters)
     * or three.
     */
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
            sink.accept(doc, keys, n);
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
