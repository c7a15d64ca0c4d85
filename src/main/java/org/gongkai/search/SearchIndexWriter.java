package org.gongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.parallel.Threads;
import org.gongkai.search.SearchRequest.Mode;
import org.gongkai.search.analysis.SearchAnalyzer;

/**
 * Writes the Lucene index of projects and their indicator rows as disclosures are built, from any number of
 * threads. Each segment is sorted by URL, and searches break ties by URL, so results do not depend on the order
 * the threads happened to add documents in. Only what a result shows is stored (in the command line, and in
 * the browser index's summaries): the exactness check works on positions, not on stored text.
 */
public final class SearchIndexWriter implements Closeable {

    static final String PROJECT = "project";
    static final String INDICATOR = "indicator";
    /**
     * One document per disclosure that holds the hashes of its documents' terms, stored only: a rebuild that
     * replaces the disclosure learns from it which terms the old documents held.
     */
    static final String TERMS = "terms";
    /** The commit's note of the browser export it was published with. */
    private static final String EXPORT = "export";
    /** Stored fields that only display: the 年度资金总额 in 万元, a row's project, 三级 name and value. */
    public static final String AMOUNT = "amount";
    public static final String PROJECT_NAME = "project";
    public static final String LEVEL3 = "level3";
    public static final String VALUE = "value";
    /** Stored apart from the indexed text fields, whose names differ by kind. */
    public static final String OFFICE_NAME = "office_name";
    public static final String REGION_NAME = "region_name";
    /**
     * A project's stored indicator rows, every one in the form's order, empty ones too, each
     * "一级 TAB 二级 TAB 三级 TAB value": the browser's result summaries of both kinds are made of them.
     */
    public static final String ROW = "row";

    private final IndexWriter writer;
    private final TermRecorder recorder = new TermRecorder(new SearchAnalyzer());
    /** The index as the last build committed it, when this build updates it; else empty. */
    private final Optional<DirectoryReader> previous;
    /** The terms of the documents removed and added so far, when updating. */
    private final TermHashes changed = new TermHashes();
    /** The disclosures removed so far, when updating. */
    private final List<IndexChanges.Key> removed = new ArrayList<>();

