package org.gongkai.search.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.CRC32;

/**
 * Writes the export's files under one folder, from any number of threads, and checksums them: the search
 * page names the version it was built with, so that no browser mixes a cached shard with a new one.
 */
final class OutputFiles {

    private final Path root;
    private final ConcurrentSkipListMap<String, Long> checksums = new ConcurrentSkipListMap<>();

    OutputFiles(Path root) {
        this.root = root;
    }

    void write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        CRC32 crc = new CRC32();
        crc.update(content);
        checksums.put(relative, crc.getValue());
    }

    /** A checksum of every file's name and checksum, in name order: the same whatever order they came in. */
    String version() {
        CRC32 version = new CRC32();
        checksums.forEach((name, crc) -> {
            version.update(name.getBytes(StandardCharsets.UTF_8));
            version.update(Long.toString(crc).getBytes(StandardCharsets.UTF_8));
        });
        return String.format("%08x", version.getValue());
    }
}
