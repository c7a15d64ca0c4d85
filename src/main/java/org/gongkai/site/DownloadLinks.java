package org.gongkai.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.export.Downloads;
import org.gongkai.export.Table;

/** The links to one scope's downloads, with their sizes, for the year pages, the home page and the data page. */
final class DownloadLinks {

    private DownloadLinks() {}

    /**
     * The downloads in {@code folder}, linked as {@code hrefPrefix + file} and saved as {@code namePrefix + file},
     * so that files from different offices and years do not overwrite each other in a reader's download folder.
     */
    static List<Pages.Download> in(Path folder, String hrefPrefix, String namePrefix) throws IOException {
        List<Pages.Download> links = new ArrayList<>();
        for (Table t : Downloads.TABLES) {
            links.add(link(folder, t.title() + "（CSV）", t.file(), hrefPrefix, namePrefix));
        }
        links.add(link(folder, "全部数据（JSON）", Downloads.JSON_FILE, hrefPrefix, namePrefix));
        links.add(link(folder, "数据包说明（Fiscal Data Package）", Downloads.PACKAGE_FILE, hrefPrefix, namePrefix));
        return links;
    }

    private static Pages.Download link(Path folder, String label, String file, String hrefPrefix, String namePrefix)
            throws IOException {
        return new Pages.Download(label, hrefPrefix + file, namePrefix + file, size(Files.size(folder.resolve(file))));
    }

    /** A size as readers see it on download links: bytes below 1 KB, then KB or MB with one decimal. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        long tenths = bytes < 1024 * 1024 ? Math.round(bytes * 10.0 / 1024) : Math.round(bytes * 10.0 / (1024 * 1024));
        String unit = bytes < 1024 * 1024 ? " KB" : " MB";
        return tenths / 10 + "." + tenths % 10 + unit;
    }
}
