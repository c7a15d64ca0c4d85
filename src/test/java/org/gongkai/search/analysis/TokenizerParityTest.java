package org.gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's tokenizer (templates/static/search/tokenizer.js, run in Node) gives the same tokens, offsets
 * and positions as the Java chain, for the test vectors and for every text of the seed content.
 */
class TokenizerParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void javaScriptTokenizerMatchesTheJavaChain() throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>(texts());
        Path input = temp.resolve("texts.json");
        Path output = temp.resolve("tokens.json");
        JSON.writeValue(input.toFile(), texts);
        Process node = new ProcessBuilder("node", "src/test/js/tokenize.js", input.toString(), output.toString())
                .redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed:\n" + log);
        List<List<String>> js = JSON.readValue(output.toFile(), new TypeReference<>() {});
        assertEquals(texts.size(), js.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(SearchAnalyzerTest.tokens(texts.get(i)), js.get(i), "«" + texts.get(i) + "»");
        }
    }

    /** The hand-made vectors, then every distinct text of the seeds: names, goals, notes and indicator cells. */
    private static Set<String> texts() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        String vectors = Files.readString(Path.of("src/test/resources/search/tokenizer-vectors.txt"), StandardCharsets.UTF_8);
        texts.addAll(List.of(vectors.split("\n")));
        texts.add(vectors);
        for (Disclosure d : Seeds.disclosures()) {
            texts.addAll(d.notes());
            for (Project p : d.projects()) {
                texts.add(p.name());
                texts.add(p.goal());
                for (IndicatorRow row : p.indicators()) {
                    texts.add(row.level3());
                    texts.add(row.value());
                }
            }
        }
        return texts;
    }
}
