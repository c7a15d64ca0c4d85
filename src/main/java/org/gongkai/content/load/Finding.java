package org.gongkai.content.load;

import java.util.Optional;

import org.gongkai.content.model.SourcePosition;

/**
 * One thing wrong with the content, where it is, what it concerns, and a message in Chinese that says what
 * would fix it.
 *
 * @param rule a stable identifier such as {@code yaml.syntax}, for filtering and for the publisher's CI
 */
public record Finding(String rule, Severity severity, SourcePosition at, Subject subject, String message,
        Optional<String> readerNote) {

    public Finding(String rule, Severity severity, SourcePosition at, Subject subject, String message) {
        this(rule, severity, at, subject, message, Optional.empty());
    }

    public Finding(String rule, Severity severity, SourcePosition at, String message) {
        this(rule, severity, at, Subject.NONE, message);
    }

    /**
     * The same finding with what a reader of the page is told beside the figure (数据说明): where two parts of one
     * disclosure disagree, neutral words on both figures, which the site shows as the original prints them.
     */
    public Finding withReaderNote(String note) {
        return new Finding(rule, severity, at, subject, message, Optional.of(note));
    }

    /** The line a terminal shows: position, severity, message and rule. */
    public String format() {
        return at + ": " + severity.label() + "：" + message + " [" + rule + "]";
    }
}
