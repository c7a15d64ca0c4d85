package org.gongkai.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * BM25's statistics over the documents that are not deleted, as an index built afresh from the same documents
 * would have them. An incremental build replaces a changed disclosure's documents in place, and Lucene's own
 * statistics count deleted documents until a merge drops them; the ranking, and so the browser's index, must not
 * depend on when Lucene merges. Without deletions these are Lucene's statistics, at no extra cost. Safe to share
 * between threads.
 */
public final class LiveStatistics {

    private final IndexReader reader;
    private final IndexSearcher searcher;
    /** Null when nothing is deleted. */
    private final Bits live;
    /**
     * The deleted documents as runs {@code [starts[i], ends[i])}: an index sorted by URL keeps a replaced
     * disclosure's documents together, so there are few runs, and a term's postings in them are reached by
     * skipping rather than by reading all of its postings.
     */
    private final int[] starts;
    private final int[] ends;
    private final Map<String, FieldStatistics> fields = new ConcurrentHashMap<>();

    private record FieldStatistics(CollectionStatistics statistics) {}

    /** A term's postings in deleted documents: how many, and their frequencies summed. */
    private record Deleted(long docFreq, long totalTermFreq) {}

    public LiveStatistics(IndexReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.live = MultiBits.getLiveDocs(reader);
        IntStream.Builder from = IntStream.builder();
        IntStream.Builder to = IntStream.builder();
        if (live != null) {
            int doc = 0;
            while (doc < reader.maxDoc()) {
                if (live.get(doc)) {
                    doc++;
                    continue;
                }
                from.add(doc);
                while (doc < reader.maxDoc() && !live.get(doc)) {
                    doc++;
                }
                to.add(doc);
            }
        }
        this.starts = from.build().toArray();
        this.ends = to.build().toArray();
    }

    /** Whether {@code doc} is one of the documents these statistics count. */
    public boolean isLive(int doc) {
        return live == null || live.get(doc);
    }

    /**
     * The field's statistics, or null when no live document has it, as {@link IndexSearcher} gives them; worked
     * out once per field, since every term of the field asks for them.
     */
    public CollectionStatistics collection(String field) throws IOException {
        FieldStatistics known = fields.get(field);
        if (known == null) {
            known = new FieldStatistics(
                    steady(live == null ? searcher.collectionStatistics(field) : counted(field)));
            fields.put(field, known);
        }
        return known.statistics();
    }

    /** Steps of the reference length per doubling: each about 4.4% apart. */
    static final int LENGTH_STEPS = 16;

    /**
     * The statistics with BM25's reference length (the average field length) rounded to a step of
     * {@value #LENGTH_STEPS} per doubling. An edit that changes a field's length by a few words then leaves every
     * other document's scores as they were, so that a rebuild can keep the browser index's entries of the terms
     * it did not touch: the exact average moved every score of the field with every edit. A step of a few percent
     * moves no ranking that matters, since every document of the field is measured against the same length.
     */
    private static CollectionStatistics steady(CollectionStatistics exact) {
        if (exact == null) {
            return null;
        }
        double reference = LogSteps.round((double) exact.sumTotalTermFreq() / exact.docCount(), LENGTH_STEPS);
        long sumTotalTermFreq = Math.max(exact.docCount(), Math.round(reference * exact.docCount()));
        return new CollectionStatistics(exact.field(), exact.maxDoc(), exact.docCount(), sumTotalTermFreq,
                Math.min(exact.sumDocFreq(), sumTotalTermFreq));
    }

    /** The statistics of the term on which {@code te} stands, or null when it is in no live document. */
    public TermStatistics term(String field, BytesRef term, TermsEnum te) throws IOException {
        if (live == null) {
            return searcher.termStatistics(new Term(field, term), te.docFreq(), te.totalTermFreq());
        }
        Deleted deleted = deleted(te);
        long docFreq = te.docFreq() - deleted.docFreq();
        return docFreq == 0 ? null
                : new TermStatistics(BytesRef.deepCopyOf(term), docFreq, te.totalTermFreq() - deleted.totalTermFreq());
    }

    /** The number of live documents that hold the term on which {@code te} stands. */
    public int docFreq(TermsEnum te) throws IOException {
        return live == null ? te.docFreq() : (int) (te.docFreq() - deleted(te).docFreq());
    }

    private Deleted deleted(TermsEnum te) throws IOException {
        return deleted(te, null);
    }

    /** A term's postings in the deleted runs, whose documents are also marked in {@code holders} if given. */
    private Deleted deleted(TermsEnum te, FixedBitSet holders) throws IOException {
        PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
        long docFreq = 0;
        long totalTermFreq = 0;
        int doc = -1;
        for (int run = 0; run < starts.length && doc != DocIdSetIterator.NO_MORE_DOCS; run++) {
            if (doc < starts[run]) {
                doc = postings.advance(starts[run]);
            }
            while (doc < ends[run]) {
                if (holders != null) {
                    holders.set(doc);
                }
                docFreq++;
                totalTermFreq += postings.freq();
                doc = postings.nextDoc();
            }
        }
        return new Deleted(docFreq, totalTermFreq);
    }

    /** Lucene's statistics of the field less the deleted documents' part, found term by term. */
    private CollectionStatistics counted(String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return null;
        }
        long sumDocFreq = terms.getSumDocFreq();
        long sumTotalTermFreq = terms.getSumTotalTermFreq();
        FixedBitSet deletedHolders = new FixedBitSet(Math.max(1, reader.maxDoc()));
        TermsEnum te = terms.iterator();
        while (te.next() != null) {
            Deleted deleted = deleted(te, deletedHolders);
            sumDocFreq -= deleted.docFreq();
            sumTotalTermFreq -= deleted.totalTermFreq();
        }
        int docCount = terms.getDocCount() - deletedHolders.cardinality();
        return docCount == 0 ? null
                : new CollectionStatistics(field, reader.numDocs(), docCount, sumTotalTermFreq, sumDocFreq);
    }
}
