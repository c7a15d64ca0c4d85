package org.gongkai.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.site.SiteRenderer;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case of check/rules.spec through the loader and every rule, as {@code gongkai check} does. */
class CheckRulesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() {
        return SpecCases.read("/check/rules.spec").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(SpecCases.Case c) throws IOException {
        Path root = SpecCases.contentTree(temp, c);
        SpecCases.assertFindings(c, new ContentCheck(new ContentLoader(root), SiteRenderer.MARKDOWN).run().sorted());
    }
}
