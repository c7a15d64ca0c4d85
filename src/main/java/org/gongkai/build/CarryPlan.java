package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.model.Office;

/**
 * Which year files a build carries over from the last build and which it renders: per year file in catalog order, its
 * fingerprint and, when its folder is kept, what the last build's cache kept of it.
 *
 * @param previous every entry of the last build's cache, none without one
 */
record CarryPlan(List<YearFile> files, List<BuildCache.Entry> previous) {

    CarryPlan {
        files = List.copyOf(files);
        previous = List.copyOf(previous);
    }

    /** One year file; {@code carried} is the cache's entry of it when its folder is kept rather than written again. */
    record YearFile(DisclosureFile file, String fingerprint, Optional<BuildCache.Entry> carried) {}

    /**
     * Fingerprints every year file on every core, and carries each that the cache knows by the same fingerprint and
     * whose folder the site still has.
     */
    static CarryPlan of(List<DisclosureFile> files, Map<String, Office> offices, Optional<BuildCache> previous,
            Path output, Cores cores) throws IOException {
        List<BuildCache.Entry> entries = previous.map(BuildCache::disclosures).orElse(List.of());
        Map<String, BuildCache.Entry> cached = entries.stream()
                .collect(Collectors.toMap(BuildCache.Entry::file, Function.identity()));
        List<Callable<String>> fingerprintTasks = new ArrayList<>();
        for (DisclosureFile file : files) {
            fingerprintTasks.add(() -> offices.containsKey(file.officeId())
                    ? Fingerprints.disclosure(file, offices.get(file.officeId())) : "");
        }
        List<String> fingerprints = cores.all(fingerprintTasks);
        List<YearFile> planned = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            BuildCache.Entry entry = cached.get(files.get(i).shownAs());
            boolean carried = entry != null && !fingerprints.get(i).isEmpty()
                    && entry.fingerprint().equals(fingerprints.get(i)) && Files.isDirectory(output.resolve(entry.folder()));
            planned.add(new YearFile(files.get(i), fingerprints.get(i), carried ? Optional.of(entry) : Optional.empty()));
        }
        return new CarryPlan(planned, entries);
    }

    /** The same plan without the carries {@code current} refuses: those year files are rendered again. */
    CarryPlan keeping(Predicate<BuildCache.Entry> current) {
        return new CarryPlan(files.stream().map(f -> new YearFile(f.file(), f.fingerprint(), f.carried().filter(current)))
                .toList(), previous);
    }

    /** How many year files are rendered rather than carried. */
    int toRender() {
        return (int) files.stream().filter(f -> f.carried().isEmpty()).count();
    }

    /** How many pages the carried year folders hold. */
    int carriedPages() {
        return carried().stream().mapToInt(BuildCache.Entry::pages).sum();
    }

    /** The year folders kept from the last build, as {@link org.gongkai.output.Staging#contents} takes them. */
    Set<String> carriedFolders() {
        return carried().stream().map(BuildCache.Entry::folder).collect(Collectors.toSet());
    }

    /** The last build's entries of the year files that are not carried over, whose search documents are replaced. */
    List<BuildCache.Entry> replaced() {
        Set<String> kept = carried().stream().map(BuildCache.Entry::file).collect(Collectors.toSet());
        return previous.stream().filter(entry -> !kept.contains(entry.file())).toList();
    }

    private List<BuildCache.Entry> carried() {
        return files.stream().flatMap(f -> f.carried().stream()).toList();
    }
}
