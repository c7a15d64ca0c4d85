package org.gongkai.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed content with one year file corrected, for the tests of corrections: the seeds themselves are the official
 * record and were never corrected. The text first published of huainan-szfb's 2024 file misprinted its second
 * project's name; the correction fixed it, and that earlier text is kept as earlier/2024-1.yaml.
 */
public final class CorrectedSeeds {

    public static final String OFFICE = "huainan-szfb";
    public static final int YEAR = 2024;
    public static final String DATE = "2024-03-01";
    public static final String NOTE = "第2个项目支出绩效目标表的项目名称有错别字，现予更正；其余内容不变。";
    /** The project whose name the correction fixed. */
    public static final String PROJECT = "zwgkgzzxjf";
    public static final String NAME = "政务公开工作专项经费";
    /** The name as first published: a word found nowhere else in the seeds, nor in the note. */
    public static final String MISPRINT = "政务公开工作专项经贵";

    private static Path site;

    private CorrectedSeeds() {}

    /** The corrected seed site, built once per test run for the tests that only look at its pages. */
    public static synchronized Path site() throws IOException {
        if (site == null) {
            Path dir = Files.createTempDirectory("gongkai-corrected-site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SiteFiles.delete(dir)));
            copy(dir.resolve("content"));
            if (!SiteFiles.build(dir.resolve("content"), dir.resolve("site")).published()) {
                throw new AssertionError("the corrected seeds did not build");
            }
            site = dir.resolve("site");
        }
        return site;
    }

    /** Copies the seed content into {@code content} and corrects it. */
    public static void copy(Path content) throws IOException {
        SiteFiles.copy(Seeds.CONTENT, content);
        correct(content);
    }

    /** Corrects a copy of the seed content: the year file gains the correction, and its earlier text is kept. */
    public static void correct(Path content) throws IOException {
        Path file = yearFile(content);
        String current = Files.readString(file, StandardCharsets.UTF_8);
        String line = "\n    name: " + NAME + "\n";
        if (current.indexOf(line) < 0 || current.indexOf(line) != current.lastIndexOf(line)) {
            throw new IllegalStateException("the seed's project name is not where this helper expects it");
        }
        Path earlier = earlierFile(content);
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, current.replace(line, "\n    name: " + MISPRINT + "\n"), StandardCharsets.UTF_8);
        Files.writeString(file, current.replace("\nlist:\n", "\ncorrections:\n  - version: 1\n    date: " + DATE
                + "\n    note: " + NOTE + "\nlist:\n"), StandardCharsets.UTF_8);
    }

    public static Path yearFile(Path content) {
        return content.resolve("offices").resolve(OFFICE).resolve(YEAR + ".yaml");
    }

    public static Path earlierFile(Path content) {
        return content.resolve("offices").resolve(OFFICE).resolve("earlier").resolve(YEAR + "-1.yaml");
    }
}
