package org.gongkai.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchIndexWriter;
import org.gongkai.search.SearchRequest.Mode;

/**
 * Writes what a result shows, a chunk of consecutive projects per file: a project's URL, name, amount, goal and
 * indicator rows. An indicator row's result is drawn from its project's summary, found through {@code r/rows.bin}
 * (how many rows each project has): a file of row summaries would repeat each project's name in every row, and
 * at 20,000 projects made 32,000 files of the export's 74,000.
 */
final class Summaries {

    /**
     * Projects a file: the ten results of a page are rarely neighbours, so a neighbour in the same file is almost
     * always paid for and never shown, but every file is a cost to publish (measured at 1,000 projects: the
     * export's 4,200 files took half the build's system time).
     */
    static final int PROJECT_CHUNK = 2;
    /** Goals are cut to this many characters: a result shows about 90, and every byte is paid per result. */
    static final int GOAL_CHARS = 120;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summaries() {}

    /**
     * What the facets need of each document of one kind, in browser order: its disclosure (office/year), and a
     * project's amount or a row's 一级 TAB 二级. Equal texts are one shared string: a province has over a million
     * rows and few disclosures and categories.
     */
    record Facts(String[] disclosures, String[] attributes) {}

    /**
     * The facts of both kinds, and every 一级 TAB 二级 pair of a live row in the order the summaries first name it:
     * the facets' categories, whose places the summaries and {@code r/attrs.bin} give.
     */
    record Read(Facts projects, Facts rows, List<String> levels) {}

    /**
     * Writes the projects' summaries and {@code r/rows.bin} (each project's number of indicator rows, a varint each,
     * in browser order), and returns the facets' facts, all in one pass over the projects' stored fields. A
     * project's rows follow it in browser order, in the order of their URLs ({@code #r1}, {@code #r10}, {@code #r2}
     * …): no row's own stored fields are read.
     */
    static Read write(IndexReader reader, Numbering numbering, OutputFiles files) throws IOException {
        StoredFields stored = reader.storedFields();
        int[] docs = numbering.inOrder(Mode.PROJECTS);
        int rowCount = numbering.count(Mode.INDICATORS);
        String[] projectDisclosures = new String[docs.length];
        String[] amounts = new String[docs.length];
        String[] rowDisclosures = new String[rowCount];
        String[] categories = new String[rowCount];
        Map<String, String> shared = new HashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        ByteOutput counts = new ByteOutput();
        int row = 0;
        for (int start = 0; start < docs.length; start += PROJECT_CHUNK) {
            List<List<Object>> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(docs.length, start + PROJECT_CHUNK); i++) {
                Document doc = stored.document(docs[i]);
                String url = doc.get(SearchField.URL.fieldName());
                String disclosure = shared.computeIfAbsent(
                        url.substring(0, url.indexOf('/', url.indexOf('/') + 1)), k -> k);
                projectDisclosures[i] = disclosure;
                amounts[i] = shared.computeIfAbsent(doc.get(SearchIndexWriter.AMOUNT), k -> k);
                String[][] rows = rows(doc);
                chunk.add(project(doc, rows, levels));
                int[] inUrlOrder = inUrlOrder(rows);
                counts.writeVarint(inUrlOrder.length);
                for (int place : inUrlOrder) {
                    if (row == rowCount) {
                        throw new IllegalStateException("search index: more stored rows than indicator documents");
                    }
                    rowDisclosures[row] = disclosure;
                    categories[row++] = shared.computeIfAbsent(category(rows[place]), k -> k);
                }
            }
            files.write("p/d/" + (start / PROJECT_CHUNK) + ".json", JSON.writeValueAsBytes(chunk));
        }
        if (row != rowCount) {
            throw new IllegalStateException("search index: " + row + " stored rows for " + rowCount + " documents");
        }
        files.write("r/rows.bin", counts.toByteArray());
        return new Read(new Facts(projectDisclosures, amounts), new Facts(rowDisclosures, categories),
                List.copyOf(levels.keySet()));
    }

    private static String category(String[] row) {
        return row[0] + "\t" + row[1];
    }

    /** A project's rows in the form's order, each {一级, 二级, 三级, value}. */
    private static String[][] rows(Document doc) {
        String[] stored = doc.getValues(SearchIndexWriter.ROW);
        String[][] rows = new String[stored.length][];
        for (int i = 0; i < stored.length; i++) {
            rows[i] = stored[i].split("\t", 4);
        }
        return rows;
    }

    private static boolean empty(String[] row) {
        return row[2].isEmpty() && row[3].isEmpty();
    }

    /**
     * The places of the rows that are documents of their own (the empty ones are not), in the order of their
     * URLs, which end in {@code #r} and the row's number: as text, so 10 comes before 2.
     */
    static int[] inUrlOrder(String[][] rows) {
        return IntStream.range(0, rows.length)
                .filter(i -> !empty(rows[i]))
                .boxed()
                .sorted((a, b) -> Integer.toString(a + 1).compareTo(Integer.toString(b + 1)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * [url, name, amount, goal, rows], with rows as flat triples of 三级指标, 指标值 and the row's category (its
     * place in {@code levels}, which a category joins when first named), -1 for an empty row: a row's number is its
     * place, so it is not written.
     */
    private static List<Object> project(Document doc, String[][] rows, Map<String, Integer> levels) {
        List<Object> flat = new ArrayList<>(rows.length * 3);
        for (String[] row : rows) {
            flat.add(row[2]);
            flat.add(row[3]);
            flat.add(empty(row) ? -1 : levels.computeIfAbsent(category(row), k -> levels.size()));
        }
        return List.of(doc.get(SearchField.URL.fieldName()), doc.get(SearchField.NAME.fieldName()),
                doc.get(SearchIndexWriter.AMOUNT), cut(doc.get(SearchField.GOAL.fieldName())), flat);
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= GOAL_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, GOAL_CHARS)) + "…";
    }
}
