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

    /** An export: its manifest, and the files (relative to its folder) left as an earlier export published them. */
    public record Export(Manifest manifest, Set<String> unchanged) {}

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
     * As above, from an open reader, which stays open, and writing only the files that differ from those in
     * {@code published}, the export of an earlier build, if given. The result summaries are written on a thread
     * of their own while the term shards are: the phrase search that comes first runs on one thread only.
     */
    public static Export export(DirectoryReader reader, Path folder, Optional<Path> published, List<Region> regions,
            List<Office> offices, int threads) throws IOException {
        Numbering numbering = Numbering.of(reader);
        OutputFiles files = new OutputFiles(folder, published);
        ExecutorService summaries = Threads.pool("gongkai-search-summaries", 1);
        try {
            Future<Summaries.Read> read = summaries.submit(() -> Summaries.write(reader, numbering, files));
            TermShards terms = new TermShards(reader, new LiveStatistics(reader), numbering, files, threads);
            int shards = terms.shardCount(SHARD_BYTES);
            int phraseShards = terms.write(shards);
            Facets.write(Threads.result(read, STOPPED), regions, offices, files);
            return new Export(new Manifest(files.version(), shards, phraseShards, numbering.count(Mode.PROJECTS),
                    numbering.count(Mode.INDICATORS), Summaries.PROJECT_CHUNK), files.unchanged());
        } finally {
            Threads.stop(summaries);
        }
    }
}
