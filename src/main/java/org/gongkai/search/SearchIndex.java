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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.analysis.SearchAnalyzer;

/**
 * Searches the Lucene index with BM25: every term of every clause must occur in some text field (or in the
 * clause's own field), each field scored at its boost; and a clause of two or more Han characters, or a quoted
 * one, must occur as typed, which the index answers as a phrase: its terms at consecutive positions within
 * one field value. The phrase filters and does not score, so the ranking is the sum of the terms' BM25.
 */
public final class SearchIndex implements Closeable {

    /** Equal scores in URL order, so that results never depend on how the index was segmented. */
    private static final Sort BY_SCORE_THEN_URL = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchField.URL.fieldName(), SortField.Type.STRING));

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    private SearchIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    public static SearchIndex open(Path directory) throws IOException {
        return new SearchIndex(DirectoryReader.open(FSDirectory.open(directory)));
    }

    public List<SearchHit> search(SearchRequest request) throws IOException {
        TopDocs top = searcher.search(query(request), Math.max(1, request.limit()), BY_SCORE_THEN_URL, true);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(sd.score, searcher.storedFields().document(sd.doc)));
        }
        return hits;
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
            SearchField[] fields = clause.field().map(x -> new SearchField[] {x}).orElse(SearchField.TEXT);
            List<QueryText.Positioned> terms = QueryText.positioned(analyzer, clause.text());
            for (String term : terms.stream().map(QueryText.Positioned::term).distinct().toList()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (SearchField f : fields) {
                    any.add(new BoostQuery(new TermQuery(new Term(f.fieldName(), term)), f.boost()), Occur.SHOULD);
                }
                b.add(any.build(), Occur.MUST);
                anyTerm = true;
            }
            if (terms.size() > 1 && QueryText.needsExactCheck(clause.text(), clause.quoted())) {
                b.add(phrase(terms, fields), Occur.FILTER);
            }
        }
        if (!anyTerm) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, SearchField field, Optional<String> value) {
        value.ifPresent(v -> b.add(new TermQuery(new Term(field.fieldName(), v)), Occur.FILTER));
    }

    /** The clause as typed, in any of its fields: its terms at their positions in one field value. */
    private static Query phrase(List<QueryText.Positioned> terms, SearchField[] fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchField f : fields) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (QueryText.Positioned t : terms) {
                phrase.add(new Term(f.fieldName(), t.term()), t.position());
            }
            any.add(phrase.build(), Occur.SHOULD);
        }
        return any.build();
    }

    private static SearchHit hit(float score, Document doc) {
        String project = doc.get(SearchField.NAME.fieldName()) != null ? doc.get(SearchField.NAME.fieldName()) : doc.get("project");
        return new SearchHit(score, doc.get(SearchField.URL.fieldName()), doc.get(SearchField.KIND.fieldName()), project, doc.get(SearchField.OFFICE.fieldName()),
                doc.get(SearchField.REGION.fieldName()), doc.get(SearchField.YEAR.fieldName()),
                orEmpty(doc.get("amount")), orEmpty(doc.get(SearchField.LEVEL1.fieldName())),
                orEmpty(doc.get(SearchField.LEVEL2.fieldName())), orEmpty(doc.get("level3")), orEmpty(doc.get("value")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
