package org.gongkai.integrity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a copy of a site against a manifest: the files whose bytes differ, the files missing, and the files the
 * manifest does not list, such as a script planted on the server.
 */
public final class Verifier {

    /**
     * What a check found, each list in the manifest's order of paths.
     *
     * @param checked how many files of the manifest were found and hashed
     */
    public record Report(List<String> changed, List<String> missing, List<String> extra, int checked) {

        public Report {
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
        }

        public boolean clean() {
            return changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    private Verifier() {}

    /**
     * Checks {@code dir} against {@code manifest} on every core. Every entry below {@code dir} other than a folder
     * counts, links and special files included; a path of {@code ignored} is not reported as extra.
     */
    public static Report check(Path dir, Manifest manifest, Set<String> ignored, int threads) throws IOException {
        Set<String> present = new HashSet<>(FileSet.below(dir).paths());
        List<Manifest.Entry> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (present.remove(e.path())) {
                found.add(e);
            } else {
                missing.add(e.path());
            }
        }
        boolean[] differs = new boolean[found.size()];
        Workers.run(found.size(), threads,
                (i, sha256) -> differs[i] = !sha256.of(dir.resolve(found.get(i).path())).equals(found.get(i).sha256()));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (differs[i]) {
                changed.add(found.get(i).path());
            }
        }
        present.removeAll(ignored);
        List<String> extra = new ArrayList<>(present);
        extra.sort(Manifest.ORDER);
        return new Report(changed, missing, extra, found.size());
    }

    /** The SHA-256 of a file, for a manifest entry of a file that the manifest itself cannot list. */
    public static String sha256(Path file) throws IOException {
        return new Sha256().of(file);
    }
}
