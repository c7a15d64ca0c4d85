package org.gongkai.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site published before the current one, kept in the work folder with the list of paths where the two differ,
 * so that the next incremental build makes its complete new tree by changing the spare in those paths and its own
 * rather than by linking every file of the site again: a publish then costs what changed, not what the site holds.
 * Both trees share the bytes of every unchanged file through hard links. The spare is trusted only while its list
 * is there and neither tree has gained or lost a file since it was written; the list is deleted before the spare is
 * touched, so a build stopped midway leaves a spare that the next build throws away.
 */
final class SpareSite {

    /** Changed whenever a build would read an older list wrongly. */
    private static final String FORMAT = "gongkai-spare-1";

    private final WorkFolder work;
    private final Set<String> differs;

    private SpareSite(WorkFolder work, Set<String> differs) {
        this.work = work;
        this.differs = differs;
    }

    /**
     * The spare, if it can be trusted: its list is whole, and it has gained or lost no file since the list was
     * written. The caller knows whether the published site has.
     */
    static Optional<SpareSite> usable(WorkFolder work) {
        if (!Files.isDirectory(work.spareSite(), LinkOption.NOFOLLOW_LINKS)
                || !FolderTimes.unchanged(work.spareSite(), work.spareFolders())) {
            return Optional.empty();
        }
        Set<String> differs = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(work.spareJournal(), StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(in.readLine())) {
                return Optional.empty();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                differs.add(line);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new SpareSite(work, differs));
    }

    /** Deletes the spare and its records: the list first, so that a tree left half deleted is never trusted. */
    static void discard(WorkFolder work) throws IOException {
        Files.deleteIfExists(work.spareJournal());
        FolderTimes.forget(work.spareFolders());
        Trees.delete(work.spareSite());
    }

    /**
     * Keeps the tree at the spare's place, the site just replaced, as the next build's spare: it differs from the
     * published site in {@code differs}, and holds {@code files}. The list is written last.
     */
    static void keep(WorkFolder work, Collection<String> differs, Collection<String> files) throws IOException {
        FolderTimes.record(work.spareSite(), files, work.spareFolders());
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (String path : new TreeSet<>(differs)) {
            text.append(path).append('\n');
        }
        Trees.writeWhole(work.spareJournal(), text);
    }

    Path root() {
        return work.spareSite();
    }

    /**
     * Makes the spare the site {@code contents} describes: in every path where it differs from the published site
     * {@code published} (holding {@code before}), and every path this build staged or dropped, the spare's file is
     * replaced by the staged one, moved from {@code staging}, or by a hard link to the published one, or removed.
     */
    void update(Staging.Contents contents, Set<String> before, Path staging, Path published, Linker linker)
            throws IOException {
        Files.deleteIfExists(work.spareJournal());
        FolderTimes.forget(work.spareFolders());
        Set<String> touched = new TreeSet<>(differs);
        touched.addAll(contents.staged());
        for (String file : before) {
            if (!contents.holds(file)) {
                touched.add(file);
            }
        }
        Path root = root();
        // Every touched path is cleared first, then filled: a file that became a folder, or a folder a file, is then
        // never in the way.
        for (String file : touched) {
            Path into = root.resolve(file);
            if (Files.isDirectory(into, LinkOption.NOFOLLOW_LINKS)) {
                Trees.delete(into);
            } else if (Files.deleteIfExists(into) && !contents.holds(file)) {
                removeEmptyFolders(root, into.getParent());
            }
        }
        for (String file : touched) {
            Path into = root.resolve(file);
            if (contents.isStaged(file)) {
                Files.createDirectories(into.getParent());
                Files.move(staging.resolve(file), into, StandardCopyOption.ATOMIC_MOVE);
            } else if (contents.holds(file)) {
                Files.createDirectories(into.getParent());
                linker.link(published.resolve(file), into);
            }
        }
    }

    /** Removes {@code folder} and the folders above it below {@code root} while they are empty. */
    private static void removeEmptyFolders(Path root, Path folder) throws IOException {
        for (Path at = folder; at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(at);
        }
    }

    /** A hard link, or a copy with its times where links cannot be made. */
    interface Linker {
        void link(Path from, Path to) throws IOException;
    }
}
