package org.gongkai.search.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.CRC32;

/**
 * Writes the export's files under one folder, from any number of threads, and checksums them: the search
 * page names the version it was built with, so that no browser mixes a cached shard with a new one. A file
 * whose bytes equal the published one's is not written at all but listed as unchanged: a rebuild after one
 * edit changes a few hundred of a province's 360,000 search files.
 */
final class OutputFiles {

    private final Path root;
    private final Optional<Path> published;
    private final ConcurrentSkipListMap<String, Long> checksums = new ConcurrentSkipListMap<>();
    private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    /** The folders made so far: the export writes tens of thousands of files into a dozen folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** Files under {@code root}, except those equal to their namesakes under {@code published}. */
    OutputFiles(Path root, Optional<Path> published) {
        this.root = root;
        this.published = published;
    }

    void write(String relative, byte[] content) throws IOException {
        write(relative, content, null);
    }

    /**
     * As above, where {@code published} holds the published file's bytes, already read by the caller: they are
     * compared without reading the file again.
     */
    void write(String relative, byte[] content, byte[] publishedBytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        checksums.put(relative, crc.getValue());
        if (published.isPresent() && (publishedBytes != null ? Arrays.equals(publishedBytes, content)
                : sameAs(published.get().resolve(relative), content))) {
            unchanged.add(relative);
            return;
        }
        Path file = root.resolve(relative);
        // Made once each, not asked for again with every file: two system calls a file, 150,000 at 20,000 projects.
        if (!folders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            folders.add(file.getParent());
        }
        Files.write(file, content);
    }

    private static boolean sameAs(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    /** The files left as published, relative to the folder. */
    Set<String> unchanged() {
        return Set.copyOf(unchanged);
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
