package org.gongkai.site;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where each page lives. URLs are built from ids only, never from positions, so they stay the same when
 * projects are reordered or other content changes: /{office}/, /{office}/{year}/, /{office}/{year}/{project}/, and
 * for the text a correction replaced /{office}/{year}/v{n}/ and /{office}/{year}/v{n}/{project}/.
 */
public final class SitePaths {

    /** The search page and, under it, the browser's search index. */
    public static final String SEARCH = "search/";

    /** The index of comparison groups; each group's page is below it. */
    public static final String COMPARE = "compare/";

    /** Where the publisher's check report goes: linked from no public page. */
    public static final String REPORT = "_gongkai/check/";

    /** The anchor of a project page's 数据说明, which its year page links to (project.ftlh gives it). */
    public static final String DATA_NOTES = "data-notes";

    private SitePaths() {}

    public static String comparison(String groupId) {
        return COMPARE + groupId + "/";
    }

    public static String office(String officeId) {
        return officeId + "/";
    }

    public static String year(String officeId, int year) {
        return officeId + "/" + year + "/";
    }

    public static String project(String officeId, int year, String projectId) {
        return officeId + "/" + year + "/" + projectId + "/";
    }

    /**
     * An earlier version of a corrected disclosure, below its year page: {@code /{office}/{year}/v1/} is the text
     * first published. Loading reports a project whose id would take the same folder.
     */
    static String earlier(String officeId, int year, int version) {
        return year(officeId, year) + version(version);
    }

    static String earlierProject(String officeId, int year, int version, String projectId) {
        return earlier(officeId, year, version) + projectId + "/";
    }

    /** The folder of an earlier version relative to its year page. */
    static String version(int version) {
        return "v" + version + "/";
    }

    /** The file of a page: its folder's index.html, so URLs end in a slash on any static server. */
    static Path file(Path root, String page) {
        return page.isEmpty() ? root.resolve("index.html") : root.resolve(page).resolve("index.html");
    }

    /** The site's own path on its server, from site.yaml's base_url: {@code /} or {@code /budget/}. */
    public static String serverPath(String baseUrl) {
        String path = URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    /** The relative way back to the site root from a page, so the site works under any path and from disk. */
    static String rootFrom(String page) {
        int depth = 0;
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
