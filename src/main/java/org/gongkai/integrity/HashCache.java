package org.gongkai.integrity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of each file of a site as the last build left it, with the file's size and modification time, so
 * that an incremental build hashes the files it wrote and only those of the others whose size or time changed:
 * at 100,000 projects a site holds about 460,000 files, of which a rebuild after one edit writes few.
 */
public final class HashCache {

    /** Changed whenever a build would read an older cache wrongly. */
    static final String FORMAT = "gongkai-file-hashes-1";

    private final Map<String, Known> known;

    private record Known(long size, long modified, String sha256) {}

    /** A manifest and the cache that describes the files it lists, for the next build. */
    public record Hashed(Manifest manifest, HashCache cache) {}

    private HashCache(Map<String, Known> known) {
        this.known = known;
    }

    /** No cache: every file is hashed. */
    public static HashCache none() {
        return new HashCache(Map.of());
    }

    /**
     * The cache in {@code file} if it describes {@code site}; a cache that is missing, of another site or
     * unreadable only costs hashing every file, so it is never an error.
     */
    public static HashCache read(Path file, Path site) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Map<String, Known> known = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(in.readLine()) || !absolute(site).equals(in.readLine())) {
                return none();
            }
            int number = 2;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String[] parts = line.split(" ", 3);
                if (parts.length < 3) {
                    return none();
                }
                Manifest.Entry entry = ManifestLines.parse(parts[2], file, number);
                known.put(entry.path(), new Known(Long.parseLong(parts[0]), Long.parseLong(parts[1]), entry.sha256()));
            }
        } catch (IOException | NumberFormatException | Manifest.Malformed e) {
            return none();
        }
        return new HashCache(known);
    }

    /**
     * The files of the site this cache describes, as the build that wrote it left them; none when there is no cache.
     */
    public Optional<Set<String>> files() {
        return known.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(known.keySet()));
    }

    /**
     * The manifest of the files {@code written} by this build, all hashed, and the files {@code kept} from an
     * earlier one, hashed only when their size or modification time is not the one this cache knows; on every
     * core. A path in both is a program error.
     */
    public Hashed manifest(FileSet written, FileSet kept, int threads) throws IOException {
        int count = written.paths().size() + kept.paths().size();
        Manifest.Entry[] entries = new Manifest.Entry[count];
        Known[] seen = new Known[count];
        Workers.run(count, threads, (i, sha256) -> {
            boolean fresh = i < written.paths().size();
            String path = fresh ? written.paths().get(i) : kept.paths().get(i - written.paths().size());
            Path file = (fresh ? written.root() : kept.root()).resolve(path);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Known before = fresh ? null : known.get(path);
            String hash = before != null && before.size() == size && before.modified() == modified ? before.sha256()
                    : sha256.of(file);
            entries[i] = new Manifest.Entry(path, hash);
            seen[i] = new Known(size, modified, hash);
        });
        Map<String, Known> next = new HashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            next.put(entries[i].path(), seen[i]);
        }
        return new Hashed(new Manifest(List.of(entries)), new HashCache(next));
    }

    /** Writes the cache for {@code site} whole or not at all. */
    public void write(Path file, Path site) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "file-hashes-", ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(FORMAT + "\n" + absolute(site) + "\n");
            for (Map.Entry<String, Known> e : known.entrySet()) {
                Known k = e.getValue();
                out.write(k.size() + " " + k.modified() + " " + ManifestLines.format(k.sha256(), e.getKey()) + "\n");
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String absolute(Path site) {
        return site.toAbsolutePath().normalize().toString();
    }
}
