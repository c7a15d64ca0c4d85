package org.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.content.load.Finding;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.testing.CorrectedSeeds;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build after an edit, over the site of the build before it, equals a full build of the edited content byte for
 * byte, and leaves every file whose bytes did not change as it was, with its modification time.
 */
class IncrementalBuildTest {

    /** Long before any build of a test, so that a rewritten file cannot keep it by chance. */
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    /** An edit to the seed content, described for the test's name. */
    interface Edit {
        void apply(Path content) throws IOException;
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("nothing", (Edit) content -> {}, List.of()),
                Arguments.of("one project's 年度目标", (Edit) content -> replaceFirst(content.resolve(
                        "offices/huainan-szfb/2024.yaml"), "    goal: ", "    goal: 修订："),
                        List.of("huainan-szfb/2024/")),
                Arguments.of("a project's name, which leaves a comparison group", (Edit) content -> replaceAll(
                        content.resolve("offices/huainan-szfb/2024.yaml"), "外事工作专项经费", "外宾接待工作经费"),
                        List.of("huainan-szfb/2024/")),
                Arguments.of("an office's name", (Edit) content -> replaceAll(
                        content.resolve("offices/yeji-qzfb/office.yaml"), "name: ", "name: 新"),
                        List.of("yeji-qzfb/2024/")),
                Arguments.of("a year file deleted", (Edit) content -> Files.delete(
                        content.resolve("offices/huaiyuan-xzfb/2024.yaml")), List.of()),
                Arguments.of("a correction added", (Edit) CorrectedSeeds::correct, List.of("huainan-szfb/2024/v1/")));
    }

    /** Edits to seed content whose huainan-szfb 2024 file was corrected once, as {@link CorrectedSeeds} does it. */
    static Stream<Arguments> editsOfCorrectedContent() {
        return Stream.of(
                Arguments.of("nothing, after a correction", (Edit) content -> {}, List.of()),
                Arguments.of("the earlier version's text only", (Edit) content -> replaceAll(
                        CorrectedSeeds.earlierFile(content), CorrectedSeeds.MISPRINT, CorrectedSeeds.MISPRINT + "（初稿）"),
                        List.of("huainan-szfb/2024/v1/" + CorrectedSeeds.PROJECT + "/")),
                Arguments.of("the correction's note", (Edit) content -> replaceAll(CorrectedSeeds.yearFile(content),
                        CorrectedSeeds.NOTE, "项目名称更正。"), List.of("huainan-szfb/2024/v1/")),
                Arguments.of("the correction withdrawn", (Edit) content -> {
                    Files.delete(CorrectedSeeds.earlierFile(content));
                    Files.copy(CorrectedSeeds.yearFile(Seeds.CONTENT), CorrectedSeeds.yearFile(content),
                            StandardCopyOption.REPLACE_EXISTING);
                }, List.of("huainan-szfb/2024/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void rebuildEqualsFullBuildAndTouchesOnlyChangedFiles(String name, Edit edit, List<String> rewrittenFolders)
            throws IOException {
        rebuild(content -> {}, name, edit, rewrittenFolders);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsOfCorrectedContent")
    void rebuildOfCorrectedContentEqualsFullBuild(String name, Edit edit, List<String> rewrittenFolders)
            throws IOException {
        rebuild(CorrectedSeeds::correct, name, edit, rewrittenFolders);
    }

    /**
     * On three years of generated offices, the hotline group has more projects than its table shows, so the offices
     * it cuts off have views of their own across their years. The first offices of the table then lose their year
     * files until the rest fit: the views go, which changes the links of project pages in year files that were not
     * edited.
     */
    @Test
    void officeViewsThatGoAreRebuiltAsAFullBuildMakesThem() throws IOException {
        Path generated = temp.resolve("generated");
        new CorpusGenerator(new CorpusShape(10, 10, 3, 5)).write(generated);
        Path first = temp.resolve("first/site");
        assertTrue(SiteFiles.build(generated, first).published());
        List<String> officeByColumn = SiteFiles.page(first, "compare/rexian/").select("table.list tbody th a").eachAttr(
                "href").stream().map(href -> href.replaceAll("^\\.\\./\\.\\./([^/]+)/.*", "$1")).toList();
        List<String> dropped = new ArrayList<>();
        for (String office : officeByColumn) {
            if (officeByColumn.size() - officeByColumn.stream().filter(dropped::contains).count() <= 12) {
                break;
            }
            if (!dropped.contains(office)) {
                dropped.add(office);
            }
        }
        assertFalse(views(first).isEmpty(), "the generated hotline group is wider than its table");
        rebuildFrom(c -> SiteFiles.copy(generated, c), "the first offices' year files deleted", c -> {
            for (String office : dropped) {
                for (int year = 2024; year <= 2026; year++) {
                    Files.deleteIfExists(c.resolve("offices/" + office + "/" + year + ".yaml"));
                }
            }
        }, List.of());
        assertEquals(List.of(), views(temp.resolve("incremental/site")), "every office now fits the group's table");
    }

    /** The office views of the hotline group in {@code site}. */
    private static List<String> views(Path site) throws IOException {
        try (Stream<Path> folders = Files.list(site.resolve("compare/rexian"))) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Builds the seeds as {@code base} leaves them, applies {@code edit}, and builds again over the first site. */
    private void rebuild(Edit base, String name, Edit edit, List<String> rewrittenFolders) throws IOException {
        rebuildFrom(content -> {
            SiteFiles.copy(Seeds.CONTENT, content);
            base.apply(content);
        }, name, edit, rewrittenFolders);
    }

    /** Makes the content with {@code make}, builds it, applies {@code edit}, and builds again over the first site. */
    private void rebuildFrom(Edit make, String name, Edit edit, List<String> rewrittenFolders) throws IOException {
        Path content = temp.resolve("content");
        make.apply(content);
        Path site = temp.resolve("incremental/site");
        assertTrue(SiteFiles.build(content, site).published());
        for (String file : SiteFiles.files(site)) {
            Files.setLastModifiedTime(site.resolve(file), BEFORE);
        }
        Map<String, byte[]> before = SiteFiles.snapshot(site);

        edit.apply(content);
        BuildResult rebuild = SiteFiles.build(content, site);
        BuildResult full = SiteFiles.build(content, temp.resolve("full/site"));

        assertTrue(rebuild.published(), () -> rebuild.findings().sorted().toString());
        assertEquals(full.pages(), rebuild.pages());
        assertEquals(full.findings().sorted(), rebuild.findings().sorted());
        Map<String, byte[]> incremental = SiteFiles.snapshot(site);
        Map<String, byte[]> expected = SiteFiles.snapshot(temp.resolve("full/site"));
        assertEquals(List.of(), difference(expected.keySet(), incremental.keySet()), "files only the full build made");
        assertEquals(List.of(), difference(incremental.keySet(), expected.keySet()), "files only the rebuild made");
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, incremental.get(file), file));

        List<String> rewritten = new ArrayList<>();
        for (String file : SiteFiles.files(site)) {
            boolean same = before.containsKey(file) && java.util.Arrays.equals(before.get(file), incremental.get(file));
            boolean touched = !Files.getLastModifiedTime(site.resolve(file)).equals(BEFORE);
            assertFalse(same && touched, () -> file + " has the same bytes but was written again");
            if (touched) {
                rewritten.add(file);
            }
        }
        for (String folder : rewrittenFolders) {
            assertTrue(rewritten.stream().anyMatch(f -> f.startsWith(folder)), () -> folder + " was not rebuilt");
        }
        if (name.startsWith("nothing")) {
            assertEquals(List.of(), rewritten);
        }
    }

    /**
     * A year folder kept from the last build is not rendered again, but the places outside it that its pages link
     * to are checked again: here its remarks link to another year, whose file is then deleted. A full build of the
     * same content fails too, pointing at the link itself.
     */
    @Test
    void keptPagesLinkingToAPageThatWentFailTheBuildAndLeaveTheSite() throws IOException {
        Path content = SpecCases.contentTree(temp, new SpecCases.Case("", List.of(), Map.of(
                "2024.yaml", "year: 2024\nremarks: 上一年度见[2023年度](../2023/)。\n", "2023.yaml", "year: 2023\n"), List.of()));
        Path site = temp.resolve("incremental/site");
        assertTrue(SiteFiles.build(content, site).published());
        Map<String, byte[]> before = SiteFiles.snapshot(site);

        Files.delete(content.resolve("offices/demo-office/2023.yaml"));
        BuildResult rebuild = SiteFiles.build(content, site);
        BuildResult full = SiteFiles.build(content, temp.resolve("full/site"));

        String yearFile = content.resolve("offices/demo-office/2024.yaml").toAbsolutePath().toString();
        assertEquals(List.of(yearFile + ": 错误：上次生成后原样保留的页面 demo-office/2024/（年度文件未改动）链接到 demo-office/2023/，"
                + "该页面不存在。请改正本文件中指向它的链接（例如 remarks 中的）；删除网站旁的 .gongkai 目录后重新生成，可以查出链接的确切位置。"
                + " [link.broken]"), links(rebuild));
        assertEquals(List.of(yearFile + ":2:24: 错误：页面 demo-office/2024/ 上的链接“../2023/”指向 demo-office/2023/，该页面不存在。"
                + "请在本文件中改正这个链接：相对链接从页面 demo-office/2024/ 算起（../ 表示上一级），也可以写以 / 开头的路径。 [link.broken]"),
                links(full));
        assertFalse(rebuild.published());
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    private static List<String> links(BuildResult result) {
        return result.findings().sorted().stream().filter(f -> f.rule().startsWith("link.")).map(Finding::format).toList();
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(f -> !b.contains(f)).sorted().toList();
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertTrue(at >= 0, from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }

    private static void replaceAll(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
