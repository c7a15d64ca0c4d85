package org.gongkai.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.integrity.FileSet;

/** Walking and deleting folder trees without ever following a symbolic link out of them. */
final class Trees {

    private Trees() {}

    /** The regular files below {@code root}, as relative paths with forward slashes. */
    static List<String> files(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(FileSet.path(root, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** An empty folder at {@code folder}, whatever was there, its parents made as needed. */
    static Path fresh(Path folder) throws IOException {
        delete(folder);
        Files.createDirectories(folder.getParent());
        return Files.createDirectory(folder);
    }

    /**
     * Writes {@code text} to {@code file} whole or not at all: into a temporary file beside it, then renamed over it,
     * so that a kill leaves the old file or the new one, and the temporary one is cleared with the work folder.
     */
    static void writeWhole(Path file, CharSequence text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Deletes {@code root} and everything below it, if it exists. A symbolic link is deleted, never followed, so
     * nothing outside the tree is touched.
     */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
