package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imports of the real forms, as their golden files hold them (report comments and all), are content a publisher
 * can build: the site builds, and each project's page shows every row the import placed, 三级 and 指标值 of every
 * indicator and the label and text of every other row, and no row the form does not print.
 */
class RealFormsSiteTest {

    private static final Path EXPECTED = Path.of("src/test/resources/importer/real/expected");

    @TempDir
    Path temp;

    @Test
    void everyImportedFormBuildsAndEveryRowIsOnItsPage() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("offices"));
        Files.writeString(content.resolve("site.yaml"), "title: 各省表格示例\nbase_url: https://example.org/real/\n"
                + "publisher: 示例\nregions:\n  - {id: cn, name: 全国}\n", StandardCharsets.UTF_8);
        List<String> offices = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path golden : files.sorted().toList()) {
                String yaml = Files.readString(golden, StandardCharsets.UTF_8);
                int year = yamlYear(yaml);
                String office = "real-" + golden.getFileName().toString().substring(0, 2);
                Path folder = Files.createDirectories(content.resolve("offices").resolve(office));
                Files.writeString(folder.resolve("office.yaml"), "id: " + office + "\nname: 单位" + office
                        + "\nregion: cn\ncode: \"" + golden.getFileName().toString().substring(0, 2) + "\"\n");
                Files.writeString(folder.resolve(year + ".yaml"), yaml, StandardCharsets.UTF_8);
                offices.add(office + "/" + year);
            }
        }
        assertEquals(20, offices.size(), "every real document imports: " + offices);
        Path site = temp.resolve("site");
        BuildResult built = SiteFiles.build(content, site);
        assertTrue(built.published(), () -> built.findings().sorted().toString());

        ContentLoader loader = new ContentLoader(content);
        Findings findings = new Findings();
        int pages = 0;
        for (var file : loader.catalog(findings).orElseThrow().disclosures()) {
            Disclosure d = loader.disclosure(file, findings).orElseThrow();
            for (Project p : d.projects()) {
                Document page = Jsoup.parse(site.resolve(d.officeId()).resolve(String.valueOf(d.year()))
                        .resolve(p.id()).resolve("index.html").toFile(), "UTF-8");
                List<String> missing = new ArrayList<>();
                for (IndicatorRow row : p.indicators()) {
                    if (!row.level3().isEmpty() && !inOneRow(page, row.level3(), row.value())) {
                        missing.add(row.level3() + " / " + row.value());
                    }
                }
                for (FormRow row : concat(p.form().rows(), p.form().after())) {
                    if (!labelled(page, row.label(), row.text())) {
                        missing.add(row.label() + "：" + row.text());
                    }
                }
                assertTrue(missing.isEmpty(), d.officeId() + " " + p.name() + " lacks " + missing);
                // A row the form does not print is not shown empty, as if the office had left it blank.
                List<String> labels = page.select("table.project th[scope=row]").eachText();
                assertTrue(!p.source().isEmpty() || p.field().isPresent() || !labels.contains("项目来源"), p.name());
                assertTrue(!p.period().term().isEmpty() || !labels.contains("项目期限"), p.name());
                assertTrue(!p.implementer().isEmpty() || !labels.contains("实施单位"), p.name());
                String caption = page.selectFirst("caption#form-caption").text();
                assertTrue(caption.split(d.year() + "年", -1).length == 2, "the year once in " + caption);
                pages++;
            }
        }
        assertEquals(22, pages, "a page for each project: one a form, two in 19's list");
    }

    /** The year of a golden year file, after its report comments; a refused import has none, and fails here. */
    private static int yamlYear(String yaml) {
        return yaml.lines().filter(l -> l.startsWith("year: ")).findFirst()
                .map(l -> Integer.parseInt(l.substring(6).trim()))
                .orElseThrow(() -> new AssertionError("no year: line, so the import was refused:\n" + yaml));
    }

    /** Text as the browser renders it: runs of whitespace, line breaks included, as one space. */
    private static String shown(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * Whether one row of the form's table has {@code level3} as its 三级 cell and {@code value} as its 指标值 cell's
     * own text (the further columns folded into that cell for small screens are elements of their own).
     */
    private static boolean inOneRow(Document page, String level3, String value) {
        for (Element tr : page.select("table.project tr")) {
            Element l3 = tr.selectFirst("> td.l3");
            Element val = tr.selectFirst("> td.val");
            if (l3 != null && val != null && l3.text().equals(shown(level3)) && val.ownText().trim().equals(shown(value))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the form's table has a row header {@code label} followed by the cell {@code text}. */
    private static boolean labelled(Document page, String label, String text) {
        for (Element th : page.select("table.project th[scope=row]")) {
            Element td = th.nextElementSibling();
            if (th.text().equals(shown(label)) && td != null && td.text().equals(shown(text))) {
                return true;
            }
        }
        return false;
    }

    private static List<FormRow> concat(List<FormRow> a, List<FormRow> b) {
        List<FormRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
