package org.gongkai.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check names files by their paths in the manifest, whatever characters those hold. */
class VerifierTest {

    @TempDir
    Path dir;

    @Test
    void namesWithChineseAndBackslashesAreMatchedAndReportedAsTheyAre() throws IOException {
        Files.createDirectories(dir.resolve("数据"));
        Files.writeString(dir.resolve("数据/项目.csv"), "名称\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a\\b.html"), "<p>");
        Manifest manifest = HashCache.none().manifest(new FileSet(dir, List.of("数据/项目.csv", "a\\b.html")),
                FileSet.empty(dir), 2).manifest();
        Verifier.Report clean = Verifier.check(dir, manifest, Set.of(), 2);
        assertEquals(new Verifier.Report(List.of(), List.of(), List.of(), 2), clean);

        Files.writeString(dir.resolve("数据/x\\y.php"), "<?php");
        Files.writeString(dir.resolve("数据/项目.csv"), "名称\n改动\n", StandardCharsets.UTF_8);
        Files.delete(dir.resolve("a\\b.html"));
        assertEquals(new Verifier.Report(List.of("数据/项目.csv"), List.of("a\\b.html"), List.of("数据/x\\y.php"), 1),
                Verifier.check(dir, manifest, Set.of(), 2));
    }
}
