package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.build.BuildResult;
import org.gongkai.testing.HtmlChecker;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages {@code gongkai serve} makes that no build writes are valid HTML too: the error page of a build stopped
 * by its content or by something else, and a site page with the live-reload tag added on its way out.
 */
class ServedPagesValidHtmlTest {

    @TempDir
    Path temp;

    @Test
    void theErrorPageOfContentErrorsHasNoErrors() throws Exception {
        // A real failed build, so the page lists findings as the checker words them: an amount with its unit.
        Path content = SpecCases.contentTree(temp, new SpecCases.Case("amount", List.of(), Map.of(), List.of()));
        Files.copy(Path.of("src/test/resources/bad-input/amount-with-unit.yaml"),
                content.resolve("offices/demo-office/2024.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BuildResult result = SiteFiles.build(content, temp.resolve("site"));
        assertFalse(result.published());
        BuildStatus status = BuildStatus.none().next(result);
        assertFalse(status.problems().isEmpty());
        assertNoErrors("内容错误页", LiveScript.inject(ErrorPage.of(status), status.build()));
    }

    @Test
    void theErrorPageOfAFailedBuildHasNoErrors() throws Exception {
        BuildStatus status = BuildStatus.none().next("模板 layout.ftlh 第 3 行：<#if> 没有对应的 </#if>，请补上 & 再保存。");
        assertNoErrors("生成失败页", LiveScript.inject(ErrorPage.of(status), status.build()));
    }

    @Test
    void aSitePageWithTheLiveReloadTagHasNoErrors() throws Exception {
        for (String page : List.of("index.html", "404.html")) {
            byte[] served = LiveScript.inject(Files.readAllBytes(SeedSite.root().resolve(page)), 5);
            assertTrue(new String(served, StandardCharsets.UTF_8).contains(LiveScript.tag(5)), page);
            assertNoErrors(page, served);
        }
    }

    private static void assertNoErrors(String page, byte[] html) throws Exception {
        List<String> errors = HtmlChecker.check(html).stream().filter(HtmlChecker.Message::error)
                .map(m -> m.at(page)).toList();
        assertEquals("", String.join("\n", errors), page);
    }
}
