package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code gongkai --version}: the version Maven wrote from pom.xml, and the commit of the installation when it is a
 * Git clone, as a publisher reporting a problem should give them.
 */
final class Version implements CommandLine.IVersionProvider {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    @Override
    public String[] getVersion() {
        return new String[] {line(version(), Locations.installations().stream()
                .map(Version::commit).flatMap(Optional::stream).findFirst())};
    }

    /** The line printed: {@code gongkai 0.1.0（提交 0123456789ab）}, without the commit when none is known. */
    static String line(String version, Optional<String> commit) {
        return "gongkai " + version + commit.map(c -> "（提交 " + c.substring(0, 12) + "）").orElse("");
    }

    /** The version from pom.xml, which Maven fills into version.properties when it copies the resources. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Only the version line loses its number.
        }
        return p.getProperty("version", "（版本未知）");
    }

    /**
     * The commit checked out in {@code installation}, read from its {@code .git} folder as Git keeps it: HEAD names a
     * branch, whose commit is in a file of its own or in packed-refs; or HEAD is the commit itself. Empty when the
     * installation is no clone, or its Git files are not as expected.
     */
    static Optional<String> commit(Path installation) {
        Path git = installation.resolve(".git");
        try {
            if (!Files.isRegularFile(git.resolve("HEAD"))) {
                return Optional.empty();
            }
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (COMMIT.matcher(head).matches()) {
                return Optional.of(head);
            }
            if (!head.startsWith("ref: ")) {
                return Optional.empty();
            }
            String ref = head.substring("ref: ".length()).trim();
            Path loose = git.resolve(ref).normalize();
            if (loose.startsWith(git) && Files.isRegularFile(loose)) {
                String commit = Files.readString(loose, StandardCharsets.UTF_8).trim();
                return COMMIT.matcher(commit).matches() ? Optional.of(commit) : Optional.empty();
            }
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                List<String> lines = Files.readAllLines(packed, StandardCharsets.UTF_8);
                for (String line : lines) {
                    String[] parts = line.split(" ", 2);
                    if (parts.length == 2 && parts[1].equals(ref) && COMMIT.matcher(parts[0]).matches()) {
                        return Optional.of(parts[0]);
                    }
                }
            }
        } catch (IOException e) {
            // No commit to show: the version line says what it can.
        }
        return Optional.empty();
    }
}
