package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The trimmer's cases in src/test/resources/site/trim.spec: each script beside its trimmed form. */
class ScriptTrimmerTest {

    @Test
    void trimsAsTheSpecSays() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/site/trim.spec"), StandardCharsets.UTF_8);
        String body = spec.substring(spec.indexOf('\n') + 1);
        for (String c : body.split("\n===\n")) {
            String[] parts = c.split("\n---\n", 2);
            String expected = parts[1].endsWith("\n") ? parts[1] : parts[1] + "\n";
            assertEquals(expected, ScriptTrimmer.trim(parts[0] + "\n"), parts[0]);
        }
    }

    @Test
    void refusesCodeAfterAClosingCommentLine() {
        assertThrows(IllegalArgumentException.class, () -> ScriptTrimmer.trim("/*\n * x\n */ var a;\n"));
    }
}