    private SearchIndexWriter(Path directory, IndexWriterConfig.OpenMode mode, MergePolicy merges) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(recorder)
                .setOpenMode(mode)
                .setMergePolicy(merges)
                // Fewer, larger flushes: most builds add a whole province at once.
                .setRAMBufferSizeMB(256)
                // Nothing is kept unless the build commits: a failed build leaves the last index as it was.
                .setCommitOnClose(false);
        FSDirectory files = FSDirectory.open(directory);
        this.previous = mode == IndexWriterConfig.OpenMode.APPEND ? Optional.of(DirectoryReader.open(files))
                : Optional.empty();
        this.writer = new IndexWriter(files, config);
    }

    /** A new, empty index in {@code directory}. */
    public static SearchIndexWriter create(Path directory) throws IOException {
        return new SearchIndexWriter(directory, IndexWriterConfig.OpenMode.CREATE, new TieredMergePolicy());
    }

    /** The index a previous build left in {@code directory}, to replace some disclosures in. */
    public static SearchIndexWriter update(Path directory) throws IOException {
        return update(directory, new TieredMergePolicy());
    }

    /** As {@link #update(Path)}, merging as {@code merges} says: a test keeps deleted documents in place. */
    static SearchIndexWriter update(Path directory, MergePolicy merges) throws IOException {
        return new SearchIndexWriter(directory, IndexWriterConfig.OpenMode.APPEND, merges);
    }

    /**
     * Removes every document of one office's year, before it is added again or because it is gone, and notes the
     * terms they held.
     */
    public void remove(String officeId, int year) throws IOException {
        if (previous.isPresent()) {
            synchronized (changed) {
                removed.add(new IndexChanges.Key(officeId, year));
            }
            IndexSearcher searcher = new IndexSearcher(previous.get());
            // One such document a disclosure; asking for all hits would size the queue by the whole index.
            for (ScoreDoc hit : searcher.search(disclosure(officeId, year, TERMS), 4).scoreDocs) {
                BytesRef stored = searcher.storedFields().document(hit.doc).getBinaryValue(TERMS);
                synchronized (changed) {
                    changed.addAll(decode(stored));
                }
            }
        }
        writer.deleteDocuments(disclosure(officeId, year, null));
    }

    /** The documents of one office's year, or only those of one kind. */
    static Query disclosure(String officeId, int year, String kind) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchField.OFFICE_ID.fieldName(), officeId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchField.YEAR.fieldName(), String.valueOf(year))),
                        BooleanClause.Occur.FILTER);
        if (kind != null) {
            query.add(new TermQuery(new Term(SearchField.KIND.fieldName(), kind)), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * What this build changed, when it updates an earlier index: only the browser index's entries of the terms
     * and phrases these documents hold can differ from the earlier build's. Empty for a new index. Read it once
     * every disclosure is added.
     */
    public Optional<IndexChanges> changes() {
        return previous.map(before -> new IndexChanges(changed, before, removed));
    }

    /** The note of the browser export the earlier build committed with this index, if it updates one. */
    public Optional<String> previousExport() throws IOException {
        return previous.isEmpty() ? Optional.empty()
                : Optional.ofNullable(previous.get().getIndexCommit().getUserData().get(EXPORT));
    }

    /**
     * Writes what is still buffered in memory as segments, the buffers on up to {@code threads} threads at once.
     * Opening a reader writes them too, but one after another on the calling thread: at 20,000 projects the last two
     * buffers took 2 s and 7 s.
     */
    public void flush(int threads) throws IOException {
        List<Callable<Boolean>> flushers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, threads); i++) {
            flushers.add(() -> {
                while (writer.flushNextBuffer()) {
                    // Each call writes one thread's buffer; another flusher takes the next.
                }
                return true;
            });
        }
        Threads.all("gongkai-index-flush", threads, flushers, "检索索引写入被中断");
    }

    /**
     * A reader of everything added so far. Removed documents may still be in its segments, marked deleted:
     * whatever reads it goes by {@link LiveStatistics}, so that it reads as an index built without them.
     */
    public DirectoryReader reader() throws IOException {
        return DirectoryReader.open(writer);
    }

    /**
     * Keeps what was added and removed with a note of the browser export made from it, and closes; without it,
     * closing discards them.
     */
    public void commit(String export) throws IOException {
        writer.setLiveCommitData(Map.of(EXPORT, export).entrySet());
        writer.commit();
        writer.close();
        closePrevious();
    }

    /** Adds a disclosure's projects and indicator rows; {@code regionName} is the office's region path. */
    public void add(Disclosure d, Office office, List<String> regionIds, String regionName, String yearUrl)
            throws IOException {
        TermHashes terms = new TermHashes();
        recorder.start(terms);
        try {
            addDocuments(d, office, regionIds, regionName, yearUrl);
        } finally {
            recorder.stop();
        }
        Document held = new Document();
        held.add(new StringField(SearchField.KIND.fieldName(), TERMS, Field.Store.NO));
        held.add(new StringField(SearchField.OFFICE_ID.fieldName(), office.id(), Field.Store.NO));
        held.add(new StringField(SearchField.YEAR.fieldName(), String.valueOf(d.year()), Field.Store.NO));
        int[] hashes = terms.toSortedArray();
        held.add(new StoredField(TERMS, encode(hashes)));
        writer.addDocument(held);
        if (previous.isPresent()) {
            synchronized (changed) {
                changed.addAll(hashes);
            }
        }
    }

    /** Four bytes a hash, ascending. */
    private static byte[] encode(int[] hashes) {
        ByteBuffer out = ByteBuffer.allocate(hashes.length * Integer.BYTES);
        out.asIntBuffer().put(hashes);
        return out.array();
    }

    private static int[] decode(BytesRef stored) {
        int[] hashes = new int[stored.length / Integer.BYTES];
        ByteBuffer.wrap(stored.bytes, stored.offset, stored.length).asIntBuffer().get(hashes);
        return hashes;
    }

    private void addDocuments(Disclosure d, Office office, List<String> regionIds, String regionName, String yearUrl)
            throws IOException {
        // In the order of their URLs, which the browser's numbering follows: the export then reads the projects'
        // stored fields in the order they were written, each compressed block once. The index itself is not sorted:
        // sorting every flushed segment by URL cost more than it saved (IndexLayout numbers by URL).
        List<Project> inUrlOrder = d.projects().stream().sorted(Comparator.comparing(p -> p.id() + "/")).toList();
        for (Project p : inUrlOrder) {
            String url = yearUrl + p.id() + "/";
            Document doc = common(Mode.PROJECTS, url, d, office, regionIds, regionName);
            doc.add(new TextField(SearchField.NAME.fieldName(), p.name(), Field.Store.YES));
            // Stored for the browser's result summaries, which show the goal and the matching rows.
            doc.add(new TextField(SearchField.GOAL.fieldName(), p.goal(), Field.Store.YES));
            // The other goals are found as the goal is; only the 年度目标 is stored, for the summaries.
            for (String goal : otherGoals(p.form())) {
                doc.add(new TextField(SearchField.GOAL.fieldName(), goal, Field.Store.NO));
            }
            for (String text : formTexts(p)) {
                doc.add(new TextField(SearchField.FORM.fieldName(), text, Field.Store.NO));
            }
            for (int i = 0; i < p.indicators().size(); i++) {
                IndicatorRow row = p.indicators().get(i);
                doc.add(new TextField(SearchField.INDICATOR.fieldName(), indicatorText(row), Field.Store.NO));
                doc.add(new StoredField(ROW,
                        row.level1() + "\t" + row.level2() + "\t" + row.level3() + "\t" + row.value()));
            }
            doc.add(new StoredField(AMOUNT, amountInWan(p)));
            writer.addDocument(doc);
            List<IndicatorRow> rows = p.indicators();
            for (int i = 0; i < rows.size(); i++) {
                IndicatorRow row = rows.get(i);
                if (row.isEmpty()) {
                    continue;
                }
                Document r = common(Mode.INDICATORS, url + "#r" + (i + 1), d, office, regionIds, regionName);
                // Found by its project's name too (12345 finds the rows of 12345 热线 projects), indexed under the rows'
                // own field name so that BM25 counts rows among rows; stored under a name of its own for the hits.
                r.add(new TextField(SearchField.NAME.indexName(Mode.INDICATORS), p.name(), Field.Store.NO));
                r.add(new StoredField(PROJECT_NAME, p.name()));
                r.add(new TextField(SearchField.INDICATOR.indexName(Mode.INDICATORS), indicatorText(row), Field.Store.NO));
                r.add(new StoredField(LEVEL3, row.level3()));
                r.add(new StoredField(VALUE, row.value()));
                r.add(new StringField(SearchField.LEVEL1.fieldName(), row.level1(), Field.Store.YES));
                r.add(new StringField(SearchField.LEVEL2.fieldName(), row.level2(), Field.Store.YES));
                writer.addDocument(r);
            }
        }
    }

    /**
     * The 年度资金总额 in 万元 as the pages print it, for the results of the search page and the command line; empty
     * where the form printed none, which hits show as 金额未列出.
     */
    static String amountInWan(Project p) {
        return p.funds().totalPrintedInWan().orElse("");
    }

    /**
     * The text an indicator row is found by: its 三级 name, its published value, and the further columns that hold
     * words (计量单位, 绩效标准, 备注), not the codes and scores that nearly every row of such a form has.
     */
    static String indicatorText(IndicatorRow row) {
        StringBuilder text = new StringBuilder(row.level3()).append(' ').append(row.value());
        for (IndicatorColumns.Column column : IndicatorColumns.Column.values()) {
            if (column.words()) {
                row.columns().get(column).ifPresent(t -> text.append(' ').append(t));
            }
        }
        return text.toString();
    }

    /** 总体目标 and 长期目标, where the form prints them. */
    static List<String> otherGoals(ProjectForm form) {
        return Stream.of(form.periodGoal(), form.longTermGoal()).flatMap(Optional::stream).toList();
    }

    /**
     * What a project's page shows beyond its name, goals and rows, each a value of its own so that a phrase is not
     * found across two: its 主管部门 and 实施单位 (人民来访接待中心 is found by 接待), the names of its rows' 一级 and
     * 二级 indicators, once each (a project whose rows stand under 满意度指标 is found by 满意度), and its form's
     * further texts.
     */
    static List<String> formTexts(Project p) {
        List<String> texts = new ArrayList<>();
        // The names alone: a label on every project would make 实施单位 find them all.
        texts.add(p.department().name());
        texts.add(p.implementer());
        Set<String> levels = new LinkedHashSet<>();
        for (IndicatorRow row : p.indicators()) {
            levels.add(row.level1());
            levels.add(row.level2());
        }
        levels.stream().filter(level -> !level.isBlank()).forEach(texts::add);
        texts.addAll(formTexts(p.form()));
        return texts;
    }

    /** The form's further texts, each a value of its own: a phrase is not found across two of them. */
    static List<String> formTexts(ProjectForm form) {
        List<String> texts = new ArrayList<>();
        Stream.of(form.title(), form.category(), form.division(), form.overview()).flatMap(Optional::stream)
                .forEach(texts::add);
        for (FormRow row : form.rows()) {
            texts.add(row.label() + " " + row.text());
        }
        for (FormRow row : form.after()) {
            texts.add(row.label() + " " + row.text());
        }
        return texts;
    }

    private static Document common(Mode mode, String url, Disclosure d, Office office, List<String> regionIds,
            String regionName) {
        Document doc = new Document();
        String kind = mode == Mode.PROJECTS ? PROJECT : INDICATOR;
        doc.add(new StringField(SearchField.KIND.fieldName(), kind, Field.Store.YES));
        doc.add(new StringField(SearchField.URL.fieldName(), url, Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchField.URL.fieldName(), new BytesRef(url)));
        doc.add(new StringField(SearchField.OFFICE_ID.fieldName(), office.id(), Field.Store.YES));
        doc.add(new TextField(SearchField.OFFICE.indexName(mode), office.name(), Field.Store.NO));
        doc.add(new StoredField(OFFICE_NAME, office.name()));
        // Every region on the path, so that a filter on 六安市 also finds the offices of 叶集区.
        for (String id : regionIds) {
            doc.add(new StringField(SearchField.REGION_ID.fieldName(), id, Field.Store.YES));
        }
        doc.add(new TextField(SearchField.REGION.indexName(mode), regionName, Field.Store.NO));
        doc.add(new StoredField(REGION_NAME, regionName));
        doc.add(new StringField(SearchField.YEAR.fieldName(), String.valueOf(d.year()), Field.Store.YES));
        return doc;
    }

    /** Discards whatever was not committed; does nothing after {@link #commit}. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
        } finally {
            closePrevious();
        }
    }

    private void closePrevious() throws IOException {
        if (previous.isPresent()) {
            previous.get().close();
        }
    }
}
