package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Severity;
import org.gongkai.serve.BuildReport;
import org.gongkai.serve.Preview;
import org.gongkai.serve.PreviewSettings;
import org.gongkai.testing.Browser;
import org.gongkai.testing.Seeds;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code gongkai serve} on a copy of the seed content: an open project page changes by itself when its YAML is
 * saved, shows the errors of a broken save over the last good page, and drops them when the file is fixed.
 */
class ServeTest {

    /** A build of the seed content takes a few seconds on a busy machine; the browser's own ten are not enough. */
    private static final int BUILD_SECONDS = 60;

    private static final String YEAR_FILE = "offices/luan-szfb/2026.yaml";
    private static final String PAGE = "luan-szfb/2026/las12345zwfwbmrxjxfwxm/";
    private static final String GOAL = "goal: 巩固拓展12345政务服务便民热线优化归并成果";

    @TempDir
    Path temp;

    /** What the terminal would show of each build. */
    static final class Terminal implements BuildReport {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void finished(BuildResult result, double seconds) {
            lines.add(result.published() ? "published" : "refused " + result.findings().sorted().stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(Finding::format).toList());
        }

        @Override
        public String describe(Exception failure) {
            return "failure";
        }

        @Override
        public void failed(String message, Exception failure) {
            lines.add("failed " + message);
        }
    }

    @Test
    void anOpenPageFollowsEditsAndShowsErrors() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Seeds.CONTENT, content);
        Path year = content.resolve(YEAR_FILE);
        String original = Files.readString(year, StandardCharsets.UTF_8);
        assertTrue(original.contains(GOAL), "the seed file still has the goal this test edits");
        Terminal terminal = new Terminal();
        try (Preview preview = start(content, terminal); Browser browser = new Browser(1280, 900)) {
            assertEquals(List.of("published"), terminal.lines);
            ChromeDriver driver = browser.driver();
            driver.get(preview.url() + PAGE);
            assertTrue(text(driver).contains("巩固拓展12345政务服务便民热线优化归并成果"));
            // No wait for the event stream: the tag carries the page's build number, so a build the stream missed
            // still reloads the page when it connects.
            assertEquals(1, driver.findElements(By.cssSelector("script[src='/_gongkai/live.js?build=1']")).size());

            save(year, original.replace(GOAL, GOAL.replace("巩固拓展", "（预览测试）巩固拓展")));
            browser.waitUntil("the page shows the edited goal", BUILD_SECONDS,
                    d -> text(d).contains("（预览测试）巩固拓展12345"));

            String broken = original.replace("\n    " + GOAL, "\n\t" + GOAL.substring(0, 6) + "（预览测试）");
            int line = lineOf(broken, "\t");
            save(year, broken);
            browser.waitUntil("the overlay shows the error", BUILD_SECONDS, d -> overlay(d).contains("2026.yaml:" + line + ":"));
            String overlay = overlay(driver);
            assertTrue(overlay.contains("内容有错误，网站未更新"), overlay);
            assertTrue(overlay.contains("制表符"), overlay);
            assertTrue(text(driver).contains("（预览测试）巩固拓展12345"), "the last good page stays under the errors");
            String refused = terminal.lines.get(terminal.lines.size() - 1);
            assertTrue(refused.startsWith("refused [") && refused.contains("offices/luan-szfb/2026.yaml:" + line + ":"),
                    terminal.lines.toString());

            save(year, original.replace(GOAL, GOAL.replace("巩固拓展", "（再次修改）巩固拓展")));
            browser.waitUntil("the page shows the fixed goal without the overlay", BUILD_SECONDS,
                    d -> text(d).contains("（再次修改）巩固拓展12345") && overlay(d).isEmpty());
        }
    }

    @Test
    void aFailedFirstBuildIsShownOnEveryPageUntilFixed() throws IOException, InterruptedException {
        Path content = temp.resolve("content");
        SiteFiles.copy(Seeds.CONTENT, content);
        Path year = content.resolve(YEAR_FILE);
        String original = Files.readString(year, StandardCharsets.UTF_8);
        Files.writeString(year, original.replace("\n    " + GOAL, "\n\t" + GOAL), StandardCharsets.UTF_8);
        try (Preview preview = start(content, new Terminal())) {
            HttpResponse<String> page = fetch(preview.url() + PAGE);
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("内容有错误，网站未更新"), page.body());
            assertTrue(page.body().contains("content/offices/luan-szfb/2026.yaml:"), page.body());
            assertTrue(page.body().contains("<script src=\"/_gongkai/live.js?build=1\"></script>"), page.body());

            save(year, original);
            long deadline = System.nanoTime() + BUILD_SECONDS * 1_000_000_000L;
            while (fetch(preview.url() + PAGE).statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "the fixed content was never served");
                Thread.sleep(50);
            }
            assertTrue(fetch(preview.url() + PAGE).body().contains("巩固拓展12345政务服务便民热线优化归并成果"));
        }
    }

    private Preview start(Path content, Terminal terminal) throws IOException {
        return Preview.start(new PreviewSettings(content, temp.resolve("site"), Path.of("templates"), 0), terminal,
                new PrintWriter(new StringWriter()));
    }

    /** Saves as editors do: a temporary file beside the original, renamed over it. */
    private static void save(Path file, String text) throws IOException {
        Path draft = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(draft, text, StandardCharsets.UTF_8);
        Files.move(draft, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    private static HttpResponse<String> fetch(String url) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The page's text, or nothing while it reloads. */
    private static String text(ChromeDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "";
        }
    }

    private static String overlay(ChromeDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#gongkai-overlay[role=alert]")).stream()
                    .map(e -> e.getText()).findFirst().orElse("");
        } catch (WebDriverException e) {
            return "";
        }
    }
}
