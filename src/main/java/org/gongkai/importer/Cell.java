package org.gongkai.importer;

/** One table cell as extracted: its cleaned text, its 0-based position in the row, and the line it starts on. */
record Cell(String text, int column, int line) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text with all whitespace removed and colons and brackets made full-width, for comparing labels. */
    String key() {
        return Labels.key(text);
    }
}
