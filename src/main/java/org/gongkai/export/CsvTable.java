package org.gongkai.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one download table as CSV: UTF-8 with a byte order mark, because Excel on Chinese Windows reads a file
 * without one as GBK; RFC 4180 line ends and quoting, left to jackson-dataformat-csv; every cell through
 * {@link CsvCell}, so that no spreadsheet runs a published text as a formula.
 */
final class CsvTable implements AutoCloseable {

    private static final CsvMapper MAPPER = CsvCell.mapper();
    private static final char BOM = '\uFEFF';

    private final Table table;
    private final Writer out;
    private final SequenceWriter rows;

    private CsvTable(Table table, OutputStream stream) throws IOException {
        this.table = table;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(BOM);
        // Jackson flushes after every row by default: one system call a row, a quarter of a million at 20,000
        // projects.
        this.rows = MAPPER.writer(schema(table)).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writeValues(out);
        // The header as a row of its own: the schema's header is only written before a first row, and an empty
        // table still needs one.
        rows.write(table.headers());
    }

    /** Starts a new file: the BOM and the header line. */
    static CsvTable create(Table table, Path file) throws IOException {
        return new CsvTable(table, Files.newOutputStream(file));
    }

    /** The bytes every file of {@code table} starts with, so that files can be joined under one header. */
    static byte[] head(Table table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTable empty = new CsvTable(table, bytes)) {
            // Only the BOM and the header.
        }
        return bytes.toByteArray();
    }

    void row(List<String> values) throws IOException {
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + ": " + values.size() + " values for "
                    + table.columns().size() + " columns");
        }
        rows.write(values);
    }

    @Override
    public void close() throws IOException {
        rows.close();
        out.close();
    }

    private static CsvSchema schema(Table table) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
        for (Column c : table.columns()) {
            b.addColumn(c.name());
        }
        return b.build();
    }
}
