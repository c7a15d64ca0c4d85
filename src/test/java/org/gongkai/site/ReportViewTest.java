package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The report page lists every error and warning, and notices only up to a readable size. */
class ReportViewTest {

    @Test
    void noticesAreCappedButWarningsNeverAre() {
        Findings findings = new Findings();
        for (int i = 1; i <= ReportView.MAX_ROWS + 500; i++) {
            findings.add(new Finding("indicator.empty-row", Severity.NOTICE, new SourcePosition("a.yaml", i, 1), "空行"));
        }
        for (int i = 1; i <= 3; i++) {
            findings.add(new Finding("funds.zero-total", Severity.WARNING, new SourcePosition("z.yaml", i, 1), "零"));
        }
        Pages.Report report = ReportView.of(findings, "");
        long warnings = report.files().stream().flatMap(f -> f.rows().stream()).filter(r -> r.severity().equals("警告")).count();
        long rows = report.files().stream().mapToLong(f -> f.rows().size()).sum();
        assertEquals(3, warnings);
        assertEquals(ReportView.MAX_ROWS, rows);
        assertEquals(503, report.omitted());
        assertEquals(ReportView.MAX_ROWS + 500, report.notices());
    }
}
