package org.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the browser's scripts in Node, the way the parity tests need it: the input as a JSON file, the
 * script's answer as another, read back; a script that fails fails the test with Node's own output.
 */
public final class NodeScript {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeScript() {}

    public static <T> T run(String script, Object input, TypeReference<T> answer, Path temp)
            throws IOException, InterruptedException {
        Path in = temp.resolve("node-input.json");
        Path out = temp.resolve("node-output.json");
        JSON.writeValue(in.toFile(), input);
        Process node = new ProcessBuilder("node", script, in.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed:\n" + log);
        return JSON.readValue(out.toFile(), answer);
    }
}
