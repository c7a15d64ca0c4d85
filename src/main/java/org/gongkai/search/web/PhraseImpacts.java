package org.gongkai.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.search.TermHashes;

/**
 * Gives each common phrase the levels of its own bigrams in its own documents, and writes the phrases into
 * shards of their own. A query such as 满意度 then fetches one entry that both filters and scores, instead of
 * the phrase's list and the long lists of 满意 and 意度 beside it. The levels are those of the bigrams' own
 * entries, so a document scores the same whichever the browser reads.
 */
final class PhraseImpacts {

    /** One phrase of one kind: its documents, its distinct bigrams in order, and their levels, filled per bigram. */
    private static final class Phrase {
        final String text;
        final int[] docs;
        final List<String> bigrams;
        final long[] weights;
        final byte[][] levels;

        Phrase(String text, int[] docs) {
            this.text = text;
            this.docs = docs;
            this.bigrams = bigramsOf(text);
            this.weights = new long[bigrams.size()];
            this.levels = new byte[bigrams.size()][docs.length];
        }
    }

    /** Where a bigram's levels go: the phrase, and the bigram's place among the phrase's distinct bigrams. */
    private record Slot(Phrase phrase, int index) {}

    private final Map<Mode, List<Phrase>> phrases = new HashMap<>();
    private final Map<Mode, Map<String, List<Slot>>> slots = new HashMap<>();
    /** The hashes of each kind's bigrams, so that a shard's terms need not all be decoded to be asked about. */
    private final Map<Mode, TermHashes> bigramHashes = new HashMap<>();

    /** The phrases PhraseGrams found, per kind, each with its documents as the browser numbers them. */
    PhraseImpacts(Map<Mode, TreeMap<String, int[]>> found) {
        for (Mode mode : Mode.values()) {
            List<Phrase> list = new ArrayList<>();
            Map<String, List<Slot>> byBigram = new HashMap<>();
            found.getOrDefault(mode, new TreeMap<>()).forEach((text, docs) -> {
                Phrase phrase = new Phrase(text, docs);
                list.add(phrase);
                for (int i = 0; i < phrase.bigrams.size(); i++) {
                    byBigram.computeIfAbsent(phrase.bigrams.get(i), b -> new ArrayList<>()).add(new Slot(phrase, i));
                }
            });
            phrases.put(mode, list);
            slots.put(mode, byBigram);
            TermHashes hashes = new TermHashes();
            for (String bigram : byBigram.keySet()) {
                byte[] utf8 = bigram.getBytes(StandardCharsets.UTF_8);
                hashes.add(TermHashes.of(utf8, 0, utf8.length));
            }
            bigramHashes.put(mode, hashes);
        }
    }

    /** The most phrases either kind has, which sizes the phrase shards. */
    int largestKind() {
        return phrases.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** False when no phrase of this kind has a bigram of this hash ({@link TermHashes}); true when one may. */
    boolean mayWant(Mode mode, int hash) {
        return bigramHashes.get(mode).contains(hash);
    }

    /** Whether a phrase of this kind has {@code term} as one of its bigrams. */
    boolean wants(Mode mode, String term) {
        return slots.get(mode).containsKey(term);
    }

    /**
     * Takes a term's levels in one kind, documents ascending as the browser numbers them. Each term is given
     * by one thread only, and each slot belongs to one term, so threads never write the same array.
     */
    void take(Mode mode, String term, int[] docs, int[] levels, long weight) {
        for (Slot slot : slots.get(mode).getOrDefault(term, List.of())) {
            Phrase phrase = slot.phrase();
            phrase.weights[slot.index()] = weight;
            byte[] out = phrase.levels[slot.index()];
            // A phrase's documents all hold each of its bigrams: walk both ascending lists once.
            int k = 0;
            for (int i = 0; i < phrase.docs.length; i++) {
                while (docs[k] != phrase.docs[i]) {
                    k++;
                }
                out[i] = (byte) levels[k];
            }
        }
    }

    /** Writes each kind's phrases into {@code shards} files, a phrase in shard FNV-1a(phrase) mod shards. */
    void write(OutputFiles files, Numbering numbering, int shards) throws IOException {
        for (Mode mode : Mode.values()) {
            List<List<Phrase>> byShard = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                byShard.add(new ArrayList<>());
            }
            for (Phrase phrase : phrases.get(mode)) {
                byShard.get(TermShards.shardOf(phrase.text, shards)).add(phrase);
            }
            String folder = mode == Mode.PROJECTS ? "p/q/" : "r/q/";
            for (int s = 0; s < shards; s++) {
                ByteOutput out = new ByteOutput();
                out.writeVarint(byShard.get(s).size());
                for (Phrase phrase : byShard.get(s)) {
                    entry(phrase, numbering.count(mode), out);
                }
                files.write(folder + s + ".bin", out.toByteArray());
            }
        }
    }

