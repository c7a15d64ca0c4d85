package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Browser;
import org.gongkai.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tokenizer gives Lucene's tokens inside real headless Chromium, not only in Node. */
class BrowserTokenizerTest {

    @TempDir
    Path temp;

    @Test
    void chromiumTokenizesTheVectorsAsLuceneDoes() throws IOException {
        Files.copy(Path.of("templates/static/search/tokenizer.js"), temp.resolve("tokenizer.js"));
        Files.writeString(temp.resolve("index.html"), "<!DOCTYPE html><meta charset=utf-8><script src=tokenizer.js></script>",
                StandardCharsets.UTF_8);
        List<String> vectors = List.of(Files.readString(Path.of("src/test/resources/search/tokenizer-vectors.txt"),
                StandardCharsets.UTF_8).split("\n"));
        try (StaticServer server = new StaticServer(temp); Browser browser = new Browser(800, 600)) {
            browser.driver().get(server.url(""));
            for (String text : vectors) {
                Object tokens = browser.driver().executeScript("return GongkaiTokenizer.tokenize(arguments[0])"
                        + ".map(x => x.term + '[' + x.start + ',' + x.end + ']' + (x.increment ? '' : '+0'));", text);
                assertEquals(org.gongkai.search.analysis.SearchAnalyzerTest.tokens(text), tokens, "«" + text + "»");
            }
        }
    }
}
