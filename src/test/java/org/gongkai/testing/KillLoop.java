package org.gongkai.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import org.gongkai.integrity.Manifest;
import org.gongkai.integrity.Verifier;
import org.gongkai.site.Templates;

/**
 * Builds killed with SIGKILL at random moments, full and incremental in turn, each followed by a build that must
 * succeed: after every kill the site must be, byte for byte, the site before the build or the site it was making,
 * and pass its own manifest; after every following build, nothing may be left beside the site or in its work
 * folder but the index, the caches and the lock. Two versions of a generated corpus take turns, one office's year
 * file telling them apart, so that each build has something to publish.
 */
public final class KillLoop {

    /** What the loop saw: kills that left the old site, the new one, no site yet, or something else. */
    /**
     * What the loop saw: of its rounds, the builds killed, and what each left: the old site, the new one (killed
     * after the swap, or ended before its kill), no site yet, or something else (mixed).
     */
    public record Report(int rounds, int killed, int old, int fresh, int absent, int finishedFirst, int mixed,
            long fullMillis, long incrementalMillis, List<String> failures) {

        public Report {
            failures = List.copyOf(failures);
        }

        public String summary() {
            return rounds + " 轮，其中 " + killed + " 次生成被 kill -9 打断：" + old + " 次留下原网站，"
                    + (fresh - finishedFirst) + " 次留下新网站（在交换之后被打断），" + absent + " 次在首次发布前（没有网站）；"
                    + finishedFirst + " 次在 kill 前已完成。不完整或混合的网站 " + mixed + " 次；问题共 " + failures.size()
                    + " 个。不被打断的生成（新进程）：完整 " + fullMillis + " 毫秒，增量 " + incrementalMillis + " 毫秒。";
        }
    }

    /** The work folder and its only entries once a build has ended well. */
    private static final Set<String> WORK_ENTRIES = Set.of("build-cache.json", "file-hashes", "lock", "search-index",
            "site-folders", "spare-site", "spare-differs", "spare-folders");

    private final Path work;
    private final List<String> gongkai;
    private final Path templates;
    private final CorpusShape shape;
    private final Random random;
    private final PrintStream log;

    /**
     * @param gongkai the command that runs gongkai in a process of its own, such as {@code java -jar gongkai.jar}
     */
    public KillLoop(Path work, List<String> gongkai, Path templates, CorpusShape shape, long seed, PrintStream log) {
        this.work = work;
        this.gongkai = List.copyOf(gongkai);
        this.templates = templates.toAbsolutePath();
        this.shape = shape;
        this.random = new Random(seed);
        this.log = log;
    }

