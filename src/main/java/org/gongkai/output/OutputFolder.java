package org.gongkai.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.integrity.FileSet;
import org.gongkai.integrity.Manifest;

/**
 * An output folder that a build may replace: missing, empty, or a site gongkai built, holding nothing it did not
 * build. Every build puts a marker file at the root of the site it stages, and refuses, before it writes anything,
 * an output that is the content folder or holds it or lies in it, holds the templates or lies in them, is a file,
 * a symbolic link or a mount point, or is a folder with files of someone else's.
 */
public final class OutputFolder {

    /** The marker at the root of every site gongkai builds; a folder that has it is gongkai's to replace. */
    public static final String MARKER = ".gongkai-site";

    /** The marker's text, for a person who finds the file: what the folder is and what not to do with it. */
    private static final String MARKER_TEXT = "本目录是 gongkai 生成的网站，每次生成都会整体替换。请不要在这里存放其他文件。\n"
            + "This folder is a site built by gongkai and is replaced whole by every build; keep no other files in it.\n";

    /** The check report every build of an earlier version published; with its manifest, it marks that version's site. */
    private static final String EARLIER_REPORT = "_gongkai/check/index.html";

    /** What every refusal of a folder that holds something says would happen to it. */
    private static final String REPLACED = "生成会整体替换输出目录";

    /** How many of a folder's entries a refusal names. */
    private static final int NAMED = 5;

    private final WorkFolder work;
    private final boolean untouched;

    private OutputFolder(WorkFolder work, boolean untouched) {
        this.work = work;
        this.untouched = untouched;
    }