    /**
     * A phrase's entry: its text, df, the weights of its bigrams, its documents, then each document's levels
     * as an index into a palette of distinct level tuples. Bigrams of one phrase rise and fall together, so a
     * palette is short and an index takes a few bits.
     */
    private static void entry(Phrase phrase, int docCount, ByteOutput out) {
        byte[] utf8 = phrase.text.getBytes(StandardCharsets.UTF_8);
        out.writeVarint(utf8.length);
        out.writeBytes(utf8);
        out.writeVarint(phrase.docs.length);
        out.writeVarint(phrase.weights.length);
        for (long weight : phrase.weights) {
            out.writeVarint(weight);
        }
        Postings.writeDocs(phrase.docs, null, 0, docCount, out);
        // The palette in primitive arrays: a common phrase has tens of thousands of documents, and a map of boxed
        // tuples made and hashed an object for each of them.
        Palette palette = new Palette(phrase.docs.length);
        int[] index = new int[phrase.docs.length];
        for (int i = 0; i < index.length; i++) {
            int tuple = 0;
            for (byte[] levels : phrase.levels) {
                tuple = tuple << 8 | (levels[i] & 0xFF);
            }
            index[i] = palette.indexOf(tuple);
        }
        int[] tuples = palette.tuples();
        out.writeVarint(tuples.length);
        for (int tuple : tuples) {
            for (int j = phrase.levels.length - 1; j >= 0; j--) {
                out.writeByte(tuple >>> (8 * j) & 0xFF);
            }
        }
        int width = Postings.bitsFor(tuples.length);
        out.writeByte(width);
        Postings.writePacked(index, width, out);
    }

    /** Distinct level tuples in order of first use, each with its place: open addressing over at most 24-bit keys. */
    private static final class Palette {
        private final int[] keys;
        private final int[] places;
        private int[] tuples = new int[8];
        private int size;

        Palette(int documents) {
            int capacity = Integer.highestOneBit(Math.max(8, Math.min(documents, 1 << 17)) * 2);
            keys = new int[capacity];
            places = new int[capacity];
        }

        /** The tuple's place, given it the next one if it is new. Keys are stored plus one, so 0 marks a free slot. */
        int indexOf(int tuple) {
            int mask = keys.length - 1;
            int h = tuple * 0x9E3779B9;
            int at = (h ^ h >>> 15) & mask;
            while (keys[at] != 0) {
                if (keys[at] == tuple + 1) {
                    return places[at];
                }
                at = (at + 1) & mask;
            }
            keys[at] = tuple + 1;
            places[at] = size;
            if (size == tuples.length) {
                tuples = Arrays.copyOf(tuples, size * 2);
            }
            tuples[size] = tuple;
            return size++;
        }

        int[] tuples() {
            return Arrays.copyOf(tuples, size);
        }
    }

    /** A phrase's distinct bigrams, in order: the terms a query of that phrase scores with. */
    static List<String> bigramsOf(String phrase) {
        int[] chars = phrase.codePoints().toArray();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            out.add(new String(chars, i, 2));
        }
        return List.copyOf(out);
    }
}
