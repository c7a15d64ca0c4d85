package org.gongkai.content.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongkai.testing.SpecCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case of loader/errors.spec: each bad file gives exactly the findings the spec lists. */
class LoaderErrorsTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() {
        return SpecCases.read("/loader/errors.spec").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(SpecCases.Case c) throws IOException {
        Path root = SpecCases.contentTree(temp, c);
        Findings findings = new Findings();
        ContentLoader loader = new ContentLoader(root);
        loader.catalog(findings).ifPresent(catalog -> catalog.disclosures().forEach(d -> loader.disclosure(d, findings)));
        SpecCases.assertFindings(c, findings.sorted());
    }
}
