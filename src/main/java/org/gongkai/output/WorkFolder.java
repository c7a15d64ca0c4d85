package org.gongkai.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .gongkai/} layout: beside an output folder {@code site}, its own work folder {@code .gongkai/site/}
 * holds the search index, the caches of the last build, the lock, and the trees a build stages. Keeping each output
 * its own folder lets two outputs share a parent without sharing an index or a cache.
 */
public final class WorkFolder {

    /** The folder, beside every output folder, that holds the work folders of the outputs in that parent. */
    public static final String NAME = ".gongkai";

    private final Path output;
    private final Path root;

    private WorkFolder(Path output) {
        this.output = output;
        this.root = output.getParent().resolve(NAME).resolve(output.getFileName().toString());
    }

    /** The work folder of {@code output}, a folder that has a parent. */
    public static WorkFolder of(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IllegalArgumentException("the file system root has no work folder");
        }
        return new WorkFolder(absolute);
    }

    /** The output folder, absolute. */
    public Path output() {
        return output;
    }

    public Path root() {
        return root;
    }

    /** The Lucene index of the published site: its files are not byte-reproducible, so not in the site. */
    public Path searchIndex() {
        return root.resolve("search-index");
    }

    /** What the last build kept of each year file, for an incremental build. */
    public Path buildCache() {
        return root.resolve("build-cache.json");
    }

    /** The SHA-256, size and time of each file of the published site, so that a rebuild hashes few. */
    public Path fileHashes() {
        return root.resolve("file-hashes");
    }

    /** Held by the build that writes the output; it names that build's process. */
    Path lock() {
        return root.resolve("lock");
    }

    /** The site a build is making; once swapped in, the site it replaced, until that is deleted. */
    Path nextSite() {
        return root.resolve("next-site");
    }

    /** The search index a full build is making. */
    Path nextIndex() {
        return root.resolve("next-search-index");
    }

    /**
     * Where the site a swap replaced waits while the new one is renamed in, on a file system that cannot exchange
     * two folders in one step; present after a kill only between those two renames.
     */
    Path previousSite() {
        return root.resolve("previous-site");
    }

    /** Where the published search index waits during a swap without exchange, as {@link #previousSite} does. */
    Path previousIndex() {
        return root.resolve("previous-search-index");
    }

    /** The site published before the current one, which the next incremental build makes into its new site. */
    Path spareSite() {
        return root.resolve("spare-site");
    }

    /** The paths where the spare site differs from the published one; without it the spare is not trusted. */
    Path spareJournal() {
        return root.resolve("spare-differs");
    }

    /** The times of the spare site's folders, as it was left. */
    Path spareFolders() {
        return root.resolve("spare-folders");
    }

    /** The times of the published site's folders, as the build that published it left them. */
    Path siteFolders() {
        return root.resolve("site-folders");
    }

    /** Scratch files, such as the native library JNA unpacks. */
    Path temporary() {
        return root.resolve("tmp");
    }

    /**
     * Clears what an interrupted build left, under the lock: a half-staged site or index, a replaced site not yet
     * deleted, scratch files, half-written caches, and the shared caches of an earlier version. A site caught between the two renames of
     * a swap without exchange is put back first, so the output is never left missing.
     */
    void clearLeftovers() throws IOException {
        putBack(previousSite(), output);
        putBack(previousIndex(), searchIndex());
        // Everything else in the work folder is a leftover: staged trees, parked ones, scratch files, and the half-
        // written temporary file of a cache that a kill stopped before it was renamed into place.
        Set<Path> kept = Set.of(searchIndex(), buildCache(), fileHashes(), lock(), spareSite(), spareJournal(),
                spareFolders(), siteFolders());
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    if (!kept.contains(entry)) {
                        Trees.delete(entry);
                    }
                }
            }
        }
        clearLegacy(root.getParent());
    }

    /**
     * Removes the caches an earlier version of gongkai kept in {@code .gongkai/} itself, shared by every output there,
     * when they are this output's: its build cache or its file hashes name this folder. Then its search index (known
     * by Lucene's segments file, so that the work folder of an output called {@code search-index} is never taken for
     * it) and interrupted index stagings go too. Another output's, which an earlier version may still build, stay.
     */
    private void clearLegacy(Path shared) throws IOException {
        if (!Files.isDirectory(shared, LinkOption.NOFOLLOW_LINKS) || !legacyOwner(shared).contains(output.toString())) {
            return;
        }
        for (String file : List.of("build-cache.json", "file-hashes")) {
            Path old = shared.resolve(file);
            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(old);
            }
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shared,
                entry -> !entry.equals(root) && (entry.getFileName().toString().startsWith(".search-index.building-")
                        || entry.getFileName().toString().equals("search-index") && luceneIndex(entry)))) {
            for (Path entry : entries) {
                Trees.delete(entry);
            }
        }
    }

    /**
     * The output folders the earlier version's caches name: the second line of its file hashes, and the
     * {@code "output"} of its build cache.
     */
    private static Set<String> legacyOwner(Path shared) throws IOException {
        Set<String> owners = new HashSet<>();
        Path hashes = shared.resolve("file-hashes");
        if (Files.isRegularFile(hashes, LinkOption.NOFOLLOW_LINKS)) {
            try (BufferedReader in = Files.newBufferedReader(hashes, StandardCharsets.UTF_8)) {
                in.readLine();
                Optional.ofNullable(in.readLine()).ifPresent(owners::add);
            } catch (CharacterCodingException e) {
                // Not a cache of gongkai's: it names nobody.
            }
        }
        Path cache = shared.resolve("build-cache.json");
        if (Files.isRegularFile(cache, LinkOption.NOFOLLOW_LINKS)) {
            try {
                JsonNode output = new ObjectMapper().readTree(cache.toFile()).path("output");
                if (output.isTextual()) {
                    owners.add(output.asText());
                }
            } catch (JsonProcessingException e) {
                // Not a cache of gongkai's: it names nobody.
            }
        }
        return owners;
    }

    private static boolean luceneIndex(Path folder) throws IOException {
        try (DirectoryStream<Path> segments = Files.newDirectoryStream(folder, "segments*")) {
            return segments.iterator().hasNext();
        }
    }

    private static void putBack(Path parked, Path published) throws IOException {
        if (Files.isDirectory(parked, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(parked, published, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * The staging folders an earlier version of gongkai left beside the output when a build was killed
     * ({@code .site.building-…}, {@code .site.old-…}). They lie outside the output and its work folder, so they are
     * named to the publisher rather than deleted.
     */
    public List<Path> strays() throws IOException {
        List<Path> found = new ArrayList<>();
        String name = output.getFileName().toString();
        Path parent = output.getParent();
        if (!Files.isDirectory(parent)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                entry -> isStray(entry.getFileName().toString(), name) && Files.isDirectory(entry))) {
            entries.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private static boolean isStray(String entry, String output) {
        String prefix = "." + output + ".";
        if (!entry.startsWith(prefix)) {
            return false;
        }
        String rest = entry.substring(prefix.length());
        return rest.matches("(building|old)-\\d+");
    }
}
