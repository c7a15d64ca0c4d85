package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.gongkai.site.Templates;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program finds the installation's own templates whatever folder it runs from, without GONGKAI_HOME, and when
 * there are none says so in Chinese with the fix: exit code 3, the previous site untouched.
 */
class TemplatesFolderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-site/content").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aTemplatesFolderGivenThatIsNotThereIsNamedWithTheFix() {
        Path missing = temp.resolve("no-templates");
        Path site = temp.resolve("site");
        CliTest.Run run = CliTest.gongkai("build", FIXTURE.toString(), "-o", site.toString(), "--templates",
                missing.toString());
        assertEquals(3, run.code());
        assertEquals("找不到模板目录：" + missing + "。请检查路径，或用 --templates DIR 指定存在的模板目录。\n", run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void aTemplatesFolderThatGoesAwayDuringServeIsNamedInChinese() {
        Path missing = temp.resolve("gone");
        Templates.TemplateFailure failure = assertThrows(Templates.TemplateFailure.class, () -> new Templates(missing));
        assertEquals("找不到模板目录：" + missing + "。请恢复该目录，或指定完整的模板目录。",
                FailureText.of(new ExecutionException(failure), Optional.empty()));
    }

    @Test
    void fromAnotherFolderTheInstallationsOwnTemplatesAreUsed() throws IOException, InterruptedException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path site = temp.resolve("out/site");
        Ran ran = gongkai(elsewhere, classPath(), "build", FIXTURE.toString(), "-o", site.toString());
        assertEquals(0, ran.code(), ran.err());
        assertTrue(ran.out().startsWith("已生成 22 个页面 → " + site), ran.out());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(elsewhere.resolve("site")), "nothing is written in the working folder");
    }

    @Test
    void withNoTemplatesAnywhereTheMessageSaysWhereItLookedAndWhatToDo() throws IOException, InterruptedException {
        // The program's classes copied to a folder without templates, as a jar copied away from its installation.
        Path app = temp.resolve("app");
        SiteFiles.copy(Path.of("target/classes"), app.resolve("classes"));
        List<String> path = new ArrayList<>(List.of(app.resolve("classes").toString()));
        path.addAll(classPath().stream().filter(p -> !p.endsWith("classes")).toList());
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "上次的网站");
        Ran ran = gongkai(elsewhere, path, "build", FIXTURE.toString(), "-o", site.toString());
        assertEquals(3, ran.code(), ran.err());
        assertEquals("找不到模板目录：" + elsewhere.resolve("templates") + "。当前目录下没有 templates 目录，gongkai 的安装目录（"
                + app + "、" + temp + "）中也没有。请用 --templates DIR 指定模板目录，或设置环境变量 GONGKAI_HOME 为 gongkai 的安装目录。\n",
                ran.err());
        assertEquals(List.of("index.html"), SiteFiles.files(site));
        assertEquals("上次的网站", Files.readString(site.resolve("index.html")));
    }

    record Ran(int code, String out, String err) {}

    /** Runs the command line in a process of its own, in {@code folder}, as the jar runs, without GONGKAI_HOME. */
    static Ran gongkai(Path folder, List<String> classPath, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, classPath),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(folder.resolveSibling("out.txt").toFile())
                .redirectError(folder.resolveSibling("err.txt").toFile());
        builder.environment().remove("GONGKAI_HOME");
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the command ended");
        return new Ran(process.exitValue(), Files.readString(folder.resolveSibling("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolveSibling("err.txt"), StandardCharsets.UTF_8));
    }

    /** The test's class path as absolute paths: the program's classes and its libraries. */
    static List<String> classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator)).stream().map(p -> Path.of(p).toAbsolutePath().toString())
                .toList();
    }
}
