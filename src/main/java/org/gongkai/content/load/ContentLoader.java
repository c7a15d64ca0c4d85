package org.gongkai.content.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** The catalog, or empty when site.yaml or an office file has errors (reported to {@code findings}). */
    public Optional<Catalog> catalog(Findings findings) {
        if (!Files.isDirectory(root)) {
            findings.error("content.missing", SourcePosition.ofFile(shown(root)),
                    "找不到内容目录。请在该位置创建内容目录（含 site.yaml 与 offices/），或用 --content 指定目录。");
            return Optional.empty();
        }
        Optional<String> about = readMarkdown(root.resolve("about.md"), findings);
        Optional<Site> site = tree(root.resolve("site.yaml"), findings)
                .flatMap(node -> SiteReader.read(node, about, findings));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Set<String> regionIds = new HashSet<>();
        collectIds(site.get().regions(), regionIds);
        List<Office> offices = new ArrayList<>();
        List<DisclosureFile> disclosures = new ArrayList<>();
        Map<String, Office> byRegionAndCode = new HashMap<>();
        boolean ok = true;
        for (Path folder : sortedChildren(root.resolve("offices"), findings)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String folderName = folder.getFileName().toString();
            Path officeFile = folder.resolve("office.yaml");
            Optional<Office> office = tree(officeFile, findings)
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
            ok &= yearFiles(folder, office.get().id(), disclosures, findings);
        }
        return ok ? Optional.of(new Catalog(site.get(), offices, disclosures)) : Optional.empty();
    }

    /** One year file, or empty when it has errors (reported to {@code findings}). */
    public Optional<Disclosure> disclosure(DisclosureFile file, Findings findings) {
        return SourceText.read(file.path(), file.shownAs(), findings)
                .flatMap(text -> YamlTreeReader.read(text, file.shownAs(), findings))
                .flatMap(node -> DisclosureReader.read(node, file, findings));
    }

    private boolean yearFiles(Path folder, String officeId, List<DisclosureFile> out, Findings findings) {
        boolean ok = true;
        for (Path file : sortedChildren(folder, findings)) {
            String name = file.getFileName().toString();
            Matcher m = YEAR_FILE.matcher(name);
            if (m.matches()) {
                out.add(new DisclosureFile(officeId, Integer.parseInt(m.group(1)), file, shown(file)));
            } else if (!name.equals("office.yaml") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                findings.error("file.name", SourcePosition.ofFile(shown(file)), "单位目录中的年度文件应以年度命名，例如 2024.yaml；“"
                        + name + "”不符合。请改名，或把它移出 content/offices/。");
                ok = false;
            }
        }
        return ok;
    }

    private Optional<YamlNode> tree(Path file, Findings findings) {
        String shownAs = shown(file);
        return SourceText.read(file, shownAs, findings).flatMap(text -> YamlTreeReader.read(text, shownAs, findings));
    }

    private Optional<String> readMarkdown(Path file, Findings findings) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return SourceText.read(file, shown(file), findings);
    }

    private List<Path> sortedChildren(Path dir, Findings findings) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            findings.error("content.offices-missing", SourcePosition.ofFile(shown(dir)),
                    "找不到 offices 目录。每个单位的内容放在 offices/<单位标识>/ 下。");
            return children;
        }
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
