package org.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.content.load.Finding;

/**
 * Spec files in the style of flexmark's: each case holds its input files and the findings expected of them,
 * side by side. A case is
 * <pre>
 * ### name
 * --- only PREFIX ...        (optional: compare only findings whose rule starts with one of these)
 * --- FILE                   (site.yaml or about.md; office.yaml or YEAR.yaml of office demo-office; or a
 *                            path from the content root such as offices/other/office.yaml; any number of files)
 * ...text...
 * --- expect
 * FILE LINE:COLUMN [SEVERITY] RULE WORDS-THE-MESSAGE-MUST-CONTAIN
 * </pre>
 * "none" in the expect block means no finding at all.
 */
public final class SpecCases {

    public record Case(String name, List<String> only, Map<String, String> files, List<String> expected) {}

    private SpecCases() {}

    public static List<Case> read(String resource) {
        try (InputStream in = SpecCases.class.getResourceAsStream(resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> parse(String spec) {
        List<Case> cases = new ArrayList<>();
        String name = null;
        List<String> only = new ArrayList<>();
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        List<String> expected = new ArrayList<>();
        StringBuilder current = null;
        boolean inExpect = false;
        for (String line : (spec + "\n### end").split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    Map<String, String> texts = new LinkedHashMap<>();
                    files.forEach((k, v) -> texts.put(k, v.toString()));
                    cases.add(new Case(name, List.copyOf(only), texts, List.copyOf(expected)));
                }
                name = line.substring(4).trim();
                only.clear();
                files.clear();
                expected.clear();
                current = null;
                inExpect = false;
            } else if (line.startsWith("--- only ")) {
                only.addAll(List.of(line.substring(9).trim().split("\\s+")));
            } else if (line.startsWith("--- expect")) {
                inExpect = true;
            } else if (line.startsWith("--- ")) {
                current = new StringBuilder();
                files.put(line.substring(4).trim(), current);
            } else if (inExpect) {
                if (!line.isBlank() && !line.trim().equals("none")) {
                    expected.add(line.trim());
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return cases;
    }

    /**
     * Writes a small valid content tree (site "demo-city", office "demo-office", an empty 2024 file) and then the
     * case's own files over it; returns the content root.
     */
    public static Path contentTree(Path parent, Case c) throws IOException {
        Path root = Files.createTempDirectory(parent, "content");
        Path office = root.resolve("offices/demo-office");
        Files.createDirectories(office);
        write(root.resolve("site.yaml"), "title: 站\nbase_url: https://example.org/\npublisher: 某单位\n"
                + "regions:\n  - id: demo-city\n    name: 示例市\n");
        write(office.resolve("office.yaml"), "id: demo-office\nname: 示例单位\nregion: demo-city\ncode: \"007\"\n");
        write(office.resolve("2024.yaml"), "year: 2024\n");
        for (var file : c.files().entrySet()) {
            String name = file.getKey();
            Path target = name.equals("site.yaml") || name.equals("about.md") || name.contains("/") ? root.resolve(name)
                    : office.resolve(name);
            Files.createDirectories(target.getParent());
            write(target, file.getValue());
        }
        return root;
    }

    /** Compares findings with the case's expectations: same positions, rules and severities, in order, and the words. */
    public static void assertFindings(Case c, List<Finding> all) {
        List<Finding> found = all.stream()
                .filter(f -> c.only().isEmpty() || c.only().stream().anyMatch(p -> f.rule().startsWith(p)))
                .toList();
        List<String[]> expected = c.expected().stream().map(SpecCases::fields).toList();
        List<String> want = expected.stream().map(e -> e[0] + " " + e[1] + (e[2].isEmpty() ? "" : " " + e[2]) + " " + e[3]).toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            boolean withSeverity = i < expected.size() && !expected.get(i)[2].isEmpty();
            got.add(Path.of(f.at().file()).getFileName() + " " + f.at().line() + ":" + f.at().column()
                    + (withSeverity ? " " + f.severity().name().toLowerCase(Locale.ROOT) : "") + " " + f.rule());
        }
        assertEquals(want, got, () -> "findings were:\n" + String.join("\n", found.stream().map(Finding::format).toList()));
        for (int i = 0; i < found.size(); i++) {
            String words = expected.get(i)[4];
            assertTrue(found.get(i).message().contains(words),
                    "message «" + found.get(i).message() + "» should contain «" + words + "»");
        }
    }

    /** FILE POS [SEVERITY] RULE WORDS, where SEVERITY is error, warning or notice. */
    private static String[] fields(String line) {
        String[] p = line.split(" ", 5);
        boolean severity = p.length > 2 && List.of("error", "warning", "notice").contains(p[2]);
        if (severity) {
            return new String[] {p[0], p[1], p[2], p[3], p.length > 4 ? p[4] : ""};
        }
        String[] q = line.split(" ", 4);
        return new String[] {q[0], q[1], "", q[2], q.length > 3 ? q[3] : ""};
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
