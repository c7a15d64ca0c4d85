package org.gongkai.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;

/**
 * The fixture of a form without a readable 年度资金总额 (src/test/resources/no-total-site), built once per test run:
 * one office's year with a project that has its total and one whose total is left out, and the next year, whose
 * form of the second project printed its total.
 */
public final class NoTotalSite {

    public static final Path CONTENT = Path.of("src/test/resources/no-total-site/content");
    /** The year, the project with a total, and the project without one. */
    public static final String YEAR = "shuili/2024/";
    public static final String TOTALLED = YEAR + "dfxf/";
    public static final String UNTOTALLED = YEAR + "hdzl/";

    private NoTotalSite() {}

    public static Path root() throws IOException {
        return SiteFiles.buildForRun("gongkai-no-total-site", CONTENT);
    }

    /** The page at {@code page}, a path such as {@link #UNTOTALLED}, or "" for the home page. */
    public static Document page(String page) throws IOException {
        return SiteFiles.page(root(), page);
    }
}
