package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a staged build will publish, as the link check and the manifest see it before {@link StagedOutput#merge}:
 * every staged file, over the target's; of the target's others, those in carried folders and among kept files.
 */
class StagedOutputTest {

    @TempDir
    Path temp;

    @Test
    void contentsAreTheStagedFilesAndTheTargetsCarriedAndKeptOnes() throws IOException {
        Path target = temp.resolve("site");
        write(target, "index.html");
        write(target, "a/2024/index.html");
        write(target, "a/2024/p/index.html");
        write(target, "b/2024/index.html");
        write(target, "search/t0.json");
        write(target, "search/t1.json");
        try (StagedOutput staged = StagedOutput.beside(target)) {
            write(staged.root(), "index.html");
            write(staged.root(), "c/2024/index.html");

            StagedOutput.Contents contents = staged.contents(Set.of("a/2024/"), Set.of("search/t0.json"));

            assertEquals(List.of("c/2024/index.html", "index.html"), contents.staged().stream().sorted().toList());
            assertEquals(List.of("a/2024/index.html", "a/2024/p/index.html", "search/t0.json"),
                    contents.untouched().stream().sorted().toList());
            assertEquals(Optional.of(staged.root().resolve("index.html")), contents.file("index.html"));
            assertEquals(Optional.of(target.resolve("a/2024/p/index.html")), contents.file("a/2024/p/index.html"));
            assertEquals(Optional.of(target.resolve("search/t0.json")), contents.file("search/t0.json"));
            assertEquals(Optional.empty(), contents.file("b/2024/index.html"), "neither carried nor kept");
            assertEquals(Optional.empty(), contents.file("search/t1.json"));
            assertEquals(Optional.empty(), contents.file("a/2024/q/index.html"), "carried, but not there");
        }
    }

    private static void write(Path root, String file) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), file);
    }
}
