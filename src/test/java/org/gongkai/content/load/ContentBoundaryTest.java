package org.gongkai.content.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content is read only from inside the content folder, and only from regular files: each case makes links, a pipe or
 * a folder in a fresh copy of the fixture content and lists every finding the loader must give, exactly.
 */
class ContentBoundaryTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixture-site/content");
    static final String SECRET = "root:x:0:0:外部文件的内容";

    @TempDir
    Path temp;

    /** What a case does to its copy of the content, given the copy and a folder outside it. */
    interface Setup {
        void apply(Path content, Path outside) throws IOException;
    }

    /** {@code expected} holds {C} for the content folder as findings name it, {O} for the outside folder's real path. */
    record Case(String name, Setup setup, List<String> expected) {}

    static final String OUTSIDE = ": 错误：这是一个指向内容目录之外的链接（实际位置：{O}/%s）。gongkai 只读取内容目录之内的文件，"
            + "以免把别处的文件公开到网站上。请把要公开的%s复制到内容目录中替换这个链接，或删除这个链接。 [content.outside]";

    static String outside(String link, String target, String kind) {
        return "{C}/" + link + String.format(OUTSIDE, target, kind);
    }

    /** {@code path} moved out of the content folder, with a link to it in its place: valid content, read from outside. */
    static Case movedOut(String path, String kind) {
        String name = Path.of(path).getFileName().toString();
        return new Case(path + " leads outside", (c, o) -> moveOut(c.resolve(path), o.resolve(name)),
                List.of(outside(path, name, kind)));
    }

    static List<Case> cases() {
        String office = "offices/demo-office/";
        return List.of(
                new Case("about.md leads outside", (c, o) -> link(c.resolve("about.md"), o.resolve("secret.md")),
                        List.of(outside("about.md", "secret.md", "文件"))),
                movedOut("site.yaml", "文件"),
                movedOut("offices", "目录"),
                movedOut("offices/demo-office", "目录"),
                new Case("a second office folder leads outside",
                        (c, o) -> {
                            SiteFiles.copy(c.resolve(office), o.resolve("other"));
                            link(c.resolve("offices/other-office"), o.resolve("other"));
                        },
                        List.of(outside("offices/other-office", "other", "目录"))),
                movedOut(office + "office.yaml", "文件"),
                movedOut(office + "2024.yaml", "文件"),
                movedOut(office + "earlier", "目录"),
                movedOut(office + "earlier/2025-1.yaml", "文件"),
                new Case("a year file that is a pipe", (c, o) -> pipe(c.resolve(office + "2026.yaml")),
                        List.of("{C}/" + office + "2026.yaml: 错误：这不是普通文件（而是管道、设备或套接字），gongkai 不读取它，"
                                + "以免生成卡住或读入无尽的数据。请换成普通的文本文件，或把它移出内容目录。 [file.not-regular]")),
                new Case("about.md that is a pipe", (c, o) -> {
                    Files.delete(c.resolve("about.md"));
                    pipe(c.resolve("about.md"));
                }, List.of("{C}/about.md: 错误：这不是普通文件（而是管道、设备或套接字），gongkai 不读取它，"
                        + "以免生成卡住或读入无尽的数据。请换成普通的文本文件，或把它移出内容目录。 [file.not-regular]")),
                new Case("a year file that is a folder", (c, o) -> Files.createDirectory(c.resolve(office + "2026.yaml")),
                        List.of("{C}/" + office + "2026.yaml: 错误：这里应是文件，却是一个目录。请把它改名或移出内容目录。 [file.not-regular]")),
                new Case("a year file that is a broken link",
                        (c, o) -> link(c.resolve(office + "2026.yaml"), o.resolve("gone.yaml")),
                        List.of("{C}/" + office + "2026.yaml: 错误：这是一个链接，它指向的 {O}/gone.yaml 不存在。"
                                + "请把要公开的文件复制到这里替换这个链接，或删除这个链接。 [file.missing]")),
                new Case("links that stay inside the content folder are read", (c, o) -> {
                    Files.createDirectories(c.resolve("shared"));
                    Files.move(c.resolve("about.md"), c.resolve("shared/about.md"));
                    Files.createSymbolicLink(c.resolve("about.md"), Path.of("shared/about.md"));
                    Files.move(c.resolve(office + "2024.yaml"), c.resolve("shared/2024.yaml"));
                    Files.createSymbolicLink(c.resolve(office + "2024.yaml"), Path.of("../../shared/2024.yaml"));
                }, List.of()));
    }

    @TestFactory
    Stream<DynamicTest> everyFindingExactly() {
        List<Case> cases = cases();
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).name(), () -> {
            Case c = cases.get(i);
            Path folder = Files.createDirectory(temp.resolve("case" + i));
            Path content = copy(folder);
            Path outsideFolder = secret(folder);
            c.setup().apply(content, outsideFolder);
            String shownContent = ContentLoader.shown(content);
            String shownOutside = outsideFolder.toRealPath().toString();
            List<String> expected = c.expected().stream()
                    .map(e -> e.replace("{C}", shownContent).replace("{O}", shownOutside)).toList();
            // A guard against reading a pipe, which would wait for a writer for ever.
            assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(content)));
        }));
    }

    /** The content folder itself may be reached through a link: only what lies beyond it is refused. */
    @Test
    void theContentFolderMayBeALink() throws IOException {
        Path content = copy(temp);
        Path linked = Files.createSymbolicLink(temp.resolve("linked-content"), content);
        assertEquals(List.of(), load(linked));
    }

    /** A build refuses the link and publishes nothing: the previous site, about page included, stays as it was. */
    @Test
    void aBuildNeverPublishesWhatALinkLeadsTo() throws IOException {
        Path content = copy(temp);
        Path site = temp.resolve("site");
        assertTrue(SiteFiles.build(content, site).published());
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Files.delete(content.resolve("about.md"));
        link(content.resolve("about.md"), secret(temp).resolve("secret.md"));

        BuildResult refused = SiteFiles.build(content, site);

        assertFalse(refused.published());
        assertEquals(List.of("content.outside"), refused.findings().sorted().stream().map(Finding::rule).toList());
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, after.get(file)), file));
        assertFalse(Files.readString(site.resolve("about/index.html")).contains("root:x"));
    }

    /** Every finding the loader gives for the catalog and then for each year file, as the terminal shows it. */
    private static List<String> load(Path content) {
        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(content);
        loader.catalog(findings).ifPresent(catalog -> catalog.disclosures().forEach(d -> loader.disclosure(d, findings)));
        List<String> lines = new ArrayList<>();
        findings.sorted().forEach(f -> lines.add(f.format()));
        return lines;
    }

    private static Path copy(Path folder) throws IOException {
        Path content = folder.resolve("content");
        SiteFiles.copy(FIXTURE, content);
        return content;
    }

    /** A folder beside the content holding a file whose text must never reach the site. */
    private static Path secret(Path folder) throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), SECRET + "\n");
        return outside;
    }

    private static void moveOut(Path inside, Path outside) throws IOException {
        Files.move(inside, outside);
        link(inside, outside);
    }

    private static void link(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private static void pipe(Path path) throws IOException {
        try {
            int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
            assumeTrue(exit == 0, "mkfifo is not available here");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
