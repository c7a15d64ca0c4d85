package org.gongkai.content.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Original;
import org.gongkai.content.write.DisclosureWriter;
import org.gongkai.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 原文出处 as a year file states it: read with every part (the SHA-256 in lower case, as sha256sum prints it), and
 * written back by the importer's writer so that reading the written file gives the same.
 */
class OriginalTest {

    @TempDir
    Path temp;

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-site/content");

    private static Disclosure read(Path content, int year) {
        ContentLoader loader = new ContentLoader(content);
        Findings findings = new Findings();
        Catalog catalog = loader.catalog(findings).orElseThrow(() -> new AssertionError(findings.sorted()));
        DisclosureFile file = catalog.disclosures().stream().filter(f -> f.shownAs().endsWith(year + ".yaml"))
                .findFirst().orElseThrow();
        Disclosure d = loader.disclosure(file, findings).orElseThrow(() -> new AssertionError(findings.sorted()));
        assertTrue(!findings.hasErrors(), findings.sorted().toString());
        return d;
    }

    private static List<Object> parts(Original o) {
        return List.of(o.url(), o.title(), o.publishedBy(), o.retrieved(), o.sha256());
    }

    @Test
    void anOriginalIsReadWithEveryPartAndWrittenBack() throws IOException {
        Original read = read(FIXTURE, 2025).original().orElseThrow();
        assertEquals(List.of("https://www.example.gov.cn/xxgk/2025/demo-jxmb.html",
                Optional.of("示例市人民政府办公室2025年度项目支出绩效目标"), Optional.of("示例市人民政府网站"),
                Optional.of(LocalDate.of(2025, 2, 10)),
                Optional.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")), parts(read));
        assertEquals(Optional.empty(), read(FIXTURE, 2024).original());

        Path content = temp.resolve("content");
        SiteFiles.copy(FIXTURE, content);
        Path file = content.resolve("offices/demo-office/2025.yaml");
        Files.writeString(file, new DisclosureWriter().write(read(FIXTURE, 2025)), StandardCharsets.UTF_8);
        assertEquals(parts(read), parts(read(content, 2025).original().orElseThrow()));
    }
}
