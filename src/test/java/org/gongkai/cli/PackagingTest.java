package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The jar the launcher runs is packaged after the tests, so they cannot open it: this holds the two manifest entries
 * without which it fails or speaks English on the Javas a current Debian has.
 */
class PackagingTest {

    private static String manifestEntry(String name) throws IOException {
        Document pom = Jsoup.parse(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        return pom.select("transformer[implementation$=ManifestResourceTransformer] > manifestEntries > " + name)
                .text();
    }

    /**
     * Without it, Java 21 and later ignore the classes Lucene keeps for them under META-INF/versions, and the first
     * build stops with "LinkageError: MemorySegmentIndexInputProvider is missing" (seen with Java 25).
     */
    @Test
    void theJarIsMultiRelease() throws IOException {
        assertEquals("true", manifestEntry("Multi-Release"));
    }

    /** Without it, Java 22 and later print four English warnings about Lucene's native calls on every run. */
    @Test
    void theJarMayCallNativeCode() throws IOException {
        assertEquals("ALL-UNNAMED", manifestEntry("Enable-Native-Access"));
    }
}
