package org.gongkai.integrity;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Files below a folder, by their paths relative to it with forward slashes. */
public record FileSet(Path root, List<String> paths) {

    public FileSet {
        paths = List.copyOf(paths);
    }

    public static FileSet empty(Path root) {
        return new FileSet(root, List.of());
    }

    /**
     * Every entry below {@code root} other than a folder, links and special files included, as a manifest names it:
     * what a copy of a site holds, planted files included. A link is listed, never followed.
     */
    public static FileSet below(Path root) throws IOException {
        List<String> present = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                present.add(path(root, file));
                return FileVisitResult.CONTINUE;
            }
        });
        return new FileSet(root, present);
    }

    /** A path below {@code root} with forward slashes; on Linux a backslash is part of a name and stays. */
    public static String path(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path name : root.relativize(file)) {
            path.append(path.isEmpty() ? "" : "/").append(name);
        }
        return path.toString();
    }
}
