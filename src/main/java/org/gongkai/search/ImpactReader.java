package org.gongkai.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Reads a term's impacts from the Lucene index with Lucene's BM25 and norms, over its live documents only. The static
 * export and {@code gongkai search} both rank with it, so they cannot drift apart. Not thread-safe: give each
 * thread its own.
 */
public final class ImpactReader {

    /** Receives each (field, document) that holds the term, with its BM25 score at the field's boost. */
    public interface Visitor {
        /** {@code postings} stands on the document; its positions can be read when they were asked for. */
        void visit(SearchField field, int doc, float score, PostingsEnum postings) throws IOException;
    }

    private final IndexReader reader;
    private final LiveStatistics statistics;
    private final Similarity similarity;
    /** Each field's terms, walked by one enumeration that every term seeks on: empty where the field has none. */
    private final Map<String, Optional<FieldCursor>> cursors = new HashMap<>();

    /**
     * A field's term enumeration and the postings enumerations it hands out, kept from term to term: building them
     * afresh for each of a province's hundreds of thousands of terms cost more than reading the postings.
     */
    private static final class FieldCursor {
        private final TermsEnum terms;
        private PostingsEnum frequencies;
        private PostingsEnum positions;

        FieldCursor(TermsEnum terms) {
            this.terms = terms;
        }

        /** The postings of the term {@link #terms} stands on, reusing the last enumeration of the same kind. */
        PostingsEnum postings(boolean withPositions) throws IOException {
            if (withPositions) {
                positions = terms.postings(positions, PostingsEnum.POSITIONS);
                return positions;
            }
            frequencies = terms.postings(frequencies, PostingsEnum.FREQS);
            return frequencies;
        }
    }

    /** Reads {@code reader} with the {@code statistics} of its live documents, which threads may share. */
    public ImpactReader(IndexReader reader, LiveStatistics statistics) {
        this.reader = reader;
        this.statistics = statistics;
        this.similarity = new IndexSearcher(reader).getSimilarity();
    }

    /** The term's impacts in {@code fields} of one kind on its documents; none when it occurs nowhere. */
    public TermImpacts impacts(String term, SearchField[] fields, SearchRequest.Mode mode, FixedBitSet kind)
            throws IOException {
        Accumulator sums = new Accumulator(reader.maxDoc());
        visit(term, fields, mode, false, (field, doc, score, postings) -> {
            if (kind.get(doc)) {
                sums.add(doc, score);
            }
        });
        return sums.finish();
    }

    /**
     * Visits every (field, document) of the term in one kind's fields, field by field in the order given,
     * documents ascending. BM25's statistics are the kind's own, since each kind indexes under its own names.
     */
    public void visit(String term, SearchField[] fields, SearchRequest.Mode mode, boolean positions, Visitor visitor)
            throws IOException {
        BytesRef bytes = new BytesRef(term);
        for (SearchField field : fields) {
            String name = field.indexName(mode);
            Optional<FieldCursor> cursor = cursor(name);
            if (cursor.isEmpty() || !cursor.get().terms.seekExact(bytes)) {
                continue;
            }
            TermsEnum te = cursor.get().terms;
            TermStatistics termStatistics = statistics.term(name, bytes, te);
            if (termStatistics == null) {
                continue;
            }
            Similarity.SimScorer scorer = similarity.scorer(field.boost(), statistics.collection(name), termStatistics);
            NumericDocValues norms = MultiDocValues.getNormValues(reader, name);
            PostingsEnum postings = cursor.get().postings(positions);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (!statistics.isLive(doc)) {
                    continue;
                }
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                visitor.visit(field, doc, scorer.score(postings.freq(), norm), postings);
            }
        }
    }

    private Optional<FieldCursor> cursor(String name) throws IOException {
        Optional<FieldCursor> known = cursors.get(name);
        if (known == null) {
            Terms terms = MultiTerms.getTerms(reader, name);
            known = terms == null ? Optional.empty() : Optional.of(new FieldCursor(terms.iterator()));
            cursors.put(name, known);
        }
        return known;
    }

    /**
     * Sums a term's field scores per document, in the order they are visited, and quantizes the sums. Reuses
     * its arrays from term to term, clearing only what it touched: a province has hundreds of thousands of terms.
     */
    public static final class Accumulator {
        private final float[] scratch;
        private final FixedBitSet seen;
        private int[] touched = new int[16];
        private int count;

        public Accumulator(int maxDoc) {
            this.scratch = new float[maxDoc];
            this.seen = new FixedBitSet(Math.max(1, maxDoc));
        }

        public void add(int doc, float score) {
            if (seen.getAndSet(doc)) {
                scratch[doc] += score;
            } else {
                scratch[doc] = score;
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = doc;
            }
        }

        /** The quantized impacts of what was added since the last call, documents ascending; then starts afresh. */
        public TermImpacts finish() {
            int[] docs = Arrays.copyOf(touched, count);
            Arrays.sort(docs);
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                scores[i] = scratch[docs[i]];
                seen.clear(docs[i]);
            }
            count = 0;
            return TermImpacts.quantize(docs, scores);
        }
    }
}
