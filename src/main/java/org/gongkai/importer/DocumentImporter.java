package org.gongkai.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.content.model.Disclosure;

/**
 * Imports a published 项目支出绩效目标 document into a {@link Disclosure}, keeping every published text verbatim
 * and removing only what text extraction added.
 *
 * <p>The document is a Word or Excel file or a saved web page, read cell by cell, or its text as a page or an
 * extractor laid it out:
 * tab-separated rows, one cell per line, pipe tables, spaced rows. What cannot be placed is reported as an
 * {@link ImportProblem} with its line or cell, never guessed.
 */
public final class DocumentImporter {

    /** A Word or Excel file that cannot be read at all; the message says why, in Chinese, naming the file. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Whether {@code file} is read cell by cell, as a Word or Excel file or a saved web page, rather than as text, by
     * its name; its problems are then placed by cell, not by line.
     */
    public static boolean readsByCell(Path file) {
        return isWebPage(file) || isOfficeFile(file);
    }

    private static boolean isOfficeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".doc");
    }

    private static boolean isWebPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".mht") || name.endsWith(".mhtml");
    }

    /**
     * Imports one document's text.
     *
     * @param text the extracted text of the document
     * @param sourceName the name shown in problems and source positions, such as the text file's name
     * @param officeId the id of the office that published the document
     */
    public ImportResult importDocument(String text, String sourceName, String officeId) {
        return importDocument(text, sourceName, officeId, OptionalInt.empty());
    }

    /** Imports one document's text; {@code year} is the budget year where the document names none. */
    public ImportResult importDocument(String text, String sourceName, String officeId, OptionalInt year) {
        Problems problems = new Problems();
        String[] lines = BlockSplitter.lines(text);
        Layout layout = Layout.of(lines);
        BlockSplitter splitter = new BlockSplitter(new TextCleaner(problems));
        List<Block> blocks = splitter.split(lines, layout);
        if (layout == Layout.LINES) {
            blocks = new RunTogether(problems).split(blocks);
        }
        return read(blocks, layout, sourceName, officeId, year, problems);
    }

    /**
     * Imports a Word (.docx) or Excel (.xlsx, .xls) file or a saved web page (.html, .htm), cell by cell; a .xls or
     * .doc that holds a web page is read as the page it is.
     */
    public ImportResult importFile(Path file, String sourceName, String officeId, OptionalInt year) throws Unreadable {
        Grid grid;
        try {
            grid = isWebPage(file) || WebPages.holdsPage(file) ? WebPages.read(file, sourceName)
                    : OfficeDocuments.read(file, sourceName);
        } catch (OfficeDocuments.Unreadable e) {
            throw new Unreadable(e.getMessage());
        }
        return importGrid(grid, sourceName, officeId, year);
    }

    /** Imports a document read as a {@link Grid}: its columns are the table's, so cells are read by position. */
    ImportResult importGrid(Grid grid, String sourceName, String officeId, OptionalInt year) {
        List<String> places = new ArrayList<>();
        Problems problems = new Problems(line -> line >= 1 && line <= places.size() ? places.get(line - 1) : "");
        TextCleaner cleaner = new TextCleaner(problems);
        List<Block> blocks = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            int line = places.size() + 1;
            places.add(row.places().isEmpty() ? "" : row.places().get(0));
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(new Cell(cleaner.cell(row.cells().get(c), line), c, line));
            }
            blocks.add(new Block(cells, line, row.paragraph()));
        }
        return read(padded(blocks), Layout.CELL_PER_LINE, sourceName, officeId, year, problems);
    }

    /**
     * The rows of each table as wide as its widest: a spreadsheet row ends at its last cell with text, and the
     * empty cells after it are still columns of the table.
     */
    private static List<Block> padded(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int start = 0;
        while (start < blocks.size()) {
            int end = start;
            int width = 0;
            while (end < blocks.size() && !blocks.get(end).paragraph()) {
                width = Math.max(width, blocks.get(end).cells().size());
                end++;
            }
            for (int i = start; i < end; i++) {
                Block b = blocks.get(i);
                List<Cell> cells = new ArrayList<>(b.cells());
                while (cells.size() < width) {
                    cells.add(new Cell("", cells.size(), b.line()));
                }
                out.add(new Block(cells, b.line(), false));
            }
            if (end < blocks.size()) {
                out.add(blocks.get(end));
            }
            start = end + 1;
        }
        return out;
    }

    private static ImportResult read(List<Block> blocks, Layout layout, String sourceName, String officeId,
            OptionalInt year, Problems problems) {
        Optional<Disclosure> disclosure = new DocumentReader(layout, sourceName, problems, year)
                .read(new BlockCursor(blocks), officeId);
        return new ImportResult(disclosure, problems.sorted());
    }
}
