package org.gongkai.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.parallel.Threads;
import org.gongkai.search.ImpactReader;
import org.gongkai.search.LiveStatistics;
import org.gongkai.search.LogSteps;
import org.gongkai.search.TermHashes;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.search.TermImpacts;

/**
 * Writes the term dictionary and postings of both kinds, hashed into shards so that a query fetches only the
 * shards of its own terms, and then the common phrases, scored with their bigrams' levels. Terms are processed
 * shard by shard, each thread a range of shards, so a thread holds one shard in memory at a time.
 */
final class TermShards {

    /** Positions of different fields lie this far apart, so that no phrase can join two fields. */
    static final int FIELD_SHIFT = 24;

    private final IndexReader reader;
    private final LiveStatistics statistics;
    private final Numbering numbering;
    private final OutputFiles files;
    private final int threads;

    TermShards(IndexReader reader, LiveStatistics statistics, Numbering numbering, OutputFiles files, int threads) {
        this.reader = reader;
        this.statistics = statistics;
        this.numbering = numbering;
        this.files = files;
        this.threads = Math.max(1, threads);
    }

    /** FNV-1a over the term's UTF-8 bytes ({@link TermHashes}): cheap, and the same in JavaScript with Math.imul. */
    static int shardOf(String term, int shards) {
        byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
        return (int) (Integer.toUnsignedLong(TermHashes.of(utf8, 0, utf8.length)) % shards);
    }

    /**
     * Steps of the shard count per doubling: a rebuild keeps the count, and so each term's shard, unless the
     * postings grow or shrink across a step of about 9%.
     */
    static final int SHARD_STEPS = 8;

    /** A shard count that keeps a shard of sparse terms near {@code targetBytes}. */
    int shardCount(int targetBytes) throws IOException {
        long postings = 0;
        for (String name : indexNames()) {
            CollectionStatistics field = statistics.collection(name);
            postings += field == null ? 0 : field.sumDocFreq();
        }
        // Measured at 20,000 projects: about half a byte a posting, with bitsets and half-byte levels.
        long wanted = Math.max(1, postings / 2 / targetBytes);
        return (int) Math.max(1, Math.min(65_536, Math.round(LogSteps.round(wanted, SHARD_STEPS))));
    }

    /**
     * What a rebuild may keep of the export an earlier build published: its folder, and the hashes of the terms
     * of the documents changed since. Only valid when the earlier export had the same shards, numbering and
     * field statistics, so that an entry of an untouched term is the same bytes.
     */
    record Earlier(Path folder, TermHashes changed) {}

