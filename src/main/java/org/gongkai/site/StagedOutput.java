package org.gongkai.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A build's output folder beside the real one, swapped in only when the build is complete, so that a
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

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
