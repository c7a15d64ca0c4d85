package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;

/**
 * Findings as a publisher reads them in a terminal: errors first, then warnings, each grouped by file; notices only
 * counted by rule, since a form read from another province can give a hundred of them; then a summary line.
 */
final class FindingsText {

    private FindingsText() {}

    /** Prints every error and warning, and the notices counted by rule. */
    static void print(Findings findings, PrintWriter out) {
        print(findings, Optional.empty(), out);
    }

    /**
     * Prints the findings of {@code only} one severity, each of them, notices too; or, without it, as
     * {@link #print(Findings, PrintWriter)}. The summary line counts them all.
     */
    static void print(Findings findings, Optional<Severity> only, PrintWriter out) {
        List<Finding> sorted = findings.sorted();
        if (only.isPresent()) {
            listed(sorted, only.get(), out);
        } else {
            listed(sorted, Severity.ERROR, out);
            listed(sorted, Severity.WARNING, out);
            counted(sorted, out);
        }
        out.println(summary(findings, (int) sorted.stream().map(f -> f.at().file()).distinct().count()));
    }

    /** The findings of one severity under a heading, grouped by file in the order of {@link Findings#sorted()}. */
    private static void listed(List<Finding> sorted, Severity severity, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        int count = 0;
        for (Finding f : sorted) {
            if (f.severity() == severity) {
                byFile.computeIfAbsent(f.at().file(), k -> new ArrayList<>()).add(f);
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        out.printf("%s（%d 条）%n", severity.label(), count);
        byFile.forEach((file, list) -> {
            out.println(file);
            for (Finding f : list) {
                String where = f.at().line() > 0 ? f.at().line() + ":" + f.at().column() : "-";
                out.printf("  %-7s %s  %s [%s]%n", where, f.severity().label(), f.message(), f.rule());
                String about = f.subject().describe();
                if (!about.isEmpty()) {
                    out.printf("          %s%n", about);
                }
            }
            out.println();
        });
    }

    /** The notices as one line per rule with its count and the files it is in, and how to see each of them. */
    private static void counted(List<Finding> sorted, PrintWriter out) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : sorted) {
            if (f.severity() == Severity.NOTICE) {
                byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
            }
        }
        if (byRule.isEmpty()) {
            return;
        }
        int total = byRule.values().stream().mapToInt(List::size).sum();
        out.printf("%s（%d 条，按规则计数）%n", Severity.NOTICE.label(), total);
        int width = byRule.keySet().stream().mapToInt(String::length).max().orElse(0);
        byRule.forEach((rule, list) -> out.printf("  %-" + width + "s  %3d 条，%d 个文件%n", rule, list.size(),
                list.stream().map(f -> f.at().file()).distinct().count()));
        out.println("  逐条查看：gongkai check --only notices");
        out.println();
    }

    static String summary(Findings findings, int files) {
        return String.format("检查完成：%d 个错误，%d 个警告，%d 个提示%s。", findings.count(Severity.ERROR),
                findings.count(Severity.WARNING), findings.count(Severity.NOTICE),
                files > 0 ? "（涉及 " + files + " 个文件）" : "");
    }
}
