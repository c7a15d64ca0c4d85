package org.gongkai.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Site;

/**
 * SHA-256 fingerprints of what pages are made from: one for the inputs every page depends on, and one per year
 * file with its office, so that a build can tell which year files changed since the last.
 */
final class Fingerprints {

    private Fingerprints() {}

    /**
     * The site settings, the folder findings are shown from, every template file and this program: a change to
     * any of them can change every page, so it calls for a full build.
     */
    static String inputs(Site site, String shownRoot, Path templates) throws IOException {
        MessageDigest digest = sha256();
        text(digest, BuildCache.FORMAT);
        text(digest, program());
        text(digest, site.toString());
        text(digest, shownRoot);
        if (Files.isDirectory(templates)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(templates)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                text(digest, templates.relativize(file).toString());
                bytes(digest, Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A year file's bytes, its earlier versions' names and bytes, and its office's settings, which its pages and
     * downloads show.
     */
    static String disclosure(DisclosureFile file, Office office) throws IOException {
        MessageDigest digest = sha256();
        text(digest, file.shownAs());
        bytes(digest, Files.readAllBytes(file.path()));
        text(digest, Integer.toString(file.earlier().size()));
        for (DisclosureFile.Earlier earlier : file.earlier()) {
            text(digest, earlier.shownAs());
            bytes(digest, Files.readAllBytes(earlier.path()));
        }
        text(digest, office.toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * This program's version and, when it runs from a jar, the jar's size and time, so that a rebuilt program
     * does not carry over pages that an older one rendered.
     */
    private static String program() {
        String version = String.valueOf(SiteBuild.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(SiteBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (URISyntaxException | IOException | SecurityException e) {
            // Without a jar to identify, the version alone names the program.
        }
        return version;
    }

    /** Each piece with its length, so that two pieces cannot run together into a third. */
    private static void text(MessageDigest digest, String text) {
        bytes(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 运行环境缺少 SHA-256", e);
        }
    }
}