    /** Runs until {@code kills} builds were killed, or three times as many rounds. */
    public Report run(int kills) throws IOException, InterruptedException {
        Path[] versions = {work.resolve("versions/a"), work.resolve("versions/b")};
        new CorpusGenerator(shape).write(versions[0]);
        SiteFiles.copy(versions[0], versions[1]);
        String changed = editOneYearFile(versions[1]);
        List<Map<String, String>> expected = new ArrayList<>();
        for (Path version : versions) {
            Path site = work.resolve("expected-" + version.getFileName()).resolve("site");
            if (!build(version, site).published()) {
                throw new IllegalStateException("the generated corpus does not build");
            }
            expected.add(tree(site));
        }
        Path timing = work.resolve("timing/content");
        SiteFiles.copy(versions[0], timing);
        long fullMillis = timedBuild(timing, work.resolve("timing/site"));
        Files.copy(versions[1].resolve(changed), timing.resolve(changed), StandardCopyOption.REPLACE_EXISTING);
        long incrementalMillis = timedBuild(timing, work.resolve("timing/site"));
        log.println("不被打断的生成（新进程）：完整 " + fullMillis + " 毫秒，增量 " + incrementalMillis + " 毫秒");

        Path content = work.resolve("live/content");
        Path site = work.resolve("live/site");
        SiteFiles.copy(versions[0], content);
        int current = 0;
        boolean published = false;
        int old = 0;
        int fresh = 0;
        int absent = 0;
        int finishedFirst = 0;
        int mixed = 0;
        List<String> failures = new ArrayList<>();
        // How long each kind of build takes, from the builds that ended before their kill: the incremental ones get
        // faster once a spare site is there, and the machine's load changes, so the kills are aimed afresh.
        List<List<Long>> took = List.of(new ArrayList<>(List.of(incrementalMillis)), new ArrayList<>(List.of(fullMillis)));
        int killed = 0;
        int rounds = 0;
        for (int i = 0; killed < kills && i < 3 * kills; i++) {
            rounds++;
            int target = published ? 1 - current : current;
            Files.copy(versions[target].resolve(changed), content.resolve(changed),
                    StandardCopyOption.REPLACE_EXISTING);
            boolean full = i % 2 == 0;
            if (full) {
                Files.deleteIfExists(work.resolve("live/.gongkai/site/build-cache.json"));
            }
            // Half the kills fall anywhere in the build, half in its last part, where it publishes.
            double from = i % 4 < 2 ? 0.0 : 0.6;
            List<Long> kind = took.get(full ? 1 : 0);
            long delay = (long) (median(kind) * (from + random.nextDouble() * (1.1 - from)));
            long started = System.nanoTime();
            Process process = start(content, site);
            boolean ended = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly();
                process.waitFor();
                killed++;
            } else {
                finishedFirst++;
                kind.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            String what = (full ? "完整" : "增量") + "生成，" + delay + " 毫秒" + (ended ? "（已先完成）" : "");
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS) && !published) {
                absent++;
            } else {
                Map<String, String> now = tree(site);
                if (now.equals(expected.get(target))) {
                    fresh++;
                } else if (published && now.equals(expected.get(current))) {
                    old++;
                } else {
                    mixed++;
                    failures.add("第 " + (i + 1) + " 次（" + what + "）：网站既不是原来的也不是新的，"
                            + difference(now, expected.get(current), expected.get(target)));
                }
                if (!verified(site)) {
                    failures.add("第 " + (i + 1) + " 次（" + what + "）：网站与其 SHA256SUMS 不符");
                }
            }
            // The next build runs as the killed one did, so that it leaves a cache the next killed build takes up:
            // a build in this process would be another program to the cache, and every build then a full one.
            Process next = start(content, site);
            if (next.waitFor() != 0 || !tree(site).equals(expected.get(target))) {
                failures.add("第 " + (i + 1) + " 次之后的生成没有得到新网站");
            }
            String round = "第 " + (i + 1) + " 次之后：";
            leftovers(site).ifPresent(left -> failures.add(round + left));
            log.println("第 " + (i + 1) + " 次：" + what + "，之后 " + (failures.isEmpty() ? "正常" : failures.get(failures.size() - 1)));
            current = target;
            published = true;
        }
        return new Report(rounds, killed, old, fresh, absent, finishedFirst, mixed, fullMillis, incrementalMillis, failures);
    }

    /** Marks the first project's goal in the first office's year file; returns that file, relative. */
    private static String editOneYearFile(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("offices"))) {
            Path file = files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml")).sorted().findFirst()
                    .orElseThrow();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int goal = text.indexOf("    goal: ");
            Files.writeString(file, text.substring(0, goal + 10) + "（第二版）" + text.substring(goal + 10),
                    StandardCharsets.UTF_8);
            return content.relativize(file).toString();
        }
    }

    private long timedBuild(Path content, Path site) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(content, site);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("gongkai build failed: " + new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private Process start(Path content, Path site) throws IOException {
        List<String> command = new ArrayList<>(gongkai);
        command.addAll(List.of("build", content.toString(), "-o", site.toString(), "--templates", templates.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private BuildResult build(Path content, Path site) throws IOException {
        return new SiteBuild(new ContentLoader(content), new Templates(templates)).build(site);
    }

    private static boolean verified(Path site) throws IOException {
        try {
            return Verifier.check(site, Manifest.read(site.resolve(Manifest.FILE_NAME)), Set.of(Manifest.FILE_NAME), 2)
                    .clean();
        } catch (Manifest.Malformed | java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /** What is left that should not be, once a build has ended well. */
    private static java.util.Optional<String> leftovers(Path site) throws IOException {
        Path parent = site.getParent();
        List<String> beside = names(parent);
        if (!beside.equals(List.of(".gongkai", "content", "site"))) {
            return java.util.Optional.of("网站旁有 " + beside);
        }
        List<String> work = names(parent.resolve(".gongkai/site"));
        if (!WORK_ENTRIES.containsAll(work)) {
            return java.util.Optional.of(".gongkai/site/ 中有 " + work);
        }
        return java.util.Optional.empty();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Every file of a site and its SHA-256. */
    public static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return tree;
        }
        for (String file : SiteFiles.files(site)) {
            tree.put(file, SiteFiles.sha256(site.resolve(file)));
        }
        return tree;
    }

    private static String difference(Map<String, String> now, Map<String, String> old, Map<String, String> fresh) {
        long asOld = now.entrySet().stream().filter(e -> e.getValue().equals(old.get(e.getKey()))).count();
        long asNew = now.entrySet().stream().filter(e -> e.getValue().equals(fresh.get(e.getKey()))).count();
        return now.size() + " 个文件，" + asOld + " 个同原网站，" + asNew + " 个同新网站";
    }
}
