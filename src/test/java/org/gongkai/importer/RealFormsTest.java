package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.gongkai.content.model.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real target tables published by offices in other provinces (src/test/resources/importer/real, with their
 * sources in SOURCES.md) import to what their golden files hold: the year file for review, headed by the report of
 * every part that could not be placed. Run with -Dgongkai.regenerate=true to rewrite the golden files after a
 * deliberate change, then review the diff against the documents.
 */
class RealFormsTest {

    private static final Path REAL = Path.of("src/test/resources/importer/real");

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void importsAsItsGoldenFileHolds(String name) throws IOException {
        ImportResult result = imported(name);
        String review = ImportReport.forReview(result, name);
        Path golden = REAL.resolve("expected").resolve(name.replace(".txt", ".yaml"));
        if (Boolean.getBoolean("gongkai.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, review, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), review);
    }

    /**
     * What the documents this importer was last extended for print, read off their text by hand rather than from a
     * golden file: each project's name (the 二级 project where a form names its program too), 年度资金总额 as printed
     * (empty where it cannot be read), and the number of indicators the text gives.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10-jiayuguan-bowuguan-2023.txt   | 博物馆纪念馆市级免费开放补助资金:20:10 ; 博物馆提升改造项目::0
            13-ezhou-bangong-dalou-2022.txt  | 滨湖大胆办公大楼运行保障::6
            15-tongxin-huangjinmi-2023.txt   | 下马关镇设施农业黄金蜜(葡萄)种植项目:50:10
            20-nanyue-fupin-jidi-2018.txt    | 2018年市级专项扶贫资金基础设施(人大代表扶贫基地):10:16
            """)
    void projectsAreWhatTheDocumentPrints(String name, String projects) throws IOException {
        List<String> read = imported(name).disclosure().orElseThrow().projects().stream().map(p -> p.name() + ":"
                + p.funds().total().map(Money::printed).orElse("") + ":" + p.indicators().size()).toList();
        assertEquals(Stream.of(projects.split(";")).map(String::strip).toList(), read);
    }

    private static ImportResult imported(String name) throws IOException {
        String text = Files.readString(REAL.resolve(name), StandardCharsets.UTF_8);
        // The budget year, as SOURCES.md gives it and the publisher would with --year: used only where the document
        // names none.
        int year = Integer.parseInt(name.replaceAll(".*-([0-9]{4})\\.txt$", "$1"));
        return new DocumentImporter().importDocument(text, name, "real", OptionalInt.of(year));
    }
}
