package org.gongkai.site;

import java.io.IOException;
import java.nio.file.Path;
import org.gongkai.integrity.FileSet;
import org.gongkai.integrity.HashCache;
import org.gongkai.integrity.Manifest;

/**
 * The manifest of a build's output, written into the staging folder so that it is published with the site and
 * never describes half of one; the hashes it was made from are kept beside the output for the next build.
 */
final class OutputManifest {

    private OutputManifest() {}

    /** The hash cache, beside the output folder with the search index and the build cache. */
    static Path cacheFor(Path output) {
        return SiteBuilder.indexFor(output).resolveSibling("file-hashes");
    }

    /**
     * Hashes what {@code output} will hold once {@code staged} is published, as {@code contents} lists it, and
     * writes the manifest into the staging folder. The files staged are all hashed; those kept from the last build
     * only when its cache does not know them as they are. Returns the cache to write once the output is published.
     */
    static HashCache stage(StagedOutput staged, StagedOutput.Contents contents, Path output, int threads)
            throws IOException {
        HashCache previous = contents.untouched().isEmpty() ? HashCache.none()
                : HashCache.read(cacheFor(output), output);
        HashCache.Hashed hashed = previous.manifest(new FileSet(staged.root(), contents.staged()),
                new FileSet(output, contents.untouched()), threads);
        hashed.manifest().write(staged.root().resolve(Manifest.FILE_NAME));
        return hashed.cache();
    }
}
