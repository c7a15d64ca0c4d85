package org.gongkai.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest's text: the order and escapes of {@code sha256sum}, and a clear message for each malformed line. */
class ManifestTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);
    private static final String D = "d".repeat(64);

    @TempDir
    Path temp;

    @Test
    void pathsAreSortedByTheirUtf8BytesAndNamesWithBackslashesAreEscaped() {
        // U+20000 (𠀀) is a surrogate pair in Java, which sorts before U+FF01 (！) there but after it in UTF-8.
        Manifest manifest = new Manifest(List.of(new Manifest.Entry("数据/𠀀.csv", A),
                new Manifest.Entry("数据/！.csv", B), new Manifest.Entry("a\\b\nc", C),
                new Manifest.Entry("Z/index.html", D)));
        assertEquals("dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd  Z/index.html\n"
                + "\\cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc  a\\\\b\\nc\n"
                + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb  数据/！.csv\n"
                + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  数据/𠀀.csv\n",
                new String(manifest.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void readingGivesBackWhatWasWritten() throws IOException, Manifest.Malformed {
        Manifest manifest = new Manifest(List.of(new Manifest.Entry("数据/𠀀.csv", A),
                new Manifest.Entry("a\\b\r\nc", C)));
        Path file = temp.resolve("SHA256SUMS");
        manifest.write(file);
        assertEquals(manifest, Manifest.read(file));
    }

    /** The coreutils on the build machine read the manifest, Chinese and escaped names included. */
    @Test
    void sha256sumChecksTheManifest() throws IOException, InterruptedException {
        Path sha256sum = Path.of("/usr/bin/sha256sum");
        assumeTrue(Files.isExecutable(sha256sum), "GNU coreutils' sha256sum");
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("数据"));
        Files.writeString(site.resolve("数据/项目.csv"), "名称,金额\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("a\\b"), "x");
        Files.writeString(site.resolve("index.html"), "<p>公开</p>");
        Manifest manifest = HashCache.none().manifest(
                new FileSet(site, List.of("数据/项目.csv", "a\\b", "index.html")), FileSet.empty(site), 2).manifest();
        manifest.write(site.resolve(Manifest.FILE_NAME));
        assertEquals(0, run(site, sha256sum.toString(), "--check", "--strict", Manifest.FILE_NAME));
        Files.writeString(site.resolve("数据/项目.csv"), "名称,金额\n改动\n", StandardCharsets.UTF_8);
        assertEquals(1, run(site, sha256sum.toString(), "--check", "--strict", Manifest.FILE_NAME));
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("sha256sum did not finish");
        }
        return process.exitValue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "aaaa  x|2: 清单格式错误：行首不是 64 位十六进制的 SHA-256",
        "zAAAA  x|2: 清单格式错误：行首不是 64 位十六进制的 SHA-256",
        "AAAA x|2: 清单格式错误：SHA-256 之后应是两个空格（或空格加 *）再接文件路径",
        "AAAA_ x|2: 清单格式错误：SHA-256 之后应是两个空格（或空格加 *）再接文件路径",
        "'AAAA  '|2: 清单格式错误：路径“”为空",
        "AAAA  /etc/passwd|2: 清单格式错误：路径“/etc/passwd”是绝对路径，应相对于网站目录",
        "AAAA  a/../../x|2: 清单格式错误：路径“a/../../x”含有空的、“.”或“..”的部分",
        "AAAA  a//x|2: 清单格式错误：路径“a//x”含有空的、“.”或“..”的部分",
        "AAAA  index.html|2: 清单格式错误：文件 index.html 在清单中出现了两次",
        "AAAA  x<CR>|2: 清单格式错误：行尾有回车符（Windows 的 CRLF 换行）",
        "\\AAAA  a\\tb|2: 清单格式错误：路径中的反斜杠转义无效",
        "''|2: 清单格式错误：空行",
    })
    void aMalformedLineIsNamedWithItsNumberAndProblem(String second, String expected) throws IOException {
        Path file = temp.resolve("SHA256SUMS");
        String line = second.replace("AAAA", A).replace("<CR>", "\r");
        Files.writeString(file, A + "  index.html\n" + line + "\n" + B + "  z\n", StandardCharsets.UTF_8);
        Manifest.Malformed e = assertThrows(Manifest.Malformed.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + expected), e.getMessage());
    }

    @Test
    void theMessageSaysWhatALineShouldBe() throws IOException {
        Path file = temp.resolve("SHA256SUMS");
        Files.writeString(file, "x\n");
        Manifest.Malformed e = assertThrows(Manifest.Malformed.class, () -> Manifest.read(file));
        assertEquals(file + ":1: 清单格式错误：行首不是 64 位十六进制的 SHA-256。每行应为“64 位十六进制 SHA-256、两个空格、相对路径”，"
                + "与 sha256sum 的输出相同；请用 gongkai build 重新生成。", e.getMessage());
    }

    @Test
    void aManifestThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        Path file = temp.resolve("SHA256SUMS");
        Files.write(file, (A + "  index.html\n" + B + "  ").getBytes(StandardCharsets.UTF_8));
        Files.write(file, "数据.csv\n".getBytes(Charset.forName("GBK")), StandardOpenOption.APPEND);
        Manifest.Malformed e = assertThrows(Manifest.Malformed.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: 清单格式错误：不是 UTF-8 编码"), e.getMessage());
    }
}
