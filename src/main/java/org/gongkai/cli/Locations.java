package org.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Default folders: relative to the working directory, with templates falling back to the installation's
 * own (GONGKAI_HOME, set by the launcher) so that a publisher's content folder needs no copy of them.
 */
final class Locations {

    private Locations() {}

    static Path templates(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of("templates");
        String home = System.getenv("GONGKAI_HOME");
        if (!Files.isDirectory(local) && home != null && Files.isDirectory(Path.of(home, "templates"))) {
            return Path.of(home, "templates");
        }
        return local;
    }
}
