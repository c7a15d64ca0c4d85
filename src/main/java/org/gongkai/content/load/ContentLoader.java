package org.gongkai.content.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;
import org.gongkai.content.model.Site;
import org.gongkai.content.model.SourcePosition;

/**
 * Reads a content directory: first the {@link Catalog} (site, offices, the list of year files), then each
 * year file on demand. Every problem becomes a {@link Finding} with its file, line and column; nothing
 * here throws for bad content.
 */
public final class ContentLoader {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yaml");
    /** An earlier version of a year file: {@code 2024-1.yaml} is the text of 2024.yaml first published. */
    private static final Pattern EARLIER_FILE = Pattern.compile("(\\d{4})-([1-9]\\d{0,2})\\.yaml");

    /** The folder of an office that keeps the earlier versions of its corrected year files. */
    private static final String EARLIER_FOLDER = "earlier";

    private final Path root;

    public ContentLoader(Path contentDir) {
        this.root = contentDir;
    }

    public Path root() {
        return root;
    }

    /** The content folder as findings name it, so that reports can name files relative to it. */
    public String shownRoot() {
        return shown(root);
    }

    /**
     * The catalog, or empty when site.yaml, about.md or an office file has errors, or when a file or folder it would
     * read leads outside the content folder or is not a regular file or folder (reported to {@code findings}).
     */
    public Optional<Catalog> catalog(Findings findings) {
        if (!Files.isDirectory(root)) {
            // The content folder is the positional argument of build, serve and check: none has an option for it.
            findings.error("content.missing", SourcePosition.ofFile(shown(root)), "找不到内容目录："
                    + root.toAbsolutePath().normalize() + " 不存在或不是目录。请在该位置创建内容目录（含 site.yaml 与 offices/），"
                    + "或在命令后写出内容目录的位置，例如 gongkai build 内容目录（serve 与 check 相同）。");
            return Optional.empty();
        }
        Optional<ContentBoundary> bounds = ContentBoundary.of(root, findings);
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        return catalog(bounds.get(), findings);
    }

    private Optional<Catalog> catalog(ContentBoundary bounds, Findings findings) {
        Path aboutFile = root.resolve("about.md");
        boolean hasAbout = Files.exists(aboutFile, LinkOption.NOFOLLOW_LINKS);
        Optional<String> about = hasAbout ? bounds.read(aboutFile, shown(aboutFile), findings) : Optional.empty();
        boolean ok = !hasAbout || about.isPresent();
        Optional<Site> site = tree(bounds, root.resolve("site.yaml"), findings)
                .flatMap(node -> SiteReader.read(node, about, findings));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Set<String> regionIds = new HashSet<>();
        collectIds(site.get().regions(), regionIds);
        List<Office> offices = new ArrayList<>();
        List<DisclosureFile> disclosures = new ArrayList<>();
        Map<String, Office> byRegionAndCode = new HashMap<>();
        Path officesFolder = root.resolve("offices");
        if (!Files.isDirectory(officesFolder)) {
            findings.error("content.offices-missing", SourcePosition.ofFile(shown(officesFolder)),
                    "找不到 offices 目录。每个单位的内容放在 offices/<单位标识>/ 下。");
            return Optional.empty();
        }
        if (!bounds.holdsFolder(officesFolder, findings)) {
            return Optional.empty();
        }
        for (Path folder : sortedChildren(officesFolder, findings)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            if (!bounds.holdsFolder(folder, findings)) {
                ok = false;
                continue;
            }
            String folderName = folder.getFileName().toString();
            Path officeFile = folder.resolve("office.yaml");
            Optional<Office> office = tree(bounds, officeFile, findings)
                    .flatMap(node -> OfficeReader.read(node, folderName, regionIds, findings));
            if (office.isEmpty()) {
                ok = false;
                continue;
            }
            Office clash = byRegionAndCode.putIfAbsent(office.get().regionId() + "/" + office.get().code(), office.get());
            if (clash != null) {
                findings.error("office.duplicate-code", office.get().at(), "部门代码“" + office.get().code()
                        + "”在区划“" + office.get().regionId() + "”中已由“" + clash.name() + "”（" + clash.at().file()
                        + "）使用。部门代码在同一区划内必须唯一，请核对代码。");
                ok = false;
            }
            offices.add(office.get());
            ok &= yearFiles(bounds, folder, office.get().id(), disclosures, findings);
        }
        return ok ? Optional.of(new Catalog(site.get(), offices, disclosures)) : Optional.empty();
    }

    /**
     * One year file with the earlier versions its corrections name, or empty when any of them has errors or an
     * earlier version is kept that no correction names (reported to {@code findings}).
     */
    public Optional<Disclosure> disclosure(DisclosureFile file, Findings findings) {
        // The catalog checked these files already; checking again as they are read leaves a link made since no way in.
        return ContentBoundary.of(root, findings).flatMap(bounds -> bounds.read(file.path(), file.shownAs(), findings)
                .flatMap(text -> YamlTreeReader.read(text, file.shownAs(), findings))
                .flatMap(node -> DisclosureReader.read(node, file, findings,
                        (version, namedAt) -> earlier(bounds, file, version, namedAt, findings)))
                .filter(d -> everyEarlierNamed(file, d, findings)));
    }

