package org.gongkai.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A build's output folder beside the real one, swapped or merged in only when the build is complete, so that a
 * failed build never leaves half a site and the previous site stays as it was.
 */
final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static StagedOutput beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new StagedOutput(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-"));
    }

    Path root() {
        return staging;
    }

    /** Replaces the target with the staged output: two renames on the same file system, then cleanup. */
    void publish() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        published = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Publishes a build that staged only what it made afresh: a staged file whose bytes equal the target's is
     * dropped, so the target's file keeps its modification time; any other is moved over the target's. Then every
     * file of the target that the build did not stage is deleted, except the files of {@code kept} and those in
     * the folders of {@code carried} (relative, folders ending in a slash), which the build found unchanged.
     */
    void merge(Set<String> carried, Set<String> kept) throws IOException {
        Set<String> staged = new HashSet<>();
        for (String relative : files(staging)) {
            Path file = staging.resolve(relative);
            staged.add(relative);
            Path into = target.resolve(relative);
            if (!sameBytes(file, into)) {
                Files.createDirectories(into.getParent());
                Files.move(file, into, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.createDirectories(target);
        prune(target, folder -> carried.contains(folder + "/"), file -> staged.contains(file) || kept.contains(file));
        deleteTree(staging);
        published = true;
    }

    /**
     * What the target holds once the build is published: the files staged, by path relative to the staging folder,
     * and, for {@link #merge} with the same arguments, the target's files it keeps without their being staged. A
     * full build passes no folders and files, so the target's files are not listed. Where a file will come from is
     * looked up here, by the link check and the manifest alike, so that neither repeats {@link #merge}'s rules.
     */
    static final class Contents {
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

        List<String> staged() {
            return staged;
        }

        List<String> untouched() {
            return untouched;
        }

        /** The file that {@code relative} (forward slashes) will be once the build is published, if any. */
        Optional<Path> file(String relative) {
            if (stagedSet.contains(relative)) {
                return Optional.of(staging.resolve(relative));
            }
            return untouchedSet.contains(relative) ? Optional.of(target.resolve(relative)) : Optional.empty();
        }
    }

    Contents contents(Set<String> carried, Set<String> kept) throws IOException {
        List<String> staged = files(staging);
        Set<String> stagedSet = new HashSet<>(staged);
        Set<String> untouched = new HashSet<>();
        for (String folder : carried) {
            Path root = target.resolve(folder);
            if (Files.isDirectory(root)) {
                for (String file : files(root)) {
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

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> relative(root, file)).toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.isRegularFile(b) && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            prune(root, folder -> false, file -> false);
        }
    }

    /**
     * Deletes every file below {@code root} that {@code keepFile} does not keep, outside the folders that
     * {@code keepFolder} keeps whole, then every folder left empty, {@code root} included; both take paths
     * relative to {@code root} with forward slashes.
     */
    private static void prune(Path root, Predicate<String> keepFolder, Predicate<String> keepFile) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && keepFolder.test(relative(root, dir)) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!keepFile.test(relative(root, file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
