package org.gongkai.cli;

import static org.gongkai.cli.CliTest.gongkai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is gongkai's own or it is refused: a build that would replace the content, the templates, a
 * file or a folder of the publisher's exits 2 with the reason and the fix, and writes nothing anywhere.
 */
class OutputSafetyTest {

    private static final String FIXTURE = "src/test/resources/fixture-site/content";

    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copy(Path.of(FIXTURE), content);
    }

    @Test
    void theContentFolderIsRefused() throws IOException {
        refused("输出目录 " + content + " 就是内容目录。生成会整体替换输出目录，内容会丢失。请用 -o 指定另一个目录，例如 -o site。",
                "build", content.toString(), "-o", content.toString());
    }

    @Test
    void theFolderThatHoldsTheContentIsRefused() throws IOException {
        refused("输出目录 " + temp + " 包含内容目录 " + content + "。生成会整体替换输出目录，内容会丢失。"
                + "请用 -o 指定一个不包含内容的新目录，例如 -o site。", "build", content.toString(), "-o", temp.toString());
    }

    @Test
    void aFolderInsideTheContentIsRefused() throws IOException {
        Path inside = content.resolve("site");
        refused("输出目录 " + inside + " 在内容目录 " + content + " 里面，生成的网站会混进内容。请把输出目录放到内容目录之外，例如 -o site。",
                "build", content.toString(), "-o", inside.toString());
    }

    @Test
    void aFolderThatHoldsTheTemplatesOrLiesInThemIsRefused() throws IOException {
        Path holder = temp.resolve("theme");
        Path templates = holder.resolve("templates");
        SiteFiles.copy(Path.of("templates"), templates);
        refused("输出目录 " + holder + " 包含模板目录 " + templates + "。生成会整体替换输出目录，模板会丢失。"
                + "请用 -o 指定一个不包含模板的新目录，例如 -o site。",
                "build", content.toString(), "-o", holder.toString(), "--templates", templates.toString());
        Path inside = templates.resolve("site");
        refused("输出目录 " + inside + " 在模板目录 " + templates + " 里面，生成的网站会混进模板。请把输出目录放到模板目录之外，例如 -o site。",
                "build", content.toString(), "-o", inside.toString(), "--templates", templates.toString());
    }

    @Test
    void aFolderOfThePublishersIsRefused() throws IOException {
        Path documents = temp.resolve("文档");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("重要文件.txt"), "不能丢", StandardCharsets.UTF_8);
        refused("输出目录 " + documents + " 不是空目录，也不是 gongkai 生成的网站（其中有 重要文件.txt）。生成会整体替换输出目录，"
                + "其中的文件会丢失。请用 -o 指定一个新目录或空目录，例如 -o site；确实要用这个目录时，请先把其中的文件移走。",
                "build", content.toString(), "-o", documents.toString());
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = temp.resolve("site.html");
        Files.writeString(file, "<p>我的页面</p>");
        refused("输出路径 " + file + " 是一个文件，不是目录。生成会整体替换输出目录，这个文件会丢失。"
                + "请用 -o 指定一个目录（不存在的目录会自动创建），例如 -o site。",
                "build", content.toString(), "-o", file.toString());
    }

    @Test
    void aSymbolicLinkIsRefusedAndItsTargetNamed() throws IOException {
        Path real = temp.resolve("www");
        Files.createDirectories(real);
        Path link = Files.createSymbolicLink(temp.resolve("site"), real);
        refused("输出目录 " + link + " 是一个符号链接（指向 " + real + "）。生成会整体替换输出目录，而不是写进链接指向的目录。"
                + "请用 -o 直接指定目录，例如 -o " + real + "。", "build", content.toString(), "-o", link.toString());
    }

    @Test
    void aFileAddedToABuiltSiteIsNamedRatherThanLost() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, build(site).code());
        Files.writeString(site.resolve("google1234.html"), "google-site-verification");
        refused("网站目录 " + site + " 中有 1 个文件不是 gongkai 生成的：google1234.html。生成会整体替换网站目录，这些文件会丢失。"
                + "请把它们移到别处后重试（要随网站发布的文件，请放进模板目录的 static/，它们会复制到网站的 assets/ 下）。",
                "build", content.toString(), "-o", site.toString(), "--templates", "templates");
    }

    @Test
    void aFolderInsideABuiltSiteIsRefused() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, build(site).code());
        Path inside = site.resolve("preview");
        refused("输出目录 " + inside + " 在另一个 gongkai 网站 " + site + " 里面，下次生成那个网站时它会被删除。请把输出目录放到网站之外。",
                "build", content.toString(), "-o", inside.toString());
    }

    @Test
    void emptyMissingAndBuiltFoldersAreTaken() throws IOException {
        Path empty = temp.resolve("empty");
        Files.createDirectories(empty);
        assertEquals(0, build(empty).code());
        assertEquals(0, build(empty).code(), "a site it built is its own");
        Path missing = temp.resolve("a/b/site");
        assertEquals(0, build(missing).code());
        assertTrue(Files.isRegularFile(missing.resolve(".gongkai-site")));
    }

    @Test
    void aSiteOfAnEarlierVersionIsTakenWhenItHoldsOnlyWhatItsManifestLists() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, build(site).code());
        // What an earlier version left: the same site without the marker, its manifest not listing one.
        Files.delete(site.resolve(".gongkai-site"));
        Path manifest = site.resolve("SHA256SUMS");
        Files.writeString(manifest, Files.readString(manifest).lines().filter(l -> !l.endsWith("  .gongkai-site"))
                .map(l -> l + "\n").reduce("", String::concat));
        assertEquals(0, build(site).code());
        assertTrue(Files.isRegularFile(site.resolve(".gongkai-site")));
    }

    @Test
    void theSiteIsReadableByOthersWhateverTheUmask() throws IOException, InterruptedException {
        Path site = temp.resolve("site");
        Process process = new ProcessBuilder("sh", "-c", "umask 077 && exec \"$3\" -cp \"$0\" org.gongkai.cli.Main build "
                + "\"$1\" -o \"$2\" --templates templates", System.getProperty("java.class.path"), content.toString(),
                site.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> walk = Stream.concat(Stream.of(site), Files.walk(site))) {
            for (Path p : walk.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (!mode.equals(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--")) {
                    wrong.add(site.relativize(p) + " " + mode);
                }
            }
        }
        assertEquals(List.of(), wrong, "folders 755 and files 644 under umask 077");
    }

    private CliTest.Run build(Path site) {
        return gongkai("build", content.toString(), "-o", site.toString(), "--templates", "templates");
    }

    /** Runs gongkai, expecting exit 2 with {@code message} alone, and every file and folder under temp unchanged. */
    private void refused(String message, String... args) throws IOException {
        Map<String, String> before = tree(temp);
        CliTest.Run run = gongkai(args);
        assertEquals(message + "\n", run.err());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(before, tree(temp), "nothing was written or deleted, not even a work folder");
    }

    /** Every entry under {@code root}: folders, links with their targets, files with their bytes' hash. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    tree.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    tree.put(key, "/");
                } else {
                    tree.put(key, SiteFiles.sha256(p) + " " + Files.getLastModifiedTime(p));
                }
            }
        }
        return tree;
    }
}
