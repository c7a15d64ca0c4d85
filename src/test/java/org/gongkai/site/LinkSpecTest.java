package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.check.ContentCheck;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Finding;
import org.gongkai.testing.SiteFiles;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case of site/links.spec: each content tree builds with exactly the link findings listed, at the
 * place in the publisher's file where the link is written, and a build with any of them publishes nothing.
 * {@code gongkai check}, which builds nothing, reports the same script links.
 */
class LinkSpecTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() {
        return SpecCases.read("/site/links.spec").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(SpecCases.Case c) throws IOException {
        Path root = SpecCases.contentTree(temp, c);
        BuildResult result = SiteFiles.build(root, root.resolveSibling(root.getFileName() + "-site"));
        SpecCases.assertFindings(c, result.findings().sorted());
        assertEquals(c.expected().isEmpty(), result.published(), "a site with a broken link is not published");
        assertEquals(scripts(result.findings().sorted()),
                scripts(new ContentCheck(new ContentLoader(root), SiteRenderer.MARKDOWN).run().sorted()),
                "gongkai check reports the script links that the build refuses");
    }

    private static List<Finding> scripts(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals("link.script")).toList();
    }
}
