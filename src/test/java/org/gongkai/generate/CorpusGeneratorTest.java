package org.gongkai.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.build.BuildResult;
import org.gongkai.check.ContentCheck;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.site.SiteRenderer;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus: byte for byte the same for the same shape and seed, exactly the size asked for, and read by
 * the real loader and checker without an error or a warning, with the variety the search benchmarks rely on.
 */
class CorpusGeneratorTest {

    private static final CorpusShape SMALL = new CorpusShape(3, 5, 2, 7);

    @TempDir
    Path temp;

    private Path generate(CorpusShape shape, String name) throws IOException {
        Path dir = temp.resolve(name);
        new CorpusGenerator(shape).write(dir);
        return dir;
    }

    /** Every disclosure of a content directory, loaded without a finding of any kind. */
    private static List<Disclosure> load(Path dir) {
        ContentLoader loader = new ContentLoader(dir);
        Findings findings = new Findings();
        Catalog catalog = loader.catalog(findings).orElseThrow(() -> new AssertionError(findings.sorted()));
        List<Disclosure> out = new ArrayList<>();
        for (DisclosureFile file : catalog.disclosures()) {
            out.add(loader.disclosure(file, findings).orElseThrow(() -> new AssertionError(findings.sorted())));
        }
        assertEquals(0, findings.size(), () -> findings.sorted().toString());
        return out;
    }

    @Test
    void theSameShapeAndSeedGiveByteIdenticalFiles() throws IOException {
        Map<String, byte[]> first = SiteFiles.snapshot(generate(SMALL, "a"));
        Map<String, byte[]> second = SiteFiles.snapshot(generate(SMALL, "b"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
    }

    @Test
    void anotherSeedGivesOtherContent() throws IOException {
        Map<String, byte[]> first = SiteFiles.snapshot(generate(SMALL, "a"));
        Map<String, byte[]> other = SiteFiles.snapshot(generate(new CorpusShape(3, 5, 2, 8), "b"));
        assertNotEquals(first.keySet(), other.keySet(), "office ids come from the seed's place names");
    }

    @Test
    void countsAreExactlyOfficesTimesProjectsTimesYears() throws IOException {
        Path dir = temp.resolve("c");
        CorpusGenerator.Written written = new CorpusGenerator(SMALL).write(dir);
        List<Disclosure> disclosures = load(dir);
        assertEquals(3 * 2, disclosures.size());
        assertEquals(Set.of(2025, 2026), Set.copyOf(disclosures.stream().map(Disclosure::year).toList()));
        assertEquals(Set.of(5), Set.copyOf(disclosures.stream().map(d -> d.projects().size()).toList()));
        long rows = disclosures.stream().flatMap(d -> d.projects().stream()).mapToLong(p -> p.indicators().size()).sum();
        assertEquals(new CorpusGenerator.Written(3, 30, rows, 2 + 3 * 3, written.bytes()), written);
        assertEquals(SiteFiles.files(dir).size(), written.files());
    }

    @Test
    void theRealCheckFindsNoErrorAndNoWarning() throws IOException {
        Findings findings = new ContentCheck(new ContentLoader(generate(new CorpusShape(12, 30, 2, 3), "d")),
                SiteRenderer.MARKDOWN).run();
        assertEquals(0, findings.count(Severity.ERROR), () -> findings.sorted().toString());
        assertEquals(0, findings.count(Severity.WARNING), () -> findings.sorted().toString());
    }

    @Test
    void theSiteBuildsFromIt() throws IOException {
        BuildResult result = SiteFiles.build(generate(SMALL, "e"), temp.resolve("site"));
        assertTrue(result.published(), () -> result.findings().sorted().toString());
    }

    /** What makes the corpus useful for search: a term every project has, terms few have, names that recur but vary. */
    @Test
    void projectsVaryWithinTheFormsLimits() throws IOException {
        List<Project> projects = load(generate(new CorpusShape(24, 40, 1, 1), "f")).stream()
                .flatMap(d -> d.projects().stream()).toList();
        Set<String> names = new HashSet<>();
        int hotline = 0;
        int business = 0;
        for (Project p : projects) {
            names.add(p.name());
            int rows = p.indicators().size();
            assertTrue(rows >= IndicatorComposer.MIN_ROWS && rows <= IndicatorComposer.MAX_ROWS, p.name() + ": " + rows);
            int goal = p.goal().length();
            assertTrue(goal >= GoalComposer.MIN_LENGTH && goal <= GoalComposer.MAX_LENGTH, p.goal());
            assertTrue(p.indicators().stream().map(IndicatorRow::level1).anyMatch("满意度指标"::equals), p.name());
            assertSourcesAddUp(p.funds());
            String text = p.name() + p.goal();
            hotline += text.contains("12345") ? 1 : 0;
            business += text.contains("营商环境") ? 1 : 0;
        }
        assertEquals(960, projects.size());
        assertTrue(names.size() > projects.size() / 5, names.size() + " distinct names");
        assertTrue(hotline > 0 && hotline < projects.size() / 10, hotline + " hotline projects");
        assertTrue(business > 0 && business < projects.size() / 10, business + " business-environment projects");
        assertTrue(names.stream().noneMatch(n -> n.endsWith("期）")), "（二期） only once an office runs out of plain names");
    }

    private static void assertSourcesAddUp(Funds f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var source : List.of(f.fiscal(), f.bond(), f.carryover(), f.other())) {
            sum = sum.add(source.map(Money::value).orElse(BigDecimal.ZERO));
        }
        assertEquals(0, sum.compareTo(f.total().orElseThrow().value()), f + " sums to " + sum);
        assertEquals(2, f.total().orElseThrow().value().scale(), "project tables print two decimals");
    }
}
