package org.gongkai.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Reads a term's impacts from the Lucene index with Lucene's own BM25 statistics and norms. The static
 * export and {@code gongkai search} both rank with it, so they cannot drift apart. Not thread-safe: it reuses
 * one score array the size of the index.
 */
public final class ImpactReader {

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final float[] scratch;
    private final FixedBitSet seen;

    public ImpactReader(IndexReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.scratch = new float[reader.maxDoc()];
        this.seen = new FixedBitSet(Math.max(1, reader.maxDoc()));
    }

    /** The term's impacts in {@code fields} on the documents of {@code kind}; none when it occurs nowhere. */
    public TermImpacts impacts(String term, SearchField[] fields, FixedBitSet kind) throws IOException {
        BytesRef bytes = new BytesRef(term);
        int[] touched = new int[16];
        int count = 0;
        for (SearchField field : fields) {
            Terms terms = MultiTerms.getTerms(reader, field.fieldName());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) {
                continue;
            }
            CollectionStatistics collection = searcher.collectionStatistics(field.fieldName());
            TermStatistics statistics = searcher.termStatistics(new Term(field.fieldName(), bytes), te.docFreq(),
                    te.totalTermFreq());
            Similarity.SimScorer scorer = searcher.getSimilarity().scorer(field.boost(), collection, statistics);
            NumericDocValues norms = MultiDocValues.getNormValues(reader, field.fieldName());
            PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (!kind.get(doc)) {
                    continue;
                }
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                float score = scorer.score(postings.freq(), norm);
                if (seen.getAndSet(doc)) {
                    scratch[doc] += score;
                } else {
                    scratch[doc] = score;
                    touched = grow(touched, count + 1);
                    touched[count++] = doc;
                }
            }
        }
        int[] docs = Arrays.copyOf(touched, count);
        Arrays.sort(docs);
        float[] scores = new float[count];
        for (int i = 0; i < count; i++) {
            scores[i] = scratch[docs[i]];
            // Clear only what was set: clearing the whole set for each of a province's terms would be quadratic.
            seen.clear(docs[i]);
        }
        return TermImpacts.quantize(docs, scores);
    }

    private static int[] grow(int[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
