package org.gongkai.importer;

/** How the extractor laid out the document's tables as text. */
enum Layout {

    /**
     * One table row per line, cells separated by tabs. Cells hidden by vertical merges are sometimes dropped, so
     * column positions cannot be trusted and indicator cells are classified by their wording.
     */
    ROW_PER_LINE,

    /** One cell per line, each starting with a tab; a blank line ends the row. Positions can be trusted. */
    CELL_PER_LINE;

    /** The layout of a document, judged by how often a tab stands after text on a line. */
    static Layout of(String[] lines) {
        int tabbed = 0;
        int inner = 0;
        for (String line : lines) {
            int first = line.indexOf('\t');
            if (first < 0) {
                continue;
            }
            tabbed++;
            if (first > 0 || line.indexOf('\t', first + 1) >= 0) {
                inner++;
            }
        }
        // A stray tab inside a cell's text must not switch the whole document to the other layout.
        return tabbed > 0 && inner * 5 >= tabbed ? ROW_PER_LINE : CELL_PER_LINE;
    }
}