    /**
     * Writes every shard, a contiguous range of shards per thread, then the phrase shards of the {@code common}
     * phrases ({@link PhraseGrams}); the files do not
     * depend on the threads. Given an earlier export, only the entries of the changed terms are worked out again,
     * and the others are copied from its shards. Returns the number of phrase shards.
     */
    int write(int shards, Optional<Earlier> earlier, Map<Mode, TreeMap<String, int[]>> common) throws IOException {
        PhraseImpacts phrases = new PhraseImpacts(common);
        TreeSet<String> all = earlier.isPresent() ? changedTerms(earlier.get().changed()) : allTerms();
        // Each term's shard, hashed once: a comparator that hashed would do it log n times per term.
        List<String> sorted = new ArrayList<>(all);
        int[] shardOf = new int[sorted.size()];
        Integer[] order = new Integer[sorted.size()];
        for (int i = 0; i < order.length; i++) {
            shardOf[i] = shardOf(sorted.get(i), shards);
            order[i] = i;
        }
        // The names are sorted already, so a stable sort by shard keeps them in name order within a shard.
        Arrays.sort(order, Comparator.comparingInt(i -> shardOf[i]));
        List<String> terms = new ArrayList<>(order.length);
        int[] firstTerm = new int[shards + 1];
        int next = 0;
        for (int shard = 0; shard <= shards; shard++) {
            while (next < order.length && shardOf[order[next]] < shard) {
                terms.add(sorted.get(order[next++]));
            }
            firstTerm[shard] = next;
        }
        ExecutorService pool = Threads.pool("gongkai-search-export", threads);
        try {
            List<Future<Void>> parts = new ArrayList<>();
            int per = (shards + threads - 1) / threads;
            for (int from = 0; from < shards; from += per) {
                int a = from;
                int b = Math.min(shards, from + per);
                parts.add(pool.submit(() -> {
                    Writer writer = new Writer(phrases);
                    for (int shard = a; shard < b; shard++) {
                        List<String> own = terms.subList(firstTerm[shard], firstTerm[shard + 1]);
                        if (earlier.isPresent()) {
                            writer.patch(shard, own, earlier.get());
                        } else {
                            writer.shard(shard, own);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> part : parts) {
                Threads.result(part, BrowserIndex.STOPPED);
            }
            // Eight phrases a shard on average: a common phrase's entry is large, so few share a file, but two a
            // shard made 5,000 files at 20,000 projects. Rounded to steps as the term shards are, so that a phrase
            // keeps its file from build to build.
            int phraseShards = (int) Math.max(1,
                    Math.round(LogSteps.round((phrases.largestKind() + 7) / 8, SHARD_STEPS)));
            phrases.write(files, numbering, phraseShards);
            return phraseShards;
        } finally {
            Threads.stop(pool);
        }
    }

    /** Whether every shard file of an earlier export with {@code shards} shards is there to be read. */
    static boolean complete(Path folder, int shards) {
        for (int shard = 0; shard < shards; shard++) {
            for (String kind : KIND_FOLDERS) {
                if (!Files.isRegularFile(folder.resolve(kind + "t/" + shard + ".bin"))
                        || !Files.isRegularFile(folder.resolve(kind + "x/" + shard + ".bin"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final List<String> KIND_FOLDERS = List.of("p/", "r/");

    /** The terms, in documents or not, whose hash is among {@code changed}: a term gone from the index too. */
    private TreeSet<String> changedTerms(TermHashes changed) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String name : indexNames()) {
            Terms fieldTerms = MultiTerms.getTerms(reader, name);
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum te = fieldTerms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                if (changed.contains(TermHashes.of(t.bytes, t.offset, t.length))) {
                    out.add(t.utf8ToString());
                }
            }
        }
        return out;
    }

    private TreeSet<String> allTerms() throws IOException {
        TreeSet<String> all = new TreeSet<>();
        eachTerm(reader, statistics, (term, docFreq) -> {
            if (docFreq > 0) {
                all.add(term);
            }
        });
        return all;
    }

    /** The names every text field of either kind is indexed under. */
    static List<String> indexNames() {
        List<String> names = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (SearchField field : SearchField.textFields(mode)) {
                names.add(field.indexName(mode));
            }
        }
        return names;
    }

    /**
     * Calls {@code visit} with every term of every text field and the number of live documents that hold it in
     * that field, which is 0 for a term left only in deleted documents.
     */
    static void eachTerm(IndexReader reader, LiveStatistics statistics, java.util.function.ObjIntConsumer<String> visit)
            throws IOException {
        for (String name : indexNames()) {
            Terms terms = MultiTerms.getTerms(reader, name);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                visit.accept(t.utf8ToString(), statistics.docFreq(te));
            }
        }
    }

    /** One thread's worker: its own impact reader and score sums, reused from term to term. */
    private final class Writer {
        private final ImpactReader impacts;
        private final ImpactReader.Accumulator projectSums;
        private final ImpactReader.Accumulator rowSums;
        private final FixedBitSet projects = numbering.documents(Mode.PROJECTS);
        private final PhraseImpacts phrases;
        private long[] positions = new long[1024];
        private int size;

        Writer(PhraseImpacts phrases) throws IOException {
            this.phrases = phrases;
            this.impacts = new ImpactReader(reader, statistics);
            this.projectSums = new ImpactReader.Accumulator(reader.maxDoc());
            this.rowSums = new ImpactReader.Accumulator(reader.maxDoc());
        }

        void shard(int shard, List<String> terms) throws IOException {
            ShardFile projectShard = new ShardFile();
            ShardFile rowShard = new ShardFile();
            for (String term : terms) {
                luceneTerm(term, projectShard, rowShard);
            }
            files.write("p/t/" + shard + ".bin", projectShard.terms());
            files.write("p/x/" + shard + ".bin", projectShard.positions());
            files.write("r/t/" + shard + ".bin", rowShard.terms());
            files.write("r/x/" + shard + ".bin", rowShard.positions());
        }

        /**
         * Writes one shard from an earlier export's: the entries of {@code changed}, this shard's changed terms in
         * name order, are worked out again, and every other entry is copied. A changed term that no live document
         * holds any more is left out, as a full export leaves it out.
         */
        void patch(int shard, List<String> changed, Earlier earlier) throws IOException {
            ShardFile projectShard = new ShardFile();
            ShardFile rowShard = new ShardFile();
            for (String term : changed) {
                luceneTerm(term, projectShard, rowShard);
            }
            merge(shard, "p/", Mode.PROJECTS, projectShard, earlier);
            merge(shard, "r/", Mode.INDICATORS, rowShard, earlier);
        }

        private void merge(int shard, String kind, Mode mode, ShardFile fresh, Earlier earlier) throws IOException {
            String terms = kind + "t/" + shard + ".bin";
            String positions = kind + "x/" + shard + ".bin";
            byte[] oldTerms = Files.readAllBytes(earlier.folder().resolve(terms));
            byte[] oldPositions = Files.readAllBytes(earlier.folder().resolve(positions));
            ShardEntries old = new ShardEntries(oldTerms, oldPositions);
            ShardEntries now = new ShardEntries(fresh.terms(), fresh.positions());
            ShardFile out = new ShardFile();
            String nowTerm = now.next() ? now.term() : null;
            while (nextKept(old, earlier.changed())) {
                // An old term is decoded only to be placed among fresh ones, or to give a phrase its levels.
                if (nowTerm != null) {
                    String oldTerm = old.term();
                    while (nowTerm != null && nowTerm.compareTo(oldTerm) < 0) {
                        now.copyTo(out);
                        nowTerm = now.next() ? now.term() : null;
                    }
                }
                if (phrases.mayWant(mode, old.hash())) {
                    String term = old.term();
                    if (phrases.wants(mode, term)) {
                        phrases.take(mode, term, old.docs(), old.levels(), old.weight());
                    }
                }
                old.copyTo(out);
            }
            while (nowTerm != null) {
                now.copyTo(out);
                nowTerm = now.next() ? now.term() : null;
            }
            // Most shards come out as they were: compared with the bytes just read, not read again.
            files.write(terms, out.terms(), oldTerms);
            files.write(positions, out.positions(), oldPositions);
        }

        /** Moves {@code entries} to its next entry of a term that did not change; false after the last. */
        private boolean nextKept(ShardEntries entries, TermHashes changed) {
            while (entries.next()) {
                if (!changed.contains(entries.hash())) {
                    return true;
                }
            }
            return false;
        }

        private void luceneTerm(String term, ShardFile projectShard, ShardFile rowShard) throws IOException {
            size = 0;
            // One pass over each kind's postings of the term gives its scores and every position.
            ImpactReader.Visitor collect = (field, doc, score, postings) -> {
                (projects.get(doc) ? projectSums : rowSums).add(doc, score);
                for (int k = 0; k < postings.freq(); k++) {
                    int position = postings.nextPosition();
                    if (position >= 1 << FIELD_SHIFT) {
                        throw new IllegalStateException("field too long for the browser index: " + position);
                    }
                    if (size == positions.length) {
                        positions = Arrays.copyOf(positions, size * 2);
                    }
                    positions[size++] = ((long) doc << 32) | ((long) field.textIndex() << FIELD_SHIFT) | position;
                }
            };
            for (Mode mode : Mode.values()) {
                impacts.visit(term, SearchField.textFields(mode), mode, true, collect);
            }
            Arrays.sort(positions, 0, size);
            add(term, Mode.PROJECTS, projectSums.finish(), projectShard);
            add(term, Mode.INDICATORS, rowSums.finish(), rowShard);
        }

        private void add(String term, Mode mode, TermImpacts t, ShardFile out) {
            int n = t.docs().length;
            if (n == 0) {
                return;
            }
            int[][] bySource = positionsOf(t.docs());
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
                docPositions[i] = bySource[source];
            }
            out.add(term, t.weight(), docs, levels, t.maxLevel(), numbering.count(mode), docPositions);
            phrases.take(mode, term, docs, levels, t.weight());
        }

        /**
         * Each document's positions, for documents in ascending Lucene order: one walk along the positions,
         * which are sorted by document too, and hold the other kind's documents as well, which it steps over.
         */
        private int[][] positionsOf(int[] luceneDocs) {
            int[][] out = new int[luceneDocs.length][];
            int at = 0;
            for (int i = 0; i < luceneDocs.length; i++) {
                long doc = luceneDocs[i];
                while (at < size && positions[at] >>> 32 < doc) {
                    at++;
                }
                int from = at;
                while (at < size && positions[at] >>> 32 == doc) {
                    at++;
                }
                out[i] = new int[at - from];
                for (int k = from; k < at; k++) {
                    out[i][k - from] = (int) positions[k];
                }
            }
            return out;
        }
    }
}
