package org.gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.testing.NodeScript;
import org.gongkai.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's tokenizer (templates/static/search/tokenizer.js, run in Node) gives the same tokens, offsets
 * and positions as the Java chain, for the test vectors and for every text of the seed content.
 */
class TokenizerParityTest {

    @TempDir
    Path temp;

    @Test
    void javaScriptTokenizerMatchesTheJavaChain() throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>(texts());
        List<List<String>> js = NodeScript.run("src/test/js/tokenize.js", texts, new TypeReference<>() {}, temp);
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
