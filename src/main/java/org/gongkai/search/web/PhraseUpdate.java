package org.gongkai.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchRequest.Mode;

/**
 * Works out a rebuild's common phrases from the last export's: each phrase keeps its documents outside the
 * replaced disclosures and gains those of their new documents that hold it. Only the replaced documents, old and
 * new, are read, where {@link PhraseGrams#find} reads the positions of every common bigram in every document. A
 * phrase that was not common is counted anew only if the replaced documents now hold it more often than before,
 * for only then can it have reached {@link PhraseGrams#MIN_DOCS}; if there are many such, it gives up.
 */
final class PhraseUpdate {

    /** Beyond this many phrases to count anew, a full search is cheaper than one count each. */
    private static final int MAX_RECOUNTS = 32;

    /**
     * The replaced documents: {@code before}, the index the last build committed, and the Lucene ids there of the
     * replaced disclosures' old documents; and the ids of their new documents in the index being exported.
     */
    record Replaced(IndexReader before, FixedBitSet oldDocs, FixedBitSet newDocs) {}

    private PhraseUpdate() {}

    /**
     * Each kind's common phrases and their documents, as {@link PhraseGrams#find} gives them, from the export
     * published in {@code published}; empty when they must be found afresh. The documents must be numbered as
     * in that export, and {@code bigrams} must be its common bigrams.
     */
    static Optional<Map<Mode, TreeMap<String, int[]>>> update(IndexReader reader, Numbering numbering,
            List<String> bigrams, Path published, Replaced replaced) throws IOException {
        // The old documents' numbers are the new ones': the export was numbered alike, so a URL keeps its number.
        // URLs are unique across both kinds (a row's has its #rN), so an old document's kind is its namesake's.
        Map<String, Integer> newDocOfUrl = new HashMap<>();
        Map<Integer, Mode> kindOf = new HashMap<>();
        Map<Integer, Set<String>> now = PhraseGrams.phrasesOf(reader, replaced.newDocs(), bigrams);
        StoredFields stored = reader.storedFields();
        for (int doc = replaced.newDocs().nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = next(replaced.newDocs(), doc)) {
            Mode mode = numbering.documents(Mode.PROJECTS).get(doc) ? Mode.PROJECTS
                    : numbering.documents(Mode.INDICATORS).get(doc) ? Mode.INDICATORS : null;
            if (mode != null) {
                newDocOfUrl.put(stored.document(doc).get(SearchField.URL.fieldName()), doc);
                kindOf.put(doc, mode);
            }
        }
        Map<Integer, Set<String>> before = PhraseGrams.phrasesOf(replaced.before(), replaced.oldDocs(), bigrams);
        StoredFields storedBefore = replaced.before().storedFields();

        Map<Mode, TreeMap<String, int[]>> out = new HashMap<>();
        for (Mode mode : Mode.values()) {
            // Per phrase: the new documents that hold it, and how many old ones did.
            Map<String, List<Integer>> gained = new HashMap<>();
            Map<String, Integer> lost = new HashMap<>();
            FixedBitSet replacedNumbers = new FixedBitSet(Math.max(1, numbering.count(mode)));
            for (Map.Entry<Integer, Mode> doc : kindOf.entrySet()) {
                if (doc.getValue() == mode) {
                    int number = numbering.number(doc.getKey());
                    replacedNumbers.set(number);
                    for (String phrase : now.getOrDefault(doc.getKey(), Set.of())) {
                        gained.computeIfAbsent(phrase, p -> new ArrayList<>()).add(number);
                    }
                }
            }
            for (Map.Entry<Integer, Set<String>> doc : before.entrySet()) {
                Integer namesake = newDocOfUrl.get(
                        storedBefore.document(doc.getKey()).get(SearchField.URL.fieldName()));
                if (namesake == null) {
                    return Optional.empty(); // an old document without a new one: not numbered alike after all
                }
                if (kindOf.get(namesake) == mode) {
                    doc.getValue().forEach(phrase -> lost.merge(phrase, 1, Integer::sum));
                }
            }

            TreeMap<String, int[]> phrases = new TreeMap<>();
            TreeMap<String, int[]> earlier = read(published.resolve(mode == Mode.PROJECTS ? "p/q" : "r/q"));
            for (Map.Entry<String, int[]> phrase : earlier.entrySet()) {
                int[] docs = merged(phrase.getValue(), replacedNumbers, gained.getOrDefault(phrase.getKey(), List.of()));
                if (docs.length >= PhraseGrams.MIN_DOCS) {
                    phrases.put(phrase.getKey(), docs);
                }
            }
            List<String> recount = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> phrase : gained.entrySet()) {
                if (!earlier.containsKey(phrase.getKey())
                        && phrase.getValue().size() > lost.getOrDefault(phrase.getKey(), 0)) {
                    recount.add(phrase.getKey());
                }
            }
            if (recount.size() > MAX_RECOUNTS) {
                return Optional.empty();
            }
            for (String phrase : recount) {
                int[] docs = holders(reader, numbering, mode, phrase);
                if (docs.length >= PhraseGrams.MIN_DOCS) {
                    phrases.put(phrase, docs);
                }
            }
            out.put(mode, phrases);
        }
        return Optional.of(out);
    }

    private static int next(FixedBitSet set, int doc) {
        return doc + 1 < set.length() ? set.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
    }

    /** The earlier documents outside the replaced ones, and the replaced ones that now hold the phrase, ascending. */
    private static int[] merged(int[] earlier, FixedBitSet replaced, List<Integer> gained) {
        int[] out = new int[earlier.length + gained.size()];
        int n = 0;
        for (int doc : earlier) {
            if (!replaced.get(doc)) {
                out[n++] = doc;
            }
        }
        for (int doc : gained) {
            out[n++] = doc;
        }
        Arrays.sort(out, 0, n);
        return Arrays.copyOf(out, n);
    }

    /**
     * Every live document of one kind that holds {@code phrase}: its bigrams at consecutive positions, checked on
     * the postings of its first bigram and skipping the others along.
     */
    private static int[] holders(IndexReader reader, Numbering numbering, Mode mode, String phrase) throws IOException {
        List<String> bigrams = new ArrayList<>();
        int[] chars = phrase.codePoints().toArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            bigrams.add(new String(chars, i, 2));
        }
        Bits live = MultiBits.getLiveDocs(reader);
        FixedBitSet kind = numbering.documents(mode);
        TreeSet<Integer> found = new TreeSet<>();
        for (SearchField field : SearchField.textFields(mode)) {
            Terms terms = MultiTerms.getTerms(reader, field.indexName(mode));
            if (terms == null) {
                continue;
            }
            PostingsEnum[] each = new PostingsEnum[bigrams.size()];
            boolean all = true;
            for (int i = 0; i < each.length && all; i++) {
                TermsEnum te = terms.iterator();
                all = te.seekExact(new BytesRef(bigrams.get(i)));
                each[i] = all ? te.postings(null, PostingsEnum.POSITIONS) : null;
            }
            if (!all) {
                continue;
            }
            for (int doc = each[0].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each[0].nextDoc()) {
                if (!kind.get(doc) || live != null && !live.get(doc) || !allOn(each, doc)) {
                    continue;
                }
                if (holds(each, doc)) {
                    found.add(numbering.number(doc));
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Moves every other bigram's postings to {@code doc}; whether all of them hold it. */
    private static boolean allOn(PostingsEnum[] each, int doc) throws IOException {
        for (int i = 1; i < each.length; i++) {
            if (each[i].docID() < doc) {
                each[i].advance(doc);
            }
            if (each[i].docID() != doc) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bigrams, all on one document, stand at consecutive positions somewhere in it. */
    private static boolean holds(PostingsEnum[] each, int doc) throws IOException {
        List<Set<Integer>> positions = new ArrayList<>();
        for (PostingsEnum postings : each) {
            Set<Integer> at = new HashSet<>();
            for (int k = 0; k < postings.freq(); k++) {
                at.add(postings.nextPosition());
            }
            positions.add(at);
        }
        for (int start : positions.get(0)) {
            boolean match = true;
            for (int i = 1; i < positions.size() && match; i++) {
                match = positions.get(i).contains(start + i);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** The phrases of one kind in a published export and their documents, from its phrase files. */
    private static TreeMap<String, int[]> read(Path folder) throws IOException {
        TreeMap<String, int[]> out = new TreeMap<>();
        for (int shard = 0; Files.isRegularFile(folder.resolve(shard + ".bin")); shard++) {
            // Entries as PhraseImpacts writes them: text, df, weights, documents, palette, packed indexes.
            ByteInput in = new ByteInput(Files.readAllBytes(folder.resolve(shard + ".bin")), 0);
            for (long e = in.readVarint(); e > 0; e--) {
                int length = (int) in.readVarint();
                String text = new String(in.bytes(), in.position(), length, StandardCharsets.UTF_8);
                in.skip(length);
                int docCount = (int) in.readVarint();
                int weights = (int) in.readVarint();
                for (int w = 0; w < weights; w++) {
                    in.readVarint();
                }
                out.put(text, Postings.readDocs(in, in.readByte(), docCount));
                in.skip((int) in.readVarint() * weights);
                in.skip(Postings.packedBytes(docCount, in.readByte()));
            }
        }
        return out;
    }
}
