package org.gongkai.content.load;

import org.gongkai.content.model.SourcePosition;

/**
 * One thing wrong with the content, where it is, what it concerns, and a message in Chinese that says what
 * would fix it.
 *
 * @param rule a stable identifier such as {@code yaml.syntax}, for filtering and for the publisher's CI
 */
public record Finding(String rule, Severity severity, SourcePosition at, Subject subject, String message) {

    public Finding(String rule, Severity severity, SourcePosition at, String message) {
        this(rule, severity, at, Subject.NONE, message);
    }

    /** The line a terminal shows: position, severity, message and rule. */
    public String format() {
        return at + ": " + severity.label() + "：" + message + " [" + rule + "]";
    }
}
