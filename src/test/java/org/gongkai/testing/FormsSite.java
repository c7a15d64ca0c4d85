package org.gongkai.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;

/**
 * The fixture of other provinces' forms (src/test/resources/forms-site), built once per test run for the tests that
 * only read it: 项目支出绩效目标申报表 with every further field, and a form with 绩效标准 and no 二级.
 */
public final class FormsSite {

    public static final Path CONTENT = Path.of("src/test/resources/forms-site/content");
    /** The project with every further field, and the one with 绩效标准 and no 二级. */
    public static final String FULL = "nongye/2023/gbzntjs/";
    public static final String STANDARD = "nongye/2023/ncglyh/";

    private FormsSite() {}

    public static Path root() throws IOException {
        return SiteFiles.buildForRun("gongkai-forms-site", CONTENT);
    }

    /** The page at {@code page}, a path such as {@link #FULL}. */
    public static Document page(String page) throws IOException {
        return SiteFiles.page(root(), page);
    }
}
