package org.gongkai.build;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.gongkai.integrity.FileSet;
import org.gongkai.integrity.HashCache;
import org.gongkai.integrity.Manifest;
import org.gongkai.output.Staging;
import org.gongkai.output.WorkFolder;

/**
 * The manifest of a build's output, written into the staged site so that it is published with it and never
 * describes half of one; the hashes it was made from are kept in the work folder for the next build.
 */
final class OutputManifest {

    private OutputManifest() {}

    /**
     * The cache to write once the output is published, and the files of the published site as the last build's
     * cache lists them, when it does.
     */
    record Staged(HashCache cache, Optional<Set<String>> published) {}

    /**
     * Hashes what the output will hold once {@code staged} is published, as {@code contents} lists it, and writes the
     * manifest into the staged site. The files staged are all hashed; those kept from the last build only when its
     * cache does not know them as they are.
     */
    static Staged stage(Staging staged, Staging.Contents contents, WorkFolder work, int threads) throws IOException {
        HashCache previous = contents.untouched().isEmpty() ? HashCache.none()
                : HashCache.read(work.fileHashes(), work.output());
        HashCache.Hashed hashed = previous.manifest(new FileSet(staged.root(), contents.staged()),
                new FileSet(work.output(), contents.untouched()), threads);
        hashed.manifest().write(staged.root().resolve(Manifest.FILE_NAME));
        return new Staged(hashed.cache(), previous.files());
    }
}
