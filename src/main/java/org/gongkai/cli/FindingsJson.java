package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;

/** Findings for a publisher's own CI: one JSON object per line, every field of the finding, stable keys. */
final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {}

    /** Every finding, or those of {@code only} one severity. */
    static void print(Findings findings, Optional<Severity> only, PrintWriter out) throws JsonProcessingException {
        for (Finding f : findings.sorted()) {
            if (only.isPresent() && f.severity() != only.get()) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rule", f.rule());
            o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            o.put("file", f.at().file());
            o.put("line", f.at().line() > 0 ? f.at().line() : null);
            o.put("column", f.at().column() > 0 ? f.at().column() : null);
            o.put("office", orNull(f.subject().office()));
            o.put("year", f.subject().year().isEmpty() ? null : Integer.valueOf(f.subject().year()));
            o.put("project", orNull(f.subject().project()));
            o.put("indicator", orNull(f.subject().indicator()));
            o.put("message", f.message());
            out.println(JSON.writeValueAsString(o));
        }
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
