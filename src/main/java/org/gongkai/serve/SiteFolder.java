package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The output folder as a static file server shows it: a folder's index.html, a redirect that adds a folder's
 * missing slash, and the site's own 404 page. A build swaps the folder in with one step; only where the file system
 * cannot exchange two folders does it take two renames, and for an instant the folder is missing; a request that
 * falls into that instant, or comes before the first build has ended, waits for the folder and is answered from it.
 */
final class SiteFolder {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", Reply.HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("bin", "application/octet-stream"));

    /** Longer than any swap; only a first build that failed would leave the folder missing. */
    private static final long SWAP_WAIT_NANOS = 2_000_000_000L;

    private final Path root;

    SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static String typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The reply to a GET of {@code path}; {@code rawPath} and {@code rawQuery} as sent, for a redirect. */
    Reply answer(RequestPath path, String rawPath, Optional<String> rawQuery) throws IOException {
        try {
            return find(path, rawPath, rawQuery);
        } catch (NoSuchFileException e) {
            awaitRoot();
            return find(path, rawPath, rawQuery);
        }
    }

    private Reply find(RequestPath path, String rawPath, Optional<String> rawQuery) throws IOException {
        Path file = root.resolve(path.relative()).normalize();
        if (!file.startsWith(root)) {
            return notFound();
        }
        if (Files.isDirectory(file)) {
            if (!path.folder() && !path.segments().isEmpty()) {
                return Reply.redirect(rawPath + "/" + rawQuery.map(q -> "?" + q).orElse(""));
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath())) {
            return Reply.of(200, typeOf(file.getFileName().toString()), Files.readAllBytes(file));
        }
        return notFound();
    }

    private Reply notFound() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the site is being swapped");
        }
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            return Reply.of(404, Reply.HTML, Files.readAllBytes(page));
        }
        return Reply.text(404, "页面不存在。");
    }

    private void awaitRoot() {
        long deadline = System.nanoTime() + SWAP_WAIT_NANOS;
        while (!Files.isDirectory(root) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
