package org.gongkai.content.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A year file found in an office folder, not yet read: enough to plan the site before loading it. {@code earlier}
 * are the files of its earlier versions found in the office's {@code earlier/} folder, by version; which of them
 * the year file's corrections name is known only once it is read.
 */
public record DisclosureFile(String officeId, int year, Path path, String shownAs, List<Earlier> earlier) {

    public DisclosureFile {
        earlier = List.copyOf(earlier);
    }

    /** An earlier version's file, {@code earlier/<year>-<version>.yaml}. */
    public record Earlier(int version, Path path, String shownAs) {}
}
