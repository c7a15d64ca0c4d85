package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/** Cuts the extracted text into rows and paragraphs, according to its layout. */
final class BlockSplitter {

    private final TextCleaner cleaner;

    BlockSplitter(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The document's lines with bookmarks removed; index 0 is line 1. */
    static String[] lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = TextCleaner.withoutBookmarks(lines[i]);
        }
        return lines;
    }

    List<Block> split(String[] lines, Layout layout) {
        return layout == Layout.ROW_PER_LINE ? rowPerLine(lines) : cellPerLine(lines);
    }

    private List<Block> rowPerLine(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (TextCleaner.strip(line).isEmpty()) {
                continue;
            }
            if (line.indexOf('\t') < 0) {
                blocks.add(new Block(List.of(new Cell(cleaner.cell(line, lineNo), 0, lineNo)), lineNo, true));
                continue;
            }
            String[] raw = line.split("\t", -1);
            List<Cell> cells = new ArrayList<>();
            for (int col = 0; col < raw.length; col++) {
                cells.add(new Cell(cleaner.cell(raw[col], lineNo), col, lineNo));
            }
            blocks.add(new Block(cells, lineNo, false));
        }
        return blocks;
    }

    private List<Block> cellPerLine(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            int lineNo = i + 1;
            String line = i < lines.length ? lines[i] : "";
            boolean blank = TextCleaner.strip(line).isEmpty() && line.indexOf('\t') < 0;
            if (blank) {
                if (!texts.isEmpty()) {
                    blocks.add(row(texts, starts));
                    texts.clear();
                    starts.clear();
                }
                continue;
            }
            if (line.startsWith("\t")) {
                texts.add(new StringBuilder(line.substring(1)));
                starts.add(lineNo);
            } else if (!texts.isEmpty()) {
                // A line without a tab inside a row continues the previous cell: the cell's text had a line break.
                texts.get(texts.size() - 1).append('\n').append(line);
            } else {
                blocks.add(new Block(List.of(new Cell(cleaner.cell(line, lineNo), 0, lineNo)), lineNo, true));
            }
        }
        return blocks;
    }

    private Block row(List<StringBuilder> texts, List<Integer> starts) {
        List<Cell> cells = new ArrayList<>();
        for (int col = 0; col < texts.size(); col++) {
            cells.add(new Cell(cleaner.cell(texts.get(col).toString(), starts.get(col)), col, starts.get(col)));
        }
        return new Block(cells, starts.get(0), false);
    }
}
