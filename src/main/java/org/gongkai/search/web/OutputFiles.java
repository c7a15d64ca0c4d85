package org.gongkai.search.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Writes the export's files under one folder and sums their bytes, so that the search page can name the
 * version it was built with and no browser mixes a cached shard with a new one.
 */
final class OutputFiles {

    private final Path root;
    private final CRC32 version = new CRC32();
    private long bytes;
    private int count;

    OutputFiles(Path root) {
        this.root = root;
    }

    void write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        version.update(relative.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        version.update(content);
        bytes += content.length;
        count++;
    }

    String version() {
        return String.format("%08x", version.getValue());
    }

    long bytes() {
        return bytes;
    }

    int count() {
        return count;
    }
}
