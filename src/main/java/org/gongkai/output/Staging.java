package org.gongkai.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete new tree made in the work folder while the published one stays as it was, then swapped in whole in one
 * step: readers, and a build killed at any moment, see the old tree or the new one, never a mix. An incremental
 * build writes only what it made afresh; the rest of its tree are hard links to the published files, which keeps
 * their bytes and modification times and costs no copy, made in the spare site where only what changed is new.
 */
public final class Staging implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final WorkFolder work;
    private final SiteModes modes;
    /** Whether the published site has gained or lost no file since the build that published it. */
    private final boolean publishedUntouched;
    private boolean published;
    /** Set once a hard link fails, as across file systems: the rest are copied with their times. */
    private boolean copying;

    private Staging(WorkFolder work, Path staging, SiteModes modes, boolean publishedUntouched) {
        this.target = work.output();
        this.staging = staging;
        this.work = work;
        this.modes = modes;
        this.publishedUntouched = publishedUntouched;
    }

    /**
     * The next site of {@code output}, empty but for the marker that makes it gongkai's, with the public modes its
     * folders and files will have.
     */
    public static Staging site(OutputFolder output) throws IOException {
        Path staging = Trees.fresh(output.work().nextSite());
        Staging next = new Staging(output.work(), staging, SiteModes.of(staging), output.untouched());
        OutputFolder.mark(staging);
        return next;
    }

    public Path root() {
        return staging;
    }

    /**
     * What the target holds once the build is published: the files staged, by path relative to the staging folder,
     * and the published files it keeps without their being staged. A full build passes no folders and files, so the
     * published files are not listed. Where a file will come from is looked up here, by the link check and the
     * manifest alike, so that neither repeats the rules of {@link #publish(Contents, Optional, Record)}.
     */
    public static final class Contents {
        private final Path staging;
        private final Path target;
        private final List<String> staged;
        private final List<String> untouched;
        private final Set<String> stagedSet;
        private final Set<String> untouchedSet;

        private Contents(Path staging, Path target, Collection<String> staged, Collection<String> untouched) {
            this.staging = staging;
            this.target = target;
            this.staged = List.copyOf(staged);
            this.untouched = List.copyOf(untouched);
            this.stagedSet = new HashSet<>(staged);
            this.untouchedSet = new HashSet<>(untouched);
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

        boolean isStaged(String relative) {
            return stagedSet.contains(relative);
        }

        boolean holds(String relative) {
            return stagedSet.contains(relative) || untouchedSet.contains(relative);
        }

        /** Every file of the published site to be, staged and untouched. */
        List<String> all() {
            List<String> all = new ArrayList<>(staged);
            all.addAll(untouched);
            return all;
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
        return new Contents(staging, target, staged, untouched);
    }

    /**
     * The same contents, where each staged file of {@code files} (relative) whose bytes are the published file's is
     * no longer staged but kept: the published file stays, with its time, and a server or rsync sees it unchanged.
     * Files of {@code files} staged since {@code contents} was taken, such as the manifest, count as staged.
     */
    public Contents withoutUnchanged(Contents contents, Collection<String> files) throws IOException {
        Set<String> staged = new LinkedHashSet<>(contents.staged());
        Set<String> untouched = new LinkedHashSet<>(contents.untouched());
        for (String file : files) {
            Path from = target.resolve(file);
            Path to = staging.resolve(file);
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS) && Files.size(from) == Files.size(to)
                    && Files.mismatch(from, to) == -1) {
                Files.delete(to);
                staged.remove(file);
                untouched.add(file);
            } else {
                staged.add(file);
            }
        }
        return new Contents(staging, target, staged, untouched);
    }

    /** The same contents with {@code file}, written into the staging folder since they were taken, staged. */
    public Contents withStaged(Contents contents, String file) {
        Set<String> staged = new LinkedHashSet<>(contents.staged());
        staged.add(file);
        return new Contents(staging, target, staged, contents.untouched());
    }

    /** Completes the staged tree with the published files {@code contents} keeps untouched, hard-linked. */
    private void linkUntouched(Contents contents) throws IOException {
        Set<Path> folders = new HashSet<>();
        for (String file : contents.untouched()) {
            Path to = staging.resolve(file);
            if (folders.add(to.getParent())) {
                Files.createDirectories(to.getParent());
            }
            link(target.resolve(file), to);
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
     * Swaps the site {@code contents} describes in for the published one in one step. {@code published} lists the
     * published site's files as the build that published it left them; a full build passes none.
     *
     * <p>For an incremental build the tree it replaces is kept as the spare for the next, and, where the published
     * site has gained or lost no file since it was published and the last spare can be trusted, the new tree is made
     * from that spare: only the paths where they differ are changed. Otherwise the staged tree is completed with hard links to every
     * published file it keeps (none, for a full build), and the tree it replaces is deleted. A failure before the swap
     * leaves the published site as it was; after it, what is left over is cleared by the next build.
     *
     * <p>{@code record} writes the list the next build passes as {@code published}. It runs once the published site
     * is no longer known to be untouched, and before the swap: a kill between the two then leaves a list the next
     * build does not trust, never a trusted list of the wrong site.
     */
    public void publish(Contents contents, Optional<Set<String>> published, Record record) throws IOException {
        modes.apply(staging);
        FolderTimes.forget(work.siteFolders());
        record.write();
        // The files of the published site: as the last build left them, if nobody has touched the site since, or else
        // as its manifest lists them, since the claim found no file there that the manifest does not list.
        Optional<Set<String>> before = published.isEmpty() ? Optional.empty()
                : publishedUntouched ? published : OutputFolder.listed(target);
        // The spare mirrors the published site but for its list of differences: not if the site changed behind it.
        Optional<SpareSite> spare = publishedUntouched && before.isPresent() ? SpareSite.usable(work) : Optional.empty();
        Path next = staging;
        if (spare.isPresent()) {
            spare.get().update(contents, before.get(), staging, target, this::link);
            next = spare.get().root();
        } else {
            SpareSite.discard(work);
            linkUntouched(contents);
        }
        boolean replaced = swapIn(next);
        FolderTimes.record(target, contents.all(), work.siteFolders());
        if (replaced && before.isPresent()) {
            if (next == staging) {
                Files.move(staging, work.spareSite(), StandardCopyOption.ATOMIC_MOVE);
            }
            Set<String> differs = new HashSet<>(contents.staged());
            before.get().stream().filter(file -> !contents.holds(file)).forEach(differs::add);
            SpareSite.keep(work, differs, before.get());
        }
        Trees.delete(staging);
    }

    /** Writes what the next build needs to know of the site about to be published. */
    public interface Record {
        void write() throws IOException;
    }

    /**
     * Puts {@code next} in the target's place: swapped with the published tree, which is left at {@code next}'s
     * place, or renamed into an empty or missing target. Returns whether a published tree was replaced.
     */
    private boolean swapIn(Path next) throws IOException {
        boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !emptyFolder(target);
        if (replacing) {
            DirectorySwap.swap(target, next, work.previousSite(), work.temporary());
        } else {
            DirectorySwap.moveInto(target, next);
        }
        published = true;
        return replacing;
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
