package org.gongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import java.util.Collection;
import java.util.Comparator;
import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.analysis.SearchAnalyzer;

/**
 * Searches the Lucene index: every term of every clause must occur in some text field (or in the clause's own
 * field); a clause of two or more Han characters, or a quoted one, must occur as typed, which the index answers
 * as a phrase: its terms at consecutive positions within one field value. Matches rank by the sum of their
 * terms' {@link TermImpacts}, quantized BM25 that the browser's export carries too, then by URL.
 */
public final class SearchIndex implements Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexLayout layout;
    private final ImpactReader impacts;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    private SearchIndex(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.layout = IndexLayout.of(reader);
        this.impacts = new ImpactReader(reader, new LiveStatistics(reader));
    }

    public static SearchIndex open(Path directory) throws IOException {
        return new SearchIndex(DirectoryReader.open(FSDirectory.open(directory)));
    }

    /** The best {@code request.limit()} hits. */
    public List<SearchHit> search(SearchRequest request) throws IOException {
        return results(request).hits();
    }

    /** The best {@code request.limit()} hits, and how many documents matched in all. */
    public SearchResults results(SearchRequest request) throws IOException {
        FixedBitSet matches = matches(query(request));
        long[] scores = new long[reader.maxDoc()];
        FixedBitSet kind = layout.documents(request.mode());
        for (SearchQuery.Clause clause : request.query().clauses()) {
            SearchField[] fields = fieldsOf(clause, request.mode());
            for (String term : QueryText.terms(analyzer, clause.text())) {
                TermImpacts t = impacts.impacts(term, fields, request.mode(), kind);
                for (int i = 0; i < t.docs().length; i++) {
                    scores[t.docs()[i]] += t.score(i);
                }
            }
        }
        List<Integer> ranked = new ArrayList<>();
        for (int doc = matches.length() == 0 ? NO_MORE_DOCS : matches.nextSetBit(0); doc != NO_MORE_DOCS;
                doc = doc + 1 < matches.length() ? matches.nextSetBit(doc + 1) : NO_MORE_DOCS) {
            ranked.add(doc);
        }
        ranked.sort(Comparator.<Integer>comparingLong(d -> -scores[d]).thenComparingInt(layout::urlRank));
        List<SearchHit> hits = new ArrayList<>();
        for (int doc : ranked.subList(0, Math.min(ranked.size(), Math.max(1, request.limit())))) {
            hits.add(hit(scores[doc], searcher.storedFields().document(doc)));
        }
        return new SearchResults(hits, ranked.size());
    }

    /** Every document the query matches; scoring is ours, not Lucene's, so none is computed. */
    private FixedBitSet matches(Query query) throws IOException {
        FixedBitSet matches = new FixedBitSet(Math.max(1, reader.maxDoc()));
        searcher.search(new ConstantScoreQuery(query), new CollectorManager<Collector, Void>() {
            @Override
            public Collector newCollector() {
                return new SimpleCollector() {
                    private int base;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) {
                        base = context.docBase;
                    }

                    @Override
                    public void collect(int doc) {
                        matches.set(base + doc);
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Void reduce(Collection<Collector> collectors) {
                return null;
            }
        });
        return matches;
    }
    private Query query(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String kind = request.mode() == SearchRequest.Mode.PROJECTS ? SearchIndexWriter.PROJECT : SearchIndexWriter.INDICATOR;
        b.add(new TermQuery(new Term(SearchField.KIND.fieldName(), kind)), Occur.FILTER);
        filter(b, SearchField.OFFICE_ID, request.office());
        filter(b, SearchField.REGION_ID, request.region());
        filter(b, SearchField.YEAR, request.year());
        filter(b, SearchField.LEVEL1, request.level1());
        filter(b, SearchField.LEVEL2, request.level2());
        boolean anyTerm = false;
        for (SearchQuery.Clause clause : request.query().clauses()) {
            SearchField[] fields = fieldsOf(clause, request.mode());
            List<QueryText.Positioned> terms = QueryText.positioned(analyzer, clause.text());
            for (String term : terms.stream().map(QueryText.Positioned::term).distinct().toList()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (SearchField f : fields) {
                    any.add(new BoostQuery(new TermQuery(new Term(f.indexName(request.mode()), term)), f.boost()), Occur.SHOULD);
                }
                b.add(any.build(), Occur.MUST);
                anyTerm = true;
            }
            if (terms.size() > 1 && QueryText.needsExactCheck(clause.text(), clause.quoted())) {
                b.add(phrase(terms, fields, request.mode()), Occur.FILTER);
            }
        }
        if (!anyTerm) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** The fields a clause searches: its own field, or every text field of the kind. */
    private static SearchField[] fieldsOf(SearchQuery.Clause clause, SearchRequest.Mode mode) {
        return clause.field().map(f -> new SearchField[] {f}).orElse(SearchField.textFields(mode));
    }

    private static void filter(BooleanQuery.Builder b, SearchField field, Optional<String> value) {
        value.ifPresent(v -> b.add(new TermQuery(new Term(field.fieldName(), v)), Occur.FILTER));
    }

    /** The clause as typed, in any of its fields: its terms at their positions in one field value. */
    private static Query phrase(List<QueryText.Positioned> terms, SearchField[] fields, SearchRequest.Mode mode) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchField f : fields) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (QueryText.Positioned t : terms) {
                phrase.add(new Term(f.indexName(mode), t.term()), t.position());
            }
            any.add(phrase.build(), Occur.SHOULD);
        }
        return any.build();
    }

    private static SearchHit hit(long score, Document doc) {
        String project = doc.get(SearchField.NAME.fieldName()) != null ? doc.get(SearchField.NAME.fieldName()) : doc.get(SearchIndexWriter.PROJECT_NAME);
        return new SearchHit(score, doc.get(SearchField.URL.fieldName()), doc.get(SearchField.KIND.fieldName()), project, doc.get(SearchIndexWriter.OFFICE_NAME),
                doc.get(SearchIndexWriter.REGION_NAME), doc.get(SearchField.YEAR.fieldName()),
                orEmpty(doc.get(SearchIndexWriter.AMOUNT)), orEmpty(doc.get(SearchField.LEVEL1.fieldName())),
                orEmpty(doc.get(SearchField.LEVEL2.fieldName())), orEmpty(doc.get(SearchIndexWriter.LEVEL3)), orEmpty(doc.get(SearchIndexWriter.VALUE)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
