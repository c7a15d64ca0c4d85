package org.gongkai.search.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;
import org.gongkai.parallel.Threads;
import org.apache.lucene.search.CollectionStatistics;
import org.gongkai.search.LiveStatistics;
import org.gongkai.search.TermHashes;
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
     * that the next build compares with its own to tell whether it may keep this export's entries, and whether this
     * export kept the entries of an earlier one.
     */
    public record Export(Manifest manifest, Set<String> unchanged, String note, boolean patched) {}

    /**
     * The export an earlier build published: its folder, the note it left ({@link Export#note}), and the hashes of
     * the terms of every document changed since, or empty when they are not known.
     */
    public record Earlier(Path folder, Optional<String> note, Optional<TermHashes> changedTerms) {}

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
            String note = note(shards, statistics, numbering);
            Optional<TermShards.Earlier> kept = earlier
                    .filter(e -> e.note().equals(Optional.of(note)) && e.changedTerms().isPresent())
                    .filter(e -> TermShards.complete(e.folder(), shards))
                    .map(e -> new TermShards.Earlier(e.folder(), e.changedTerms().get()));
            int phraseShards = terms.write(shards, kept);
            Facets.write(Threads.result(read, STOPPED), regions, offices, files);
            return new Export(new Manifest(files.version(), shards, phraseShards, numbering.count(Mode.PROJECTS),
                    numbering.count(Mode.INDICATORS), Summaries.PROJECT_CHUNK), files.unchanged(), note,
                    kept.isPresent());
        } finally {
            Threads.stop(summaries);
        }
    }

    /** Changed whenever the entries' encoding changes, so that no rebuild keeps entries of another encoding. */
    private static final String FORMAT = "browser-index-1";

    /**
     * What an entry of an untouched term depends on besides the term's own postings: the shard count, the
     * documents' numbering, and each field's statistics.
     */
    private static String note(int shards, LiveStatistics statistics, Numbering numbering) throws IOException {
        StringBuilder note = new StringBuilder(FORMAT).append(' ').append(shards).append(' ')
                .append(numbering.fingerprint());
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
