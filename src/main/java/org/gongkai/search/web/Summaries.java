package org.gongkai.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.gongkai.search.SearchField;
import org.gongkai.search.SearchIndexWriter;
import org.gongkai.search.SearchRequest.Mode;

/**
 * Writes what a result shows, a chunk of consecutive documents per file: for a project its URL, name, amount,
 * goal and indicator rows (for highlighted snippets and sub-results); for a row its project and category.
 * A project goes alone in its file: the ten results of a page are rarely neighbours, so a neighbour in the
 * same file is almost always paid for and never shown.
 */
final class Summaries {

    static final int PROJECT_CHUNK = 1;
    /** Goals are cut to this many characters: a result shows about 90, and every byte is paid per result. */
    static final int GOAL_CHARS = 120;
    static final int ROW_CHUNK = 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summaries() {}

    static int chunkSize(Mode mode) {
        return mode == Mode.PROJECTS ? PROJECT_CHUNK : ROW_CHUNK;
    }

    /**
     * What the facets need of each document, read in the same pass, since reading stored documents (each a
     * decompression) is most of the export's cost: its disclosure (office/year), and a project's amount or a
     * row's 一级 TAB 二级. Equal texts are one shared string: a province has over a million rows and few
     * disclosures and categories.
     */
    record Facts(String[] disclosures, String[] attributes) {}

    static Facts write(IndexReader reader, Numbering numbering, Mode mode, OutputFiles files) throws IOException {
        StoredFields stored = reader.storedFields();
        int[] docs = numbering.inOrder(mode);
        String[] disclosures = new String[docs.length];
        String[] attributes = new String[docs.length];
        Map<String, String> shared = new HashMap<>();
        int size = chunkSize(mode);
        String folder = mode == Mode.PROJECTS ? "p/d/" : "r/d/";
        for (int start = 0; start < docs.length; start += size) {
            List<List<Object>> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(docs.length, start + size); i++) {
                Document doc = stored.document(docs[i]);
                chunk.add(mode == Mode.PROJECTS ? project(doc) : row(doc));
                String url = doc.get(SearchField.URL.fieldName());
                disclosures[i] = shared.computeIfAbsent(url.substring(0, url.indexOf('/', url.indexOf('/') + 1)),
                        k -> k);
                attributes[i] = shared.computeIfAbsent(mode == Mode.PROJECTS ? doc.get(SearchIndexWriter.AMOUNT)
                        : doc.get(SearchField.LEVEL1.fieldName()) + "\t" + doc.get(SearchField.LEVEL2.fieldName()),
                        k -> k);
            }
            files.write(folder + (start / size) + ".json", JSON.writeValueAsBytes(chunk));
        }
        return new Facts(disclosures, attributes);
    }

    private static List<Object> project(Document doc) {
        // Flat pairs of 三级指标 and 指标值: a row's number is its place in the list, so it is not written.
        List<String> rows = new ArrayList<>();
        for (String row : doc.getValues(SearchIndexWriter.ROW)) {
            String[] cells = row.split("\t", 3);
            rows.add(cells[1]);
            rows.add(cells[2]);
        }
        return List.of(doc.get(SearchField.URL.fieldName()), doc.get(SearchField.NAME.fieldName()),
                doc.get(SearchIndexWriter.AMOUNT), cut(doc.get(SearchField.GOAL.fieldName())), rows);
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= GOAL_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, GOAL_CHARS)) + "…";
    }

    private static List<Object> row(Document doc) {
        return List.of(doc.get(SearchField.URL.fieldName()), doc.get(SearchIndexWriter.PROJECT_NAME),
                doc.get(SearchField.LEVEL1.fieldName()), doc.get(SearchField.LEVEL2.fieldName()),
                doc.get(SearchIndexWriter.LEVEL3), doc.get(SearchIndexWriter.VALUE));
    }
}
