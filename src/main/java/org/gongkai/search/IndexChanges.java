package org.gongkai.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * What an incremental build changed in the index it updates: the hashes of the terms of every document it removed
 * or added, the index as the last build committed it, and the disclosures it replaced. The browser export works out
 * again only what these touch.
 *
 * @param before   the index as the last build committed it; open until the writer commits or closes
 * @param replaced the disclosures removed, most added again
 */
public record IndexChanges(TermHashes terms, IndexReader before, List<Key> replaced) {

    /** One office's year. */
    public record Key(String officeId, int year) {}

    public IndexChanges {
        replaced = List.copyOf(replaced);
    }

    /** The Lucene ids, in {@link #before}, of the replaced disclosures' documents as the last build left them. */
    public FixedBitSet oldDocuments() throws IOException {
        return documents(before);
    }

    /** The Lucene ids, in {@code now}, of the replaced disclosures' documents as this build added them. */
    public FixedBitSet newDocuments(IndexReader now) throws IOException {
        return documents(now);
    }

    private FixedBitSet documents(IndexReader reader) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        for (Key key : replaced) {
            Weight weight = searcher.createWeight(
                    searcher.rewrite(SearchIndexWriter.disclosure(key.officeId(), key.year(), null)),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        out.set(leaf.docBase + doc);
                    }
                }
            }
        }
        return out;
    }
}
