package org.gongkai.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    /** The facts of both kinds, and every 一级 TAB 二级 pair of a live row, in order: the facets' categories. */
    record Read(Facts projects, Facts rows, List<String> levels) {}

    /**
     * Reads the facts from the projects' stored fields alone. A project's rows follow it in browser order, in the
     * order of their URLs ({@code #r1}, {@code #r10}, {@code #r2} …): no row's own stored fields are read.
     */
    static Read read(IndexReader reader, Numbering numbering) throws IOException {
        StoredFields stored = reader.storedFields();
        int[] docs = numbering.inOrder(Mode.PROJECTS);
        int rowCount = numbering.count(Mode.INDICATORS);
        String[] projectDisclosures = new String[docs.length];
        String[] amounts = new String[docs.length];
        String[] rowDisclosures = new String[rowCount];
        String[] categories = new String[rowCount];
        Map<String, String> shared = new HashMap<>();
        int row = 0;
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i]);
            String url = doc.get(SearchField.URL.fieldName());
            String disclosure = shared.computeIfAbsent(url.substring(0, url.indexOf('/', url.indexOf('/') + 1)),
                    k -> k);
            projectDisclosures[i] = disclosure;
            amounts[i] = shared.computeIfAbsent(doc.get(SearchIndexWriter.AMOUNT), k -> k);
            String[][] rows = rows(doc);
            for (int place : inUrlOrder(rows)) {
                if (row == rowCount) {
                    throw new IllegalStateException("search index: more stored rows than indicator documents");
                }
                rowDisclosures[row] = disclosure;
                categories[row++] = shared.computeIfAbsent(rows[place][0] + "\t" + rows[place][1], k -> k);
            }
        }
        if (row != rowCount) {
            throw new IllegalStateException("search index: " + row + " stored rows for " + rowCount + " documents");
        }
        return new Read(new Facts(projectDisclosures, amounts), new Facts(rowDisclosures, categories),
                List.copyOf(new TreeSet<>(Arrays.asList(categories))));
    }

    /**
     * Writes the projects' summaries, a row's category as its place in {@code levels}, and {@code r/rows.bin}:
     * each project's number of indicator rows, a varint each, in browser order.
     */
    static void write(IndexReader reader, Numbering numbering, List<String> levels, OutputFiles files)
            throws IOException {
        Map<String, Integer> level = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            level.put(levels.get(i), i);
        }
        StoredFields stored = reader.storedFields();
        int[] docs = numbering.inOrder(Mode.PROJECTS);
        ByteOutput counts = new ByteOutput();
        for (int start = 0; start < docs.length; start += PROJECT_CHUNK) {
            List<List<Object>> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(docs.length, start + PROJECT_CHUNK); i++) {
                Document doc = stored.document(docs[i]);
                String[][] rows = rows(doc);
                chunk.add(project(doc, rows, level));
                counts.writeVarint(inUrlOrder(rows).length);
            }
            files.write("p/d/" + (start / PROJECT_CHUNK) + ".json", JSON.writeValueAsBytes(chunk));
        }
        files.write("r/rows.bin", counts.toByteArray());
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
     * [url, name, amount, goal, rows], with rows as flat triples of 三级指标, 指标值 and the row's category, -1
     * for an empty row: a row's number is its place, so it is not written.
     */
    private static List<Object> project(Document doc, String[][] rows, Map<String, Integer> level) {
        List<Object> flat = new ArrayList<>(rows.length * 3);
        for (String[] row : rows) {
            flat.add(row[2]);
            flat.add(row[3]);
            flat.add(empty(row) ? -1 : level.get(row[0] + "\t" + row[1]));
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
