package org.gongkai.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;

/** Builds the publisher's check report page from the build's findings. */
final class ReportView {

    /** A page a publisher can read; the full list is what {@code gongkai check} prints. */
    static final int MAX_ROWS = 2000;

    private ReportView() {}

    /**
     * The report, with files named relative to {@code contentPrefix} (the content folder as findings show it),
     * so that the page does not depend on the folder the build ran from.
     */
    static Pages.Report of(Findings findings, String contentPrefix) {
        Map<String, List<Pages.ReportRow>> byFile = new LinkedHashMap<>();
        List<Finding> all = findings.sorted();
        long serious = all.stream().filter(f -> f.severity() != Severity.NOTICE).count();
        long noticeRoom = Math.max(0, MAX_ROWS - serious);
        int shown = 0;
        int notices = 0;
        for (Finding f : all) {
            if (f.severity() == Severity.NOTICE && notices++ >= noticeRoom) {
                continue;
            }
            shown++;
            String file = f.at().file().startsWith(contentPrefix) ? f.at().file().substring(contentPrefix.length())
                    : f.at().file();
            String position = f.at().line() > 0 ? f.at().line() + ":" + f.at().column() : "";
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(new Pages.ReportRow(position,
                    f.severity().label(), f.severity().name().toLowerCase(Locale.ROOT), f.message(), f.rule(),
                    f.subject().describe()));
        }
        List<Pages.ReportFile> files = new ArrayList<>();
        byFile.forEach((file, rows) -> files.add(new Pages.ReportFile(file, rows)));
        return new Pages.Report(findings.count(Severity.ERROR), findings.count(Severity.WARNING),
                findings.count(Severity.NOTICE), all.size() - shown, files);
    }
}
