package org.gongkai.integrity;

import java.nio.file.Path;
import java.util.List;

/** Files below a folder, by their paths relative to it with forward slashes. */
public record FileSet(Path root, List<String> paths) {

    public FileSet {
        paths = List.copyOf(paths);
    }

    public static FileSet empty(Path root) {
        return new FileSet(root, List.of());
    }
}
