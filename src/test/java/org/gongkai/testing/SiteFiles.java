package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.site.Templates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Building a site in a test, and listing, copying and snapshotting the files of a folder. */
public final class SiteFiles {

    private static final Map<Path, Path> BUILT_FOR_RUN = new HashMap<>();

    private SiteFiles() {}

    public static BuildResult build(Path content, Path out) throws IOException {
        return new SiteBuild(new ContentLoader(content), new Templates(Path.of("templates"))).build(out);
    }

    /**
     * Builds {@code content} once per test run into a folder of its own, deleted when the run ends, for a site that
     * tests share; fails unless the build publishes.
     */
    public static synchronized Path buildForRun(String name, Path content) throws IOException {
        Path built = BUILT_FOR_RUN.get(content);
        if (built == null) {
            Path dir = Files.createTempDirectory(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            BuildResult result = build(content, dir.resolve("site"));
            if (!result.published()) {
                throw new AssertionError(result.findings().sorted());
            }
            built = dir.resolve("site");
            BUILT_FOR_RUN.put(content, built);
        }
        return built;
    }

    /** The page at {@code page} of {@code site}, a folder path such as "a/2024/" or "" for the home page. */
    public static Document page(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page).resolve("index.html").toFile(), "UTF-8");
    }

    /** The files below {@code root}, as sorted relative paths with forward slashes. */
    public static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Every file's bytes, to show later that nothing under {@code root} changed. */
    public static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> map = new TreeMap<>();
        for (String file : files(root)) {
            map.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return map;
    }

    /** A file's SHA-256 in lower-case hex, as sha256sum prints it. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static void copy(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }

    /** Deletes a folder and everything in it, for the shutdown hooks of sites built once per test run. */
    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
