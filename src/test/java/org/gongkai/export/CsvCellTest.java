package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spreadsheet-formula rule as a table of exact cells (src/test/resources/export/csv-cells.json), the same
 * table through the browser's csv.js in Node, and the mapper that applies it to every text a CSV file holds.
 */
class CsvCellTest {

    /** One row of the table: the published text, the cell a CSV file holds for it, and whether it starts a formula. */
    record Case(String why, String text, String cell, boolean formula) {}

    @TempDir
    Path temp;

    static List<Case> cases() {
        try {
            return new ObjectMapper().readValue(CsvCellTest.class.getResource("/export/csv-cells.json"),
                    new TypeReference<List<Case>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void protectsExactlyTheCellsOfTheTableAndUndoesItExactly() {
        for (Case c : cases()) {
            String shown = "«" + c.text() + "»";
            assertEquals(c.cell(), CsvCell.protect(c.text()), shown);
            assertEquals(c.text(), CsvCell.original(c.cell()), shown);
            assertEquals(c.formula(), CsvCell.startsFormula(c.text()), shown);
        }
    }

    @Test
    void browserScriptGivesTheSameCellsInNode() throws IOException, InterruptedException {
        List<String> texts = cases().stream().map(Case::text).toList();
        List<List<Object>> js = NodeScript.run("src/test/js/csv-cells.js", texts, new TypeReference<>() {}, temp);
        assertEquals(texts.size(), js.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            assertEquals(List.of(CsvCell.protect(text), CsvCell.original(CsvCell.protect(text)), CsvCell.startsFormula(text)),
                    js.get(i), "«" + text + "»");
        }
    }

    /** Written the way both writers use the mapper: rows of texts, and records whose numbers stay numbers. */
    @JsonPropertyOrder({"score", "name", "amount"})
    record Hit(long score, String name, String amount) {}

    @Test
    void mapperProtectsListElementsAndRecordFieldsButNotNumbers() throws IOException {
        CsvSchema plain = CsvSchema.builder().addColumn("a").addColumn("b").addColumn("c").build();
        String row = CsvCell.mapper().writer(plain).writeValueAsString(List.of("=1+1", "-0.50", "@x"));
        assertEquals(List.of(List.of("'=1+1", "-0.50", "'@x")), read(row));
        CsvSchema hits = CsvCell.mapper().schemaFor(Hit.class).withHeader();
        String table = CsvCell.mapper().writer(hits).writeValueAsString(List.of(new Hit(-3, "-甲", "-12.90")));
        assertEquals(List.of(List.of("score", "name", "amount"), List.of("-3", "'-甲", "-12.90")), read(table));
    }

    private static List<List<String>> read(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }
}
