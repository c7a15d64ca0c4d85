package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.output.WorkFolder;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search on the seed site finds exactly what a plain substring scan over the content finds, for projects and
 * for indicator rows, and the filters narrow it as they say.
 */
class SearchIndexTest {

    @TempDir
    static Path temp;

    static SearchIndex index;
    static Path indexDir;
    static List<Disclosure> disclosures;
    static Catalog catalog;

    @BeforeAll
    static void build() throws IOException {
        Path site = temp.resolve("site");
        BuildResult result = SiteFiles.build(Seeds.CONTENT, site);
        assertTrue(result.published());
        indexDir = WorkFolder.of(site).searchIndex();
        index = SearchIndex.open(indexDir);
        catalog = Seeds.catalog();
        disclosures = Seeds.disclosures();
    }

    /** BM25 counts each kind among its own kind: 满意 in most projects is common there, however rare among rows. */
    @Test
    void eachKindHasItsOwnStatistics() throws IOException {
        long projects = disclosures.stream().mapToLong(d -> d.projects().size()).sum();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(projects, searcher.collectionStatistics("indicator").docCount());
            assertEquals(projects, searcher.collectionStatistics("office").docCount());
            assertTrue(searcher.collectionStatistics("row_indicator").docCount() > projects * 5);
        }
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static final List<String> QUERIES = List.of("满意度", "12345", "营商环境", "便民热线", "政务公开", "热线", "不适用",
            "服务对象满意度", "社会效益", "会议", "四送一服", "六安", "政府网站", "apec", "督查", "质量合格率", "印刷", "宣传",
            "办公室", "数量指标", "时效");

    /**
     * 六安's 政府文印专项经费 shows 满意度指标 above its rows, whose own names lack the word: the page shows it, so
     * 满意度 finds it, as it did not before.
     */
    @Test
    void aProjectIsFoundByTheIndicatorCategoriesItsPageShows() throws IOException {
        Set<String> found = found("满意度", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty());
        String wenyin = disclosures.stream().filter(d -> d.officeId().equals("luan-szfb")).flatMap(d -> d.projects().stream())
                .filter(p -> p.name().equals("政府文印专项经费")).map(p -> "luan-szfb/2026/" + p.id() + "/").findFirst()
                .orElseThrow();
        assertTrue(found.contains(wenyin), found.toString());
    }

    @Test
    void projectSearchFindsExactlyTheProjectsWhoseTextContainsTheQuery() throws IOException {
        for (String q : QUERIES) {
            assertEquals(scanProjects(q), found(q, SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty()), q);
        }
    }

    @Test
    void indicatorSearchFindsExactlyTheRowsWhoseTextContainsTheQuery() throws IOException {
        for (String q : QUERIES) {
            assertEquals(scanRows(q), found(q, SearchRequest.Mode.INDICATORS, Optional.empty(), Optional.empty()), q);
        }
    }

    @Test
    void fullWidthFindsWhatHalfWidthFinds() throws IOException {
        Set<String> half = found("12345", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty());
        assertFalse(half.isEmpty());
        assertEquals(half, found("１２３４５", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty()));
        assertEquals(found("apec", SearchRequest.Mode.INDICATORS, Optional.empty(), Optional.empty()),
                found("ＡＰＥＣ", SearchRequest.Mode.INDICATORS, Optional.empty(), Optional.empty()));
    }

    @Test
    void aNumberMatchesWholeNumbersOnly() throws IOException {
        Set<String> rows = found("90", SearchRequest.Mode.INDICATORS, Optional.empty(), Optional.empty());
        assertFalse(rows.isEmpty());
        Set<String> expected = rowsWhere(text -> tokensOf(text).contains("90"));
        assertEquals(expected, rows);
    }

    @Test
    void regionFilterIncludesTheRegionsBelow() throws IOException {
        Set<String> luan = found("满意度", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.of("luan"));
        assertTrue(luan.stream().anyMatch(u -> u.startsWith("yeji-qzfb/")), "叶集区 is in 六安市");
        assertTrue(luan.stream().allMatch(u -> u.startsWith("yeji-qzfb/") || u.startsWith("luan-szfb/")), luan.toString());
        Set<String> yeji = found("满意度", SearchRequest.Mode.PROJECTS, Optional.of("yeji-qzfb"), Optional.empty());
        assertEquals(luan.stream().filter(u -> u.startsWith("yeji-qzfb/")).collect(Collectors.toCollection(TreeSet::new)), yeji);
    }

