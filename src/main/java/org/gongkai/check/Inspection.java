package org.gongkai.check;

import java.util.List;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;

/** The disclosure under check, its office, and where the findings go, with the subject of each filled in. */
final class Inspection {

    final Disclosure disclosure;
    final Office office;
    final Subject subject;
    private final Findings findings;
    /** Made once, when the first text rule asks: several rules walk the same texts. */
    private List<PublicText> texts;

    Inspection(Disclosure disclosure, Office office, Findings findings) {
        this.disclosure = disclosure;
        this.office = office;
        this.findings = findings;
        this.subject = new Subject(office.id(), String.valueOf(disclosure.year()), "", "");
    }

    /** Every text of the disclosure that the site shows, as {@link PublicText#of} lists them. */
    List<PublicText> texts() {
        if (texts == null) {
            texts = PublicText.of(this);
        }
        return texts;
    }

    Subject of(Project p) {
        return subject.withProject(p.name());
    }

    Subject of(Project p, IndicatorRow row) {
        return subject.withProject(p.name()).withIndicator(indicatorName(row));
    }

    static String indicatorName(IndicatorRow row) {
        return row.level3().isEmpty() ? row.level1() + "／" + row.level2() : row.level3();
    }

    void warning(String rule, SourcePosition at, Subject about, String message) {
        findings.add(new Finding(rule, Severity.WARNING, at, about, message));
    }

    /**
     * A warning that two parts of the disclosure disagree, with the neutral note its pages show a reader beside the
     * figure; the note names the rule, and the figures stay as the original prints them.
     */
    void disagreement(String rule, SourcePosition at, Subject about, String message, String note) {
        findings.add(new Finding(rule, Severity.WARNING, at, about, message)
                .withReaderNote(note + "以原文为准。（检查规则 " + rule + "）"));
    }

    void notice(String rule, SourcePosition at, Subject about, String message) {
        findings.add(new Finding(rule, Severity.NOTICE, at, about, message));
    }
}
