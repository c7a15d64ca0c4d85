package org.gongkai.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete new tree made in the work folder while the published one stays as it was, then swapped in whole in one
 * step: readers, and a build killed at any moment, see the old tree or the new one, never a mix. An incremental
 * build writes only what it made afresh and hard-links the rest from the published tree, which keeps those files'
 * bytes and modification times and costs no copy.
 */
public final class Staging implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Path parked;
    private final Path scratch;
    private final SiteModes modes;
    private boolean published;
    /** Set once a hard link fails, as across file systems: the rest are copied with their times. */
    private boolean copying;

    private Staging(Path target, Path staging, Path parked, Path scratch, SiteModes modes) {
        this.target = target;
        this.staging = staging;
        this.parked = parked;
        this.scratch = scratch;
        this.modes = modes;
    }

    /**
     * The next site of {@code output}, empty but for the marker that makes it gongkai's, with the public modes its
     * folders and files will have.
     */
    public static Staging site(OutputFolder output) throws IOException {
        WorkFolder work = output.work();
        Path staging = fresh(work.nextSite());
        Staging next = new Staging(work.output(), staging, work.previousSite(), work.temporary(),
                SiteModes.of(staging));
        OutputFolder.mark(staging);
        return next;
    }

    /** The next search index, for a full build. */
    public static Staging index(WorkFolder work) throws IOException {
        return new Staging(work.searchIndex(), fresh(work.nextIndex()), work.previousIndex(), work.temporary(),
                null);
    }

    private static Path fresh(Path folder) throws IOException {
        Trees.delete(folder);
        Files.createDirectories(folder.getParent());
        return Files.createDirectory(folder);
    }

    public Path root() {
        return staging;
    }

    /** The tree this one replaces, as published now. */
    public Path target() {
        return target;
    }

    /**
     * What the target holds once the build is published: the files staged, by path relative to the staging folder,
     * and the published files it keeps without their being staged. A full build passes no folders and files, so the
     * published files are not listed. Where a file will come from is looked up here, by the link check and the
     * manifest alike, so that neither repeats the rules of {@link #keepUnchanged}.
     */
    public static final class Contents {
        private final Path staging;
        private final Path target;
        private final List<String> staged;
        private final List<String> untouched;
        private final Set<String> stagedSet;
        private final Set<String> untouchedSet;

        private Contents(Path staging, Path target, List<String> staged, Set<String> stagedSet, Set<String> untouched) {
            this.staging = staging;
            this.target = target;
            this.staged = staged;
            this.stagedSet = stagedSet;
            this.untouchedSet = untouched;
            this.untouched = List.copyOf(untouched);
        }

        public List<String> staged() {
            return staged;
        }

        public List<String> untouched() {
            return untouched;
        }

        /** The file that {@code relative} (forward slashes) will be once the build is published, if any. */
        public Optional<Path> file(String relative) {
            if (stagedSet.contains(relative)) {
                return Optional.of(staging.resolve(relative));
            }
            return untouchedSet.contains(relative) ? Optional.of(target.resolve(relative)) : Optional.empty();
        }
    }

    /**
     * The contents once published: every staged file, and of the published files those in the folders of
     * {@code carried} (relative, ending in a slash) and those of {@code kept}, which the build found unchanged.
     */
    public Contents contents(Set<String> carried, Set<String> kept) throws IOException {
        List<String> staged = Trees.files(staging);
        Set<String> stagedSet = new HashSet<>(staged);
        Set<String> untouched = new HashSet<>();
        for (String folder : carried) {
            Path root = target.resolve(folder);
            if (Files.isDirectory(root)) {
                for (String file : Trees.files(root)) {
                    untouched.add(folder + file);
                }
            }
        }
        for (String file : kept) {
            if (Files.isRegularFile(target.resolve(file))) {
                untouched.add(file);
            }
        }
        untouched.removeAll(stagedSet);
        return new Contents(staging, target, staged, stagedSet, untouched);
    }

    /**
     * Completes the staged tree with the published files {@code contents} keeps untouched, hard-linked, and puts the
     * published file in the place of each staged one with the same bytes, so that an unchanged page keeps its time
     * and a server or rsync sees it unchanged.
     */
    public void keepUnchanged(Contents contents) throws IOException {
        for (String file : contents.staged()) {
            keepIfUnchanged(file);
        }
        Set<String> folders = new HashSet<>();
        for (String file : contents.untouched()) {
            Path to = staging.resolve(file);
            if (folders.add(to.getParent().toString())) {
                Files.createDirectories(to.getParent());
            }
            link(target.resolve(file), to);
        }
    }

    /** Puts the published file in the place of the staged {@code file} (relative) if their bytes are the same. */
    public void keepIfUnchanged(String file) throws IOException {
        Path from = target.resolve(file);
        Path to = staging.resolve(file);
        if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS) && Files.size(from) == Files.size(to)
                && Files.mismatch(from, to) == -1) {
            Files.delete(to);
            link(from, to);
        }
    }

    private void link(Path from, Path to) throws IOException {
        if (!copying) {
            try {
                Files.createLink(to, from);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                copying = true;
            }
        }
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Swaps the staged tree in for the published one in one step, then deletes the tree it replaced. A failure
     * before the swap leaves the published tree as it was; after it, the old tree is left for the next build to
     * delete.
     */
    public void publish() throws IOException {
        if (modes != null) {
            modes.apply(staging);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !emptyFolder(target)) {
            DirectorySwap.swap(target, staging, parked, scratch);
            published = true;
            Trees.delete(staging);
        } else {
            DirectorySwap.moveInto(target, staging);
            published = true;
        }
    }

    private static boolean emptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Removes the staged tree unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            Trees.delete(staging);
        }
    }
}
