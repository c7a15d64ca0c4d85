package org.gongkai.content.model;

/** Where a value stands in a content file: the file as shown to the publisher, with 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    /** A position for a whole file, when no line within it applies (a missing or unreadable file). */
    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
