package org.gongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.analysis.SearchAnalyzer;

/**
 * Searches the Lucene index with BM25: every term of every clause must occur in some text field (or in the
 * clause's own field), each field scored at its boost; then a clause of two or more Han characters, or a
 * quoted one, must occur in the hit's text exactly as typed.
 */
public final class SearchIndex implements Closeable {

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
        Query query = query(request);
        // Candidates beyond the limit, since the exactness check may still drop some; ties in URL order.
        TopDocs top = searcher.search(query, Math.max(1, reader.maxDoc()));
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            if (exact(request.query(), doc)) {
                hits.add(hit(sd.score, doc));
                if (hits.size() >= request.limit()) {
                    break;
                }
            }
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
            for (String term : QueryText.terms(analyzer, clause.text())) {
                BooleanQuery.Builder fields = new BooleanQuery.Builder();
                for (SearchField f : clause.field().map(x -> new SearchField[] {x}).orElse(SearchField.TEXT)) {
                    fields.add(new BoostQuery(new TermQuery(new Term(f.fieldName(), term)), f.boost()), Occur.SHOULD);
                }
                b.add(fields.build(), Occur.MUST);
                anyTerm = true;
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

    /** Each clause that must match as typed does so in the fields it searches. */
    private static boolean exact(SearchQuery query, Document doc) {
        for (SearchQuery.Clause clause : query.clauses()) {
            if (!QueryText.needsExactCheck(clause.text(), clause.quoted())) {
                continue;
            }
            String wanted = QueryText.comparable(clause.text());
            boolean found = false;
            for (SearchField f : clause.field().map(x -> new SearchField[] {x}).orElse(SearchField.TEXT)) {
                for (IndexableField value : doc.getFields(f.fieldName())) {
                    if (value.stringValue() != null && QueryText.comparable(value.stringValue()).contains(wanted)) {
                        found = true;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
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
