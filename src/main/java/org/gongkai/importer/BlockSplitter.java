package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/** Cuts the extracted text into rows and paragraphs, according to its layout. */
final class BlockSplitter {

    /** The units an amount prints after it. */
    private static final java.util.Set<String> AMOUNT_UNIT = java.util.Set.of("万", "万元", "元");
    /** An amount's digits with no unit of their own yet: 4623 or 1,000,000, not 4623万. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

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
        return switch (layout) {
            case ROW_PER_LINE -> rowPerLine(lines);
            case CELL_PER_LINE -> cellPerLine(lines);
            case PIPE -> atTitles(LabelJoiner.join(piped(lines)));
            case SPACED -> atTitles(LabelJoiner.join(spaced(lines)));
            case LINES -> LabelJoiner.join(oneCellEach(lines));
        };
    }

    /**
     * The rows split where a table's title or year stands among other cells, as when a whole form was flattened
     * onto one line: the title and the year become rows of their own, so the form after them reads as a form.
     */
    private static List<Block> atTitles(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Cell> run = new ArrayList<>();
            boolean afterTitle = false;
            for (Cell c : b.cells()) {
                boolean title = Labels.isTitleInRow(c.text(), !afterTitle && run.stream().allMatch(BlockSplitter::isAttachmentMark));
                // The year stands apart only right after the title: elsewhere (2024年度) is a cell's own text.
                boolean apart = title || afterTitle && Years.isYearLine(c.text());
                afterTitle = title;
                if (apart && b.cells().size() > 1) {
                    if (!run.isEmpty()) {
                        out.add(new Block(run, run.get(0).line(), b.paragraph()));
                        run = new ArrayList<>();
                    }
                    out.add(new Block(List.of(c), c.line(), b.paragraph()));
                } else {
                    run.add(c);
                }
            }
            if (!run.isEmpty()) {
                out.add(run.size() == b.cells().size() ? b : new Block(run, run.get(0).line(), b.paragraph()));
            }
        }
        return out;
    }

    /** 附件 2, 附表1：what marks a table as an attachment before its title, not content of its own. */
    private static boolean isAttachmentMark(Cell c) {
        return c.key().matches("(?:附件|附表)?[0-9一二三四五六七八九十]*[：:]?") && !c.key().isEmpty();
    }

    /**
     * Rows of cells between pipes. A row ends with a line that ends in two or more pipes (the empty cells that merged
     * columns leave), or with a line holding cells of its own; a line with one cell and one pipe is a cell of a row
     * laid out one cell per line. A line without a pipe is a paragraph.
     */
    private List<Block> piped(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = TextCleaner.strip(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('|') < 0) {
                flush(blocks, row, start);
                blocks.add(new Block(List.of(new Cell(cleaner.cell(line, lineNo), 0, lineNo)), lineNo, true));
                continue;
            }
            if (row.isEmpty()) {
                start = lineNo;
            }
            int before = row.size();
            for (String raw : line.split("\\|", -1)) {
                String text = cleaner.cell(raw, lineNo);
                if (!text.isEmpty()) {
                    row.add(new Cell(text, row.size(), lineNo));
                }
            }
            boolean endsRow = line.replace(" ", "").endsWith("||") || row.size() - before > 1;
            if (endsRow) {
                flush(blocks, row, start);
            }
        }
        flush(blocks, row, start);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<Cell> row, int start) {
        if (!row.isEmpty()) {
            blocks.add(new Block(row, start, false));
            row.clear();
        }
    }

    /** A row per line, its cells separated by spaces; a line of one cell is still a row of the table. */
    private List<Block> spaced(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = TextCleaner.strip(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            String open = "";
            for (String raw : line.split("[\\s\\u3000\\u00A0]+")) {
                String text = cleaner.cell(raw, lineNo);
                // A bracket padded with spaces, as in (   2023年度), belongs to the text beside it.
                if (text.equals("(") || text.equals("（")) {
                    open += text;
                } else if ((text.equals(")") || text.equals("）")) && !cells.isEmpty()) {
                    Cell last = cells.remove(cells.size() - 1);
                    cells.add(new Cell(last.text() + text, last.column(), lineNo));
                } else if (AMOUNT_UNIT.contains(text) && !cells.isEmpty()
                        && BARE_NUMBER.matcher(cells.get(cells.size() - 1).key()).matches()) {
                    // 4623 万: an amount's unit printed apart from it is still the amount's.
                    Cell last = cells.remove(cells.size() - 1);
                    cells.add(new Cell(last.text() + " " + text, last.column(), lineNo));
                } else if (!text.isEmpty() && !cells.isEmpty() && unclosed(cells.get(cells.size() - 1).text())) {
                    // ( ≥**% ): a bracket padded with spaces inside it is still one cell's text.
                    Cell last = cells.remove(cells.size() - 1);
                    cells.add(new Cell(last.text() + " " + text, last.column(), lineNo));
                } else if (!text.isEmpty()) {
                    cells.add(new Cell(open + text, cells.size(), lineNo));
                    open = "";
                }
            }
            blocks.add(new Block(cells, lineNo, false));
        }
        return blocks;
    }

    /** Whether a text opens a bracket it does not close, as 资产股权年收益率( does before ≥**% ). */
    private static boolean unclosed(String text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if ((ch == ')' || ch == '）') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Each non-blank line a cell, and a row of its own: which cells make a row is read from their wording. */
    private List<Block> oneCellEach(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String text = cleaner.cell(lines[i], lineNo);
            if (!text.isEmpty()) {
                blocks.add(new Block(List.of(new Cell(text, 0, lineNo)), lineNo, false));
            }
        }
        return blocks;
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
