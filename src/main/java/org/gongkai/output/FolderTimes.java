package org.gongkai.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The modification time of every folder of a tree, recorded when a build leaves the tree: a file added, removed or
 * renamed anywhere in it changes the time of its folder, so the times read again tell, at the cost of one look per
 * folder rather than per file, that nobody has put anything into the tree or taken anything out since.
 */
final class FolderTimes {

    /** Changed whenever a build would read an older record wrongly. */
    private static final String FORMAT = "gongkai-folder-times-1";

    private FolderTimes() {}

    /**
     * Records the folders of {@code root} that hold {@code files} (relative, forward slashes), root included; or
     * forgets the record when one of them is missing.
     */
    static void record(Path root, Collection<String> files, Path record) throws IOException {
        Set<String> folders = new TreeSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                if (!folders.add(file.substring(0, slash))) {
                    break;
                }
            }
        }
        StringBuilder lines = new StringBuilder(FORMAT).append('\n');
        boolean fine = false;
        for (String folder : folders) {
            long time;
            try {
                time = time(root.resolve(folder));
            } catch (NoSuchFileException gone) {
                // A folder the list names is not in the tree, as when someone deleted it from the site: no record,
                // so the tree is not trusted.
                forget(record);
                return;
            }
            fine |= time % 1_000_000_000L != 0;
            lines.append(time).append(' ').append(folder).append('\n');
        }
        if (!fine) {
            // Whole seconds only: a file system this coarse could hide a change made in the second the record was
            // taken, so there is no record and the caller always looks at every file.
            forget(record);
            return;
        }
        Trees.writeWhole(record, lines);
    }

    /**
     * Whether every folder {@code record} names still has its time; false when there is no record or it cannot be
     * read, which costs the caller a full look and is never an error.
     */
    static boolean unchanged(Path root, Path record) {
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(in.readLine())) {
                return false;
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                if (space < 0 || !line.substring(0, space).equals(String.valueOf(time(root.resolve(line.substring(space + 1)))))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the record, before the tree it describes is changed. */
    static void forget(Path record) throws IOException {
        Files.deleteIfExists(record);
    }

    private static long time(Path folder) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder any more");
        }
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