    @Test
    void fieldQueryLooksOnlyInThatField() throws IOException {
        Set<String> byName = found("name:热线", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty());
        Set<String> expected = new TreeSet<>();
        each((d, o, p) -> {
            if (p.name().contains("热线")) {
                expected.add(d.officeId() + "/" + d.year() + "/" + p.id() + "/");
            }
        });
        assertEquals(expected, byName);
        // 满意度 stands in indicator rows of most projects but in no project's name.
        assertFalse(found("满意度", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty()).isEmpty());
        assertEquals(Set.of(), found("name:满意度", SearchRequest.Mode.PROJECTS, Optional.empty(), Optional.empty()));
    }

    private static Set<String> found(String q, SearchRequest.Mode mode, Optional<String> office, Optional<String> region)
            throws IOException {
        return index.search(new SearchRequest(SearchQuery.parse(q), mode, office, region, Optional.empty(), Optional.empty(),
                Optional.empty(), 100_000)).stream().map(SearchHit::url).collect(Collectors.toCollection(TreeSet::new));
    }

    interface ProjectVisitor {
        void visit(Disclosure d, Office o, Project p);
    }

    private static void each(ProjectVisitor visitor) {
        for (Disclosure d : disclosures) {
            Office o = catalog.offices().stream().filter(x -> x.id().equals(d.officeId())).findFirst().orElseThrow();
            for (Project p : d.projects()) {
                visitor.visit(d, o, p);
            }
        }
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The plain substring scan over what a project's page shows: its name, goal, 主管部门, 实施单位, indicator rows
     * with their 一级 and 二级 names, office and region.
     */
    private static Set<String> scanProjects(String q) {
        Set<String> urls = new TreeSet<>();
        String wanted = norm(q);
        each((d, o, p) -> {
            List<String> texts = new ArrayList<>(List.of(p.name(), p.goal(), o.name(), regionPath(o),
                    p.department().name(), p.implementer()));
            p.indicators().forEach(r -> texts.addAll(List.of(r.level1(), r.level2(), r.level3() + " " + r.value())));
            if (texts.stream().anyMatch(t -> contains(t, wanted))) {
                urls.add(d.officeId() + "/" + d.year() + "/" + p.id() + "/");
            }
        });
        return urls;
    }

    private static Set<String> scanRows(String q) {
        String wanted = norm(q);
        return rowsWhere(text -> contains(text, wanted));
    }

    /** A Latin or number query matches a whole token, not part of one (90 is not in 902); Han matches any substring. */
    private static boolean contains(String text, String wanted) {
        boolean han = wanted.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? norm(text).contains(wanted) : tokensOf(text).contains(wanted);
    }

    private static List<String> tokensOf(String text) {
        return List.of(norm(text).split("[^\\p{IsLatin}\\p{Nd}.]+"));
    }

    private static Set<String> rowsWhere(java.util.function.Predicate<String> match) {
        Set<String> urls = new TreeSet<>();
        each((d, o, p) -> {
            List<IndicatorRow> rows = p.indicators();
            for (int i = 0; i < rows.size(); i++) {
                IndicatorRow r = rows.get(i);
                if (!r.isEmpty() && (match.test(r.level3() + " " + r.value()) || match.test(p.name())
                        || match.test(o.name()) || match.test(regionPath(o)))) {
                    urls.add(d.officeId() + "/" + d.year() + "/" + p.id() + "/#r" + (i + 1));
                }
            }
        });
        return urls;
    }

    private static String regionPath(Office o) {
        return switch (o.regionId()) {
            case "luan" -> "安徽省 › 六安市";
            case "yeji" -> "安徽省 › 六安市 › 叶集区";
            case "huainan" -> "安徽省 › 淮南市";
            case "huaiyuan" -> "安徽省 › 蚌埠市 › 怀远县";
            default -> throw new IllegalArgumentException(o.regionId());
        };
    }
}
