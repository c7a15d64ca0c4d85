package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version and mistakes on the command line, in Chinese, with the exit codes the README gives. */
class CliHelpTest {

    @TempDir
    Path temp;

    private static final List<String> COMMANDS = List.of("build", "serve", "check", "search", "import", "generate",
            "verify", "help");

    /** What picocli prints of its own in English, which a publisher should never meet. */
    private static final List<String> PICOCLI_ENGLISH = List.of("Usage:", "Show this help message", "Print version",
            "Commands:", "Display help information", "Displays help information", "Missing required", "Unknown option",
            "Invalid value", "expected one of");

    private static void assertNoPicocliEnglish(String text) {
        for (String english : PICOCLI_ENGLISH) {
            assertFalse(text.contains(english), english + " in:\n" + text);
        }
    }

    @Test
    void everyHelpIsChineseWithTheEnglishLineTheReadmePromises() {
        Run main = CliTest.gongkai("--help");
        assertEquals(0, main.code());
        assertTrue(main.out().startsWith("用法：gongkai [-hV] [COMMAND]\n"), main.out());
        assertTrue(main.out().contains("Static open-data site generator"), main.out());
        assertTrue(main.out().contains("\n命令：\n"), main.out());
        assertNoPicocliEnglish(main.out());
        for (String command : COMMANDS) {
            Run run = CliTest.gongkai(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().startsWith("用法：gongkai " + command), run.out());
            assertTrue(run.out().contains("显示本帮助后退出"), run.out());
            assertNoPicocliEnglish(run.out());
        }
        Run help = CliTest.gongkai("help", "search");
        assertEquals(0, help.code());
        assertEquals(CliTest.gongkai("search", "--help").out(), help.out());
        Run unknown = CliTest.gongkai("help", "publish");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("没有 publish 这个命令。可用的命令：build、serve、"), unknown.err());
    }

    /** No command at all is a usage error: the help goes to standard error and the exit code is 2. */
    @Test
    void noCommandPrintsTheHelpAndExitsWithTwo() {
        Run run = CliTest.gongkai();
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("用法：gongkai [-hV] [COMMAND]\n"), run.err());
    }

    @Test
    void mistakesAreSaidInChineseWithTheWayToTheHelp() {
        Object[][] cases = {
            {new String[] {"search", "满意度", "--mod", "indicators"},
                "不认识的参数：--mod indicators。是不是想用 --mode？运行 gongkai search --help 查看用法。"},
            {new String[] {"search"}, "缺少 QUERY。运行 gongkai search --help 查看用法。"},
            {new String[] {"search", "满意度", "--mode", "rows"},
                "--mode 不能取值 rows。可用的值：projects、indicators。运行 gongkai search --help 查看用法。"},
            {new String[] {"check", "--only", "hints"},
                "--only 不能取值 hints。可用的值：errors、warnings、notices。运行 gongkai check --help 查看用法。"},
            {new String[] {"publish"}, "不认识的参数：publish。运行 gongkai --help 查看用法。"},
        };
        for (Object[] c : cases) {
            Run run = CliTest.gongkai((String[]) c[0]);
            assertEquals(2, run.code(), String.join(" ", (String[]) c[0]));
            assertEquals(c[1] + "\n", run.err());
            assertNoPicocliEnglish(run.err());
        }
    }

    /** The version is the one in pom.xml, and the commit is this clone's, as Git names it. */
    @Test
    void versionIsThePomsWithTheCommit() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>gongkai</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(pom.find());
        Run run = CliTest.gongkai("--version");
        assertEquals(0, run.code());
        // The commit as Git itself names it, where this is a clone with git at hand; the version alone otherwise.
        Optional<String> head = gitHead();
        assertEquals("gongkai " + pom.group(1) + head.map(c -> "（提交 " + c.substring(0, 12) + "）").orElse("") + "\n",
                run.out());
    }

    private static Optional<String> gitHead() {
        if (!Files.isDirectory(Path.of(".git"))) {
            return Optional.empty();
        }
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Git keeps a commit in three ways; each is read, and anything else gives no commit rather than a wrong one. */
    @Test
    void theCommitIsReadAsGitKeepsIt() throws IOException {
        String a = "0123456789abcdef0123456789abcdef01234567";
        String b = "89abcdef0123456789abcdef0123456789abcdef";
        Path loose = clone("loose", "ref: refs/heads/main\n");
        Files.createDirectories(loose.resolve(".git/refs/heads"));
        Files.writeString(loose.resolve(".git/refs/heads/main"), a + "\n");
        Path packed = clone("packed", "ref: refs/heads/main\n");
        Files.writeString(packed.resolve(".git/packed-refs"),
                "# pack-refs with: peeled fully-peeled sorted\n" + b + " refs/heads/dev\n" + a + " refs/heads/main\n");
        Path detached = clone("detached", b + "\n");
        Path outside = clone("outside", "ref: ../../etc/passwd\n");
        Path none = Files.createDirectories(temp.resolve("none"));
        assertEquals(Optional.of(a), Version.commit(loose));
        assertEquals(Optional.of(a), Version.commit(packed));
        assertEquals(Optional.of(b), Version.commit(detached));
        assertEquals(Optional.empty(), Version.commit(outside));
        assertEquals(Optional.empty(), Version.commit(none));
        assertEquals("gongkai 1.2.0（提交 0123456789ab）", Version.line("1.2.0", Optional.of(a)));
        assertEquals("gongkai 1.2.0", Version.line("1.2.0", Optional.empty()));
    }

    private Path clone(String name, String head) throws IOException {
        Path root = temp.resolve(name);
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), head);
        return root;
    }
}
