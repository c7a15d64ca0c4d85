package org.gongkai.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.testing.FormsSite;
import org.gongkai.testing.NoTotalSite;
import org.gongkai.testing.NodeScript;
import org.gongkai.testing.NpmTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data package of the seed site, of the fixture of other provinces' forms and of the one without a total,
 * passes the Frictionless Data validator itself (datapackage-js, from the
 * npm registry, installed under target/ on first use): its descriptor against the tabular-data-package and
 * fiscal-data-package profiles, and every row of its CSV files cast to the types its Table Schema declares.
 */
class FrictionlessValidatorTest {

    private static Path installed;

    record Resource(int rows, List<String> errors) {}

    record Report(String path, List<String> profile, List<String> fiscal, Map<String, Resource> resources) {}

    static Path site;

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        site = BuiltSeedSite.root();
        installed = NpmTools.install("frictionless", "node_modules/datapackage", "validate.js");
    }

    @Test
    void everyPackageAndEveryRowPassesTheFrictionlessValidator(@TempDir Path temp) throws Exception {
        assertValid(site, 1 + 4, "the site's and one per seed disclosure", temp);
    }

    /** The further columns of other provinces' forms, filled: amounts converted from 元, texts with line breaks. */
    @Test
    void theFormsFixturesPackagesPassToo(@TempDir Path temp) throws Exception {
        assertValid(FormsSite.root(), 1 + 1, "the site's and its one disclosure's", temp);
    }

    /** A project whose form printed no total: its empty total is a missing value, not a number that fails to cast. */
    @Test
    void theNoTotalFixturesPackagesPassToo(@TempDir Path temp) throws Exception {
        assertValid(NoTotalSite.root(), 1 + 2, "the site's and one per disclosure", temp);
    }

    private static void assertValid(Path site, int packages, String which, Path temp) throws Exception {
        List<String> descriptors;
        try (Stream<Path> files = Files.walk(site)) {
            descriptors = files.filter(f -> f.getFileName().toString().equals(Downloads.PACKAGE_FILE))
                    .map(f -> f.toAbsolutePath().toString()).sorted().toList();
        }
        assertEquals(packages, descriptors.size(), which);
        List<Report> reports = NodeScript.run(installed.resolve("validate.js").toString(), descriptors,
                new TypeReference<List<Report>>() {}, temp);
        assertEquals(descriptors.size(), reports.size());
        for (Report report : reports) {
            assertEquals(List.of(), report.profile(), report.path());
            assertEquals(List.of(), report.fiscal(), report.path());
            Path folder = Path.of(report.path()).getParent();
            assertEquals(List.of("indicators", "projects"), report.resources().keySet().stream().sorted().toList());
            for (Map.Entry<String, Resource> r : report.resources().entrySet()) {
                assertEquals(List.of(), r.getValue().errors(), report.path() + " " + r.getKey());
                int records = BuiltSeedSite.csv(folder.resolve(r.getKey() + ".csv")).size() - 1;
                assertEquals(records, r.getValue().rows(), report.path() + " " + r.getKey() + ": every row read");
            }
        }
    }
}
