package org.gongkai.search.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;
import org.gongkai.parallel.Threads;
import org.gongkai.search.IndexChanges;
import org.gongkai.search.LiveStatistics;
import org.gongkai.search.SearchRequest.Mode;

/**
 * Exports the Lucene index as static files for the search page: term shards with quantized BM25 impacts and
 * positions, result summaries in chunks, and facet data, all under one folder of the site.
 */
public final class BrowserIndex {

    /**
     * Average bytes of a shard of sparse terms: small enough that a rare term costs little to fetch, large enough
     * that the shards (four files each) do not outnumber Pagefind's whole index (2,048 made 17,600 files at
     * 20,000 projects).
     */
    static final int SHARD_BYTES = 4096;

    /** What the search page must know to read the export. */
    public record Manifest(String version, int shards, int phraseShards, int projects, int rows,
            int projectChunk) {}

    /**
     * An export: its manifest, the files (relative to its folder) left as an earlier export published them, a note
     * that the next build compares with its own to tell whether it may keep this export's entries, whether this
     * export kept the entries of an earlier one, and whether it updated the earlier one's common phrases.
     */
    public record Export(Manifest manifest, Set<String> unchanged, String note, boolean patched,
            boolean phrasesUpdated) {}

    /**
     * The export an earlier build published: its folder, the note it left ({@link Export#note}), and what the index
     * changed since, or empty when that is not known.
     */
    public record Earlier(Path folder, Optional<String> note, Optional<IndexChanges> changes) {}

    private BrowserIndex() {}

    public static Manifest export(Path luceneIndex, Path folder, List<Region> regions, List<Office> offices)
            throws IOException {
        return export(luceneIndex, folder, regions, offices, Runtime.getRuntime().availableProcessors());
    }

    /** As above, on {@code threads} threads; the files are the same for any number. */
    public static Manifest export(Path luceneIndex, Path folder, List<Region> regions, List<Office> offices,
            int threads) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(luceneIndex))) {
            return export(reader, folder, Optional.empty(), regions, offices, threads).manifest();
        }
    }

    /** What an interrupted export says. */
    static final String STOPPED = "检索索引导出被中断";

    /**
     * As above, from an open reader, which stays open, and writing only the files that differ from those of
     * {@code earlier}, the export of an earlier build, if given. When the earlier export numbered the documents
     * alike, with the same shards and field statistics, and the changed terms are known, only their entries are
     * worked out again. The result summaries are written on a thread of their own while the term shards are: the
     * phrase search that comes first runs on one thread only.
     */
    public static Export export(DirectoryReader reader, Path folder, Optional<Earlier> earlier, List<Region> regions,
            List<Office> offices, int threads) throws IOException {
        Numbering numbering = Numbering.of(reader);
        OutputFiles files = new OutputFiles(folder, earlier.map(Earlier::folder));
        ExecutorService summaries = Threads.pool("gongkai-search-summaries", 1);
        try {
            Future<Summaries.Read> read = summaries.submit(() -> Summaries.write(reader, numbering, files));
            LiveStatistics statistics = new LiveStatistics(reader);
            TermShards terms = new TermShards(reader, statistics, numbering, files, threads);
            int shards = terms.shardCount(SHARD_BYTES);
            List<String> bigrams = PhraseGrams.bigrams(reader, statistics);
            String note = note(shards, statistics, numbering, bigrams);
            Optional<Earlier> usable = earlier
                    .filter(e -> e.note().equals(Optional.of(note)) && e.changes().isPresent())
                    .filter(e -> TermShards.complete(e.folder(), shards));
            Optional<TermShards.Earlier> kept = usable.isEmpty() ? Optional.empty()
                    : Optional.of(new TermShards.Earlier(usable.get().folder(), usable.get().changes().get().terms()));
            Optional<Map<Mode, TreeMap<String, int[]>>> phrases = usable.isEmpty() ? Optional.empty()
                    : PhraseUpdate.update(reader, numbering, bigrams, usable.get().folder(), replaced(usable.get(), reader));
            int phraseShards = terms.write(shards, kept, phrases.isPresent() ? phrases.get()
                    : PhraseGrams.find(reader, statistics, numbering, bigrams));
            Facets.write(Threads.result(read, STOPPED), regions, offices, files);
            return new Export(new Manifest(files.version(), shards, phraseShards, numbering.count(Mode.PROJECTS),
                    numbering.count(Mode.INDICATORS), Summaries.PROJECT_CHUNK), files.unchanged(), note,
                    kept.isPresent(), phrases.isPresent());
        } finally {
            Threads.stop(summaries);
        }
    }

    private static PhraseUpdate.Replaced replaced(Earlier earlier, DirectoryReader reader) throws IOException {
        IndexChanges changes = earlier.changes().get();
        return new PhraseUpdate.Replaced(changes.before(), changes.oldDocuments(), changes.newDocuments(reader));
    }

    /** Changed whenever the entries' encoding changes, so that no rebuild keeps entries of another encoding. */
    private static final String FORMAT = "browser-index-1";

    /**
     * What an entry of an untouched term depends on besides the term's own postings: the shard count, the
     * documents' numbering, and each field's statistics.
     */
    private static String note(int shards, LiveStatistics statistics, Numbering numbering, List<String> bigrams)
            throws IOException {
        // The phrases' bigrams as a set: their order, most common first, moves with every edit but makes no
        // difference to the files, unless the list was cut at its limit.
        CRC32 phrases = new CRC32();
        for (String bigram : PhraseGrams.isCut(bigrams) ? bigrams : new TreeSet<>(bigrams)) {
            phrases.update((bigram + "\n").getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder note = new StringBuilder(FORMAT).append(' ').append(shards).append(' ')
                .append(numbering.fingerprint()).append(' ').append(Long.toHexString(phrases.getValue()));
        for (String name : TermShards.indexNames()) {
            CollectionStatistics field = statistics.collection(name);
            note.append(' ').append(name);
            if (field != null) {
                note.append(':').append(field.docCount()).append('/').append(field.sumTotalTermFreq());
            }
        }
        return note.toString();
    }
}
