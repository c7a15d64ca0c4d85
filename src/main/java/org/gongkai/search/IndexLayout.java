package org.gongkai.search;

import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents of the index are projects and which are indicator rows, and each document's place in URL
 * order. The index is not merged into one sorted segment, so this order, not Lucene's doc ids, is what the
 * browser's numbering and every tie-break follow.
 */
public final class IndexLayout {

    private final FixedBitSet projects;
    private final FixedBitSet rows;
    private final int[] urlRank;
    private final SortedDocValues urls;

    private IndexLayout(FixedBitSet projects, FixedBitSet rows, int[] urlRank, SortedDocValues urls) {
        this.projects = projects;
        this.rows = rows;
        this.urlRank = urlRank;
        this.urls = urls;
    }

    public static IndexLayout of(IndexReader reader) throws IOException {
        int max = Math.max(1, reader.maxDoc());
        FixedBitSet projects = kind(reader, SearchIndexWriter.PROJECT, max);
        FixedBitSet rows = kind(reader, SearchIndexWriter.INDICATOR, max);
        int[] rank = new int[reader.maxDoc()];
        SortedDocValues urls = MultiDocValues.getSortedValues(reader, SearchField.URL.fieldName());
        for (int doc = 0; doc < rank.length; doc++) {
            // Ordinals of one index-wide view follow the URLs' byte order, which for ASCII URLs is String order.
            rank[doc] = urls != null && urls.advanceExact(doc) ? urls.ordValue() : Integer.MAX_VALUE;
        }
        return new IndexLayout(projects, rows, rank, urls);
    }

    /** The live documents of one kind: a deleted one is neither, as in an index built without it. */
    private static FixedBitSet kind(IndexReader reader, String kind, int max) throws IOException {
        FixedBitSet set = new FixedBitSet(max);
        Bits live = MultiBits.getLiveDocs(reader);
        Terms terms = MultiTerms.getTerms(reader, SearchField.KIND.fieldName());
        if (terms == null) {
            return set;
        }
        TermsEnum te = terms.iterator();
        if (te.seekExact(new BytesRef(kind))) {
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    set.set(doc);
                }
            }
        }
        return set;
    }

    /** The documents of one kind: projects, or indicator rows. */
    public FixedBitSet documents(SearchRequest.Mode mode) {
        return mode == SearchRequest.Mode.PROJECTS ? projects : rows;
    }

    /**
     * A checksum of the URLs of {@code docs}, in the order given: two indexes whose documents have the same URLs in
     * the same order number them alike, whatever their Lucene ids.
     */
    public long urlChecksum(int[] docs) throws IOException {
        // Two different checksums side by side: 64 bits, so that a rebuild never takes another numbering for its own.
        CRC32 crc = new CRC32();
        CRC32C other = new CRC32C();
        if (urls == null) {
            return 0;
        }
        for (int doc : docs) {
            BytesRef url = urls.lookupOrd(urlRank[doc]);
            crc.update(url.bytes, url.offset, url.length);
            crc.update('\n');
            other.update(url.bytes, url.offset, url.length);
            other.update('\n');
        }
        return crc.getValue() << 32 | other.getValue();
    }

    /** The document's place among all URLs; every ranking breaks equal scores by it. */
    public int urlRank(int doc) {
        return urlRank[doc];
    }
}
