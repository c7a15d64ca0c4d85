package org.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checking tools from the npm registry, pinned by the lock file in {@code src/test/node/NAME/} and installed with
 * {@code npm ci} under {@code target/NAME/} once, on first use after a clean.
 */
public final class NpmTools {

    private NpmTools() {}

    /**
     * The folder {@code name} is installed in, with its lock file and {@code scripts} copied from its source
     * folder; {@code npm ci} runs unless {@code installed}, a file the install makes, is already there.
     */
    public static Path install(String name, String installed, String... scripts) throws IOException, InterruptedException {
        Path source = Path.of("src/test/node").resolve(name);
        Path folder = Path.of("target").resolve(name);
        Files.createDirectories(folder);
        List<String> files = new ArrayList<>(List.of("package.json", "package-lock.json"));
        files.addAll(List.of(scripts));
        for (String file : files) {
            Files.copy(source.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(folder.resolve(installed))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(folder.toFile())
                    .redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(npm.waitFor(5, TimeUnit.MINUTES), "npm ci did not finish");
            assertEquals(0, npm.exitValue(), "npm ci failed in " + folder + ":\n" + log);
        }
        return folder;
    }
}