    /**
     * The output {@code output} as given, if a build that reads {@code content} and {@code templates} may replace
     * it. Nothing is written, whatever the answer.
     *
     * @throws OutputRefused with the reason and the fix, in Chinese
     */
    public static OutputFolder claim(Path output, Path content, Path templates) throws OutputRefused, IOException {
        Path absolute = output.toAbsolutePath().normalize();
        String shown = output.toString();
        if (absolute.getParent() == null) {
            throw new OutputRefused("输出目录不能是根目录 " + absolute + "。请用 -o 指定一个专门存放网站的目录，例如 -o site。");
        }
        for (Path name : absolute) {
            if (name.toString().equals(WorkFolder.NAME)) {
                throw new OutputRefused("输出目录 " + shown + " 在 gongkai 的工作目录 " + WorkFolder.NAME
                        + "/ 里面，那里的文件由 gongkai 自行管理和删除。请用 -o 指定别的目录，例如 -o site。");
            }
        }
        if (Files.isSymbolicLink(absolute)) {
            Path target = absolute.resolveSibling(Files.readSymbolicLink(absolute)).normalize();
            throw new OutputRefused("输出目录 " + shown + " 是一个符号链接（指向 " + target
                    + "）。生成会整体替换输出目录，而不是写进链接指向的目录。请用 -o 直接指定目录，例如 -o " + target + "。");
        }
        refusePlace(absolute, shown, content, templates);
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefused("输出路径 " + shown + " 是一个文件，不是目录。" + REPLACED
                        + "，这个文件会丢失。请用 -o 指定一个目录（不存在的目录会自动创建），例如 -o site。");
            }
            if (mountPoint(absolute)) {
                throw new OutputRefused("输出目录 " + shown + " 是一个挂载点，无法整体替换。"
                        + "请用其中的一个子目录作为输出目录，例如 -o " + absolute.resolve("site") + "。");
            }
            WorkFolder work = WorkFolder.of(absolute);
            // A site whose folders all keep the times its build left them has gained and lost no file since: the
            // look at every file is needed only when one changed.
            boolean untouched = Files.isRegularFile(absolute.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                    && FolderTimes.unchanged(absolute, work.siteFolders());
            if (!untouched) {
                ownedOrEmpty(absolute, shown);
            }
            return new OutputFolder(work, untouched);
        }
        return new OutputFolder(WorkFolder.of(absolute), false);
    }

    /**
     * Refuses an output placed where replacing it would lose the content or the templates or mix the site into them,
     * or inside another gongkai site, which would delete it.
     */
    private static void refusePlace(Path absolute, String shown, Path content, Path templates) throws IOException {
        Path real = realPath(absolute);
        refuseOverlap(real, shown, content, "内容");
        refuseOverlap(real, shown, templates, "模板");
        for (Path above = real.getParent(); above != null; above = above.getParent()) {
            if (isSite(above)) {
                throw new OutputRefused("输出目录 " + shown + " 在另一个 gongkai 网站 " + above
                        + " 里面，下次生成那个网站时它会被删除。请把输出目录放到网站之外。");
            }
        }
    }

    public WorkFolder work() {
        return work;
    }

    /** Whether the output is a site that has gained and lost no file since the build that published it. */
    boolean untouched() {
        return untouched;
    }

    /** Writes the marker into a staged site. */
    static void mark(Path site) throws IOException {
        Files.writeString(site.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /**
     * Refuses a folder that holds anything a build did not make: a folder without the marker, unless it is empty or
     * a site of an earlier version (its manifest and check report); a marked site with files its manifest does not
     * list, which the next build would delete.
     */
    private static void ownedOrEmpty(Path folder, String shown) throws IOException {
        boolean marked = Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        Set<String> listed = listed(folder).orElse(Set.of());
        if (!marked && !listed.contains(EARLIER_REPORT)) {
            List<String> entries = topEntries(folder);
            if (entries.isEmpty()) {
                return;
            }
            throw new OutputRefused("输出目录 " + shown + " 不是空目录，也不是 gongkai 生成的网站（其中有 "
                    + named(entries) + "）。生成会整体替换输出目录，其中的文件会丢失。请用 -o 指定一个新目录或空目录，"
                    + "例如 -o site；确实要用这个目录时，请先把其中的文件移走。");
        }
        if (listed.isEmpty()) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        for (String entry : FileSet.below(folder).paths()) {
            if (!listed.contains(entry) && !entry.equals(MARKER)) {
                foreign.add(entry);
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(Manifest.ORDER);
            throw new OutputRefused("网站目录 " + shown + " 中有 " + foreign.size() + " 个文件不是 gongkai 生成的："
                    + named(foreign) + "。生成会整体替换网站目录，这些文件会丢失。请把它们移到别处后重试"
                    + "（要随网站发布的文件，请放进模板目录的 static/，它们会复制到网站的 assets/ 下）。");
        }
    }

    /**
     * The files of the site in {@code folder} as its manifest lists them, the manifest itself included; empty when it
     * has no manifest that can be read.
     */
    static Optional<Set<String>> listed(Path folder) throws IOException {
        Path manifest = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Set<String> paths = new HashSet<>();
            Manifest.read(manifest).entries().forEach(e -> paths.add(e.path()));
            paths.add(Manifest.FILE_NAME);
            return Optional.of(paths);
        } catch (Manifest.Malformed e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses an output that is the {@code noun} folder {@code folder}, holds it, or lies in it: replacing it would
     * lose that folder, or mix the site into it.
     */
    private static void refuseOverlap(Path real, String shown, Path folder, String noun) throws IOException {
        Path other = realPath(folder.toAbsolutePath().normalize());
        if (real.equals(other)) {
            throw new OutputRefused("输出目录 " + shown + " 就是" + noun + "目录。" + REPLACED + "，" + noun + "会丢失。"
                    + "请用 -o 指定另一个目录，例如 -o site。");
        }
        if (other.startsWith(real)) {
            throw new OutputRefused("输出目录 " + shown + " 包含" + noun + "目录 " + folder + "。" + REPLACED + "，"
                    + noun + "会丢失。请用 -o 指定一个不包含" + noun + "的新目录，例如 -o site。");
        }
        if (real.startsWith(other)) {
            throw new OutputRefused("输出目录 " + shown + " 在" + noun + "目录 " + folder + " 里面，生成的网站会混进" + noun
                    + "。请把输出目录放到" + noun + "目录之外，例如 -o site。");
        }
    }

    /** Whether {@code folder} is a site gongkai built, of this version or an earlier one. */
    private static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER))
                || Files.isRegularFile(folder.resolve(Manifest.FILE_NAME))
                        && Files.isRegularFile(folder.resolve(EARLIER_REPORT));
    }

    private static List<String> topEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String named(List<String> entries) {
        String some = String.join("、", entries.subList(0, Math.min(NAMED, entries.size())));
        return entries.size() > NAMED ? some + " 等 " + entries.size() + " 项" : some;
    }

    /** A folder on another file system than its parent's, which no rename can replace. */
    private static boolean mountPoint(Path folder) throws IOException {
        try {
            return !Files.getAttribute(folder, "unix:dev", LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getAttribute(folder.getParent(), "unix:dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The real path of {@code path}, which may not exist yet: its deepest existing ancestor with every link
     * resolved, and the rest as given.
     */
    private static Path realPath(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(existing.relativize(path));
    }
}