    private Optional<Disclosure> earlier(ContentBoundary bounds, DisclosureFile file, int version,
            SourcePosition namedAt, Findings findings) {
        Optional<DisclosureFile.Earlier> kept = file.earlier().stream().filter(e -> e.version() == version).findFirst();
        if (kept.isEmpty()) {
            Path expected = file.path().resolveSibling(EARLIER_FOLDER).resolve(file.year() + "-" + version + ".yaml");
            findings.error("correction.earlier-missing", namedAt, "找不到更正前的第 " + version + " 版文本 " + shown(expected)
                    + "。更正后，原先公开的文本仍应可供查阅：请把第 " + version + " 条更正之前公开的原文按年度文件的格式保存为该文件"
                    + "（year 与本文件相同，不写 corrections）。");
            return Optional.empty();
        }
        DisclosureFile.Earlier e = kept.get();
        return bounds.read(e.path(), e.shownAs(), findings)
                .flatMap(text -> YamlTreeReader.read(text, e.shownAs(), findings))
                .flatMap(node -> DisclosureReader.readEarlier(node, file, e, findings));
    }

    /** An earlier version no correction names would be published nowhere, which is not what its publisher meant. */
    private static boolean everyEarlierNamed(DisclosureFile file, Disclosure d, Findings findings) {
        boolean ok = true;
        for (DisclosureFile.Earlier e : file.earlier()) {
            if (e.version() > d.corrections().size()) {
                findings.error("correction.unused-earlier", SourcePosition.ofFile(e.shownAs()), "早先版本没有对应的更正记录："
                        + file.shownAs() + " 的 corrections 有 " + d.corrections().size() + " 条，第 " + e.version()
                        + " 版要由第 " + e.version() + " 条更正取代。若该年度文件曾被更正，请在 corrections 中补上这次更正的日期和"
                        + "更正说明；否则请删除该文件。");
                ok = false;
            }
        }
        return ok;
    }

    private boolean yearFiles(ContentBoundary bounds, Path folder, String officeId, List<DisclosureFile> out,
            Findings findings) {
        Map<Integer, List<DisclosureFile.Earlier>> earlier = new TreeMap<>();
        boolean ok = earlierFiles(bounds, folder.resolve(EARLIER_FOLDER), earlier, findings);
        Set<Integer> years = new HashSet<>();
        for (Path file : sortedChildren(folder, findings)) {
            String name = file.getFileName().toString();
            Matcher m = YEAR_FILE.matcher(name);
            if (m.matches()) {
                if (!bounds.holdsFile(file, findings)) {
                    ok = false;
                    continue;
                }
                int year = Integer.parseInt(m.group(1));
                years.add(year);
                out.add(new DisclosureFile(officeId, year, file, shown(file), earlier.getOrDefault(year, List.of())));
            } else if (!name.equals("office.yaml") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                findings.error("file.name", SourcePosition.ofFile(shown(file)), "单位目录中的年度文件应以年度命名，例如 2024.yaml；“"
                        + name + "”不符合。请改名，或把它移出 content/offices/。");
                ok = false;
            }
        }
        for (Map.Entry<Integer, List<DisclosureFile.Earlier>> e : earlier.entrySet()) {
            if (!years.contains(e.getKey())) {
                for (DisclosureFile.Earlier orphan : e.getValue()) {
                    findings.error("correction.no-current", SourcePosition.ofFile(orphan.shownAs()), "找不到这份早先版本的现行文件 "
                            + e.getKey() + ".yaml：早先版本只随现行文件及其更正说明一起发布。请恢复该年度文件，或删除此文件。");
                }
                ok = false;
            }
        }
        return ok;
    }

    /** The files of {@code folder}, an office's earlier/, by year and then version; a misnamed one is an error. */
    private boolean earlierFiles(ContentBoundary bounds, Path folder, Map<Integer, List<DisclosureFile.Earlier>> out,
            Findings findings) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        if (!bounds.holdsFolder(folder, findings)) {
            return false;
        }
        boolean ok = true;
        for (Path file : sortedChildren(folder, findings)) {
            String name = file.getFileName().toString();
            Matcher m = EARLIER_FILE.matcher(name);
            if (m.matches()) {
                if (!bounds.holdsFile(file, findings)) {
                    ok = false;
                    continue;
                }
                out.computeIfAbsent(Integer.parseInt(m.group(1)), y -> new ArrayList<>())
                        .add(new DisclosureFile.Earlier(Integer.parseInt(m.group(2)), file, shown(file)));
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                findings.error("file.name", SourcePosition.ofFile(shown(file)), "earlier 目录中的早先版本应以“年度-版本号”命名，"
                        + "例如 2024-1.yaml（2024.yaml 最初公开的文本）；“" + name + "”不符合。请改名，或把它移出 earlier/。");
                ok = false;
            }
        }
        out.values().forEach(versions -> versions.sort(Comparator.comparingInt(DisclosureFile.Earlier::version)));
        return ok;
    }

    private static Optional<YamlNode> tree(ContentBoundary bounds, Path file, Findings findings) {
        String shownAs = shown(file);
        return bounds.read(file, shownAs, findings).flatMap(text -> YamlTreeReader.read(text, shownAs, findings));
    }

    /** The entries of {@code dir}, a folder inside the content folder, in name order. */
    private static List<Path> sortedChildren(Path dir, Findings findings) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            findings.error("file.unreadable", SourcePosition.ofFile(shown(dir)), "无法读取目录（" + e.getMessage() + "）。");
        }
        children.sort(null);
        return children;
    }

    private static void collectIds(List<Region> regions, Set<String> ids) {
        for (Region region : regions) {
            ids.add(region.id());
            collectIds(region.children(), ids);
        }
    }

    /** A path as the publisher should see it: relative to the working directory when inside it. */
    static String shown(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
