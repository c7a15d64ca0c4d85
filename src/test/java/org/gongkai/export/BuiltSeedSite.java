package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.site.BuildResult;
import org.gongkai.testing.SiteFiles;

/** The bundled content built for the open-data tests, and the reading of its CSV files with jackson-csv. */
final class BuiltSeedSite {

    static final Path CONTENT = Path.of("content");

    private static Path site;

    private BuiltSeedSite() {}

    /** The built site, built on first use, shared by the open-data tests, and removed when the JVM exits. */
    static synchronized Path root() throws IOException {
        if (site == null) {
            Path temp = Files.createTempDirectory("gongkai-opendata-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temp)));
            Path out = temp.resolve("site");
            BuildResult result = SiteFiles.build(CONTENT, out);
            assertTrue(result.published(), () -> result.findings().sorted().toString());
            site = out;
        }
        return site;
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

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }
}
