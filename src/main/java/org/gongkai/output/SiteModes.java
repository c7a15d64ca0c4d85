package org.gongkai.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes a site readable by a web server that runs as another user: folders 755 and files 644, whatever the umask
 * of the build. A probe file tells whether the umask already gives those modes, as it does almost everywhere, so
 * that only an unusual umask costs a walk of the staged tree.
 */
final class SiteModes {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final boolean walk;

    private SiteModes(boolean walk) {
        this.walk = walk;
    }

    /**
     * Sets {@code root}'s own mode, which a folder made by {@code createTempDirectory} or under umask 077 lacks, and
     * finds out, by making a file and a folder in it, whether the others need setting too.
     */
    static SiteModes of(Path root) throws IOException {
        if (!posix(root)) {
            return new SiteModes(false);
        }
        Files.setPosixFilePermissions(root, FOLDER);
        Path file = root.resolve(".mode-probe");
        Path folder = root.resolve(".mode-probe-folder");
        try {
            Files.createFile(file);
            Files.createDirectory(folder);
            return new SiteModes(!Files.getPosixFilePermissions(file).equals(FILE)
                    || !Files.getPosixFilePermissions(folder).equals(FOLDER));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Gives every folder and file below {@code root} its public mode, when the umask did not. */
    void apply(Path root) throws IOException {
        if (!walk) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.setPosixFilePermissions(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
