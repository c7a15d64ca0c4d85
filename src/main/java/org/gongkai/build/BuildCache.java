package org.gongkai.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.load.Finding;
import org.gongkai.output.WorkFolder;
import org.gongkai.site.DisclosureSummary;
import org.gongkai.site.SitePaths;
import org.gongkai.site.compare.GroupKey;
import org.gongkai.site.compare.Indicators;
import org.gongkai.site.compare.ProjectRef;

/**
 * What the last successful build kept of each year file, keyed by the file's fingerprint, so that the next build
 * can carry an unchanged file's pages over without reading it again and still write the site-wide pages, the
 * downloads and the search index exactly as a full build would.
 *
 * @param output the site folder the cache describes; a cache found beside another folder is not used
 * @param inputs the fingerprint of everything every page depends on (site settings, templates, program)
 */
record BuildCache(String format, String output, String inputs, List<Entry> disclosures) {

    /** Changed whenever a build would read an older cache wrongly. */
    static final String FORMAT = "gongkai-build-cache-7";

    BuildCache {
        disclosures = List.copyOf(disclosures);
    }

    /**
     * One year file as it was built: its pages' summary, its projects' comparison records, the groups each
     * project page linked to, the indicators of its projects that comparison tables showed, its findings, and the
     * places outside its folder that its pages link to (such as {@code compare/x/} or {@code a/2024/#downloads}),
     * which a later build checks again when it keeps the folder.
     */
    record Entry(String file, String fingerprint, int pages, DisclosureSummary summary, List<ProjectRef> refs,
            Map<String, List<GroupKey>> links, Map<String, Indicators> indicators, List<Finding> findings,
            List<String> outside) {

        Entry {
            refs = List.copyOf(refs);
            links = Map.copyOf(links);
            indicators = Map.copyOf(indicators);
            findings = List.copyOf(findings);
            outside = List.copyOf(outside);
        }

        /** The year folder its pages are in. */
        String folder() {
            return SitePaths.year(summary.officeId(), summary.year());
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            // Amounts keep their scale: 1.50 stays 1.50, as the pages print it.
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The cache of the last build of {@code work}'s output, if there is one that this program wrote for this folder
     * and these inputs. A cache that cannot be read only costs a full build, so it is never an error.
     */
    static Optional<BuildCache> read(WorkFolder work, String inputs) {
        Path file = work.buildCache();
        if (!Files.isRegularFile(file) || !Files.isDirectory(work.output())) {
            return Optional.empty();
        }
        try {
            BuildCache cache = JSON.readValue(file.toFile(), BuildCache.class);
            return FORMAT.equals(cache.format()) && cache.output().equals(absolute(work.output()))
                    && cache.inputs().equals(inputs) ? Optional.of(cache) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the cache before the output is touched, so that an interrupted build is followed by a full one. */
    static void forget(WorkFolder work) throws IOException {
        Files.deleteIfExists(work.buildCache());
    }

    /** Writes the cache whole or not at all. */
    void write(WorkFolder work) throws IOException {
        Path file = work.buildCache();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "build-cache-", ".json");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            JSON.writeValue(out, this);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String absolute(Path output) {
        return output.toAbsolutePath().normalize().toString();
    }
}
