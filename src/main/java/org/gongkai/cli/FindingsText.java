package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;

/** Findings as a publisher reads them in a terminal: grouped by file, then a summary line. */
final class FindingsText {

    private FindingsText() {}

    static void print(Findings findings, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings.sorted()) {
            byFile.computeIfAbsent(f.at().file(), k -> new ArrayList<>()).add(f);
        }
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
        out.println(summary(findings, byFile.size()));
    }

    static String summary(Findings findings, int files) {
        return String.format("检查完成：%d 个错误，%d 个警告，%d 个提示%s。", findings.count(Severity.ERROR),
                findings.count(Severity.WARNING), findings.count(Severity.NOTICE),
                files > 0 ? "（涉及 " + files + " 个文件）" : "");
    }
}
