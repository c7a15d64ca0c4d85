package org.gongkai.importer;

/** How the extractor or the web page laid out the document's tables as text. */
enum Layout {

    /**
     * One table row per line, cells separated by tabs. Cells hidden by vertical merges are sometimes dropped, so
     * column positions cannot be trusted and indicator cells are classified by their wording.
     */
    ROW_PER_LINE,

    /** One cell per line, each starting with a tab; a blank line ends the row. Positions can be trusted. */
    CELL_PER_LINE,

    /**
     * Cells separated by {@code |}, as web pages' tables read when copied: a row on one line, or one cell per line
     * with a line of bare pipes ending the row. Merged cells leave runs of empty cells, so positions cannot be
     * trusted.
     */
    PIPE,

    /** One row per line with cells separated by spaces, as some pages print their tables. */
    SPACED,

    /** One cell per line and nothing to tell where a row ends, as a table copied from many pages reads. */
    LINES;

    /** Whether the cells of a row stand in the columns of the table, so that a cell's column says what it is. */
    boolean trustsColumns() {
        return this == CELL_PER_LINE;
    }

    /** Whether rows are known only from the wording of their cells: every layout but the two tab ones. */
    boolean isStream() {
        return this == PIPE || this == SPACED || this == LINES;
    }

    /** The layout of a document, judged by its tabs, pipes and spaces. */
    static Layout of(String[] lines) {
        int tabbed = 0;
        int inner = 0;
        int text = 0;
        int piped = 0;
        int spaced = 0;
        int labelsAcross = 0;
        for (String line : lines) {
            String stripped = TextCleaner.strip(line);
            if (!stripped.isEmpty()) {
                text++;
                if (stripped.indexOf('|') >= 0) {
                    piped++;
                }
                if (labelThenSpaceThenText(stripped)) {
                    spaced++;
                }
                labelsAcross = Math.max(labelsAcross, labelsBetweenSpaces(stripped));
            }
            int first = line.indexOf('\t');
            if (first < 0) {
                continue;
            }
            tabbed++;
            if (first > 0 || line.indexOf('\t', first + 1) >= 0) {
                inner++;
            }
        }
        if (tabbed > 0) {
            // A stray tab inside a cell's text must not switch the whole document to the other layout.
            return inner * 5 >= tabbed ? ROW_PER_LINE : CELL_PER_LINE;
        }
        if (piped * 5 >= text && piped > 0) {
            return PIPE;
        }
        return spaced >= 3 || labelsAcross >= 3 ? SPACED : LINES;
    }

    /** How many known labels stand between spaces on one line, as on a form flattened onto a line. */
    private static int labelsBetweenSpaces(String line) {
        int labels = 0;
        for (String part : line.split("[\\s\\u3000]+")) {
            if (Labels.isLabel(part)) {
                labels++;
            }
        }
        return labels;
    }

    /** True for a line such as 项目名称 某某项目: a known label, spaces, and more text on the same line. */
    private static boolean labelThenSpaceThenText(String line) {
        String[] parts = line.split("[\\s\\u3000]+", 2);
        return parts.length == 2 && Labels.isLabel(parts[0]);
    }
}
