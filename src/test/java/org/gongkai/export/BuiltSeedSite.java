package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.SeedSite;

/** The seed site for the open-data tests, and the reading of its CSV files with jackson-csv. */
final class BuiltSeedSite {

    private BuiltSeedSite() {}

    /** The seed site every read-only test shares, built once per run. */
    static Path root() throws IOException {
        return SeedSite.root();
    }

    /** A CSV file's rows, header first; fails unless the file starts with a UTF-8 byte order mark. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF, file + " starts with a UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        }
    }
}
