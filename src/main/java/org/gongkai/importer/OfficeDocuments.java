package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.record.RecordInputStream.LeftoverDataException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.importer.Grid.Row;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a publisher's Word (.docx, .doc) or Excel (.xlsx, .xls) file into a {@link Grid}, with Apache POI. */
final class OfficeDocuments {

    static {
        // POI logs through the log4j API, which warns on the terminal when it finds no logging implementation.
        // log4j's own simple logger, switched off, prints nothing. This must happen before any POI class loads,
        // and a choice the user made with -D stands.
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private OfficeDocuments() {
    }

    /**
     * Reads a .docx, .doc, .xlsx or .xls file.
     *
     * @param file the file
     * @param shown the file's name as the publisher knows it, used in messages
     * @throws Unreadable if the file cannot be read, with a message for the publisher
     */
    static Grid read(Path file, String shown) throws Unreadable {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        switch (extension) {
            case "doc":
            case "docx":
            case "xlsx":
            case "xls":
                break;
            default:
                throw new Unreadable(shown, "不支持这种文件类型，只能导入 Word（.docx、.doc）和 Excel（.xlsx、.xls）文件");
        }
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(shown, "找不到这个文件");
        }
        if (!Files.isReadable(file)) {
            throw new Unreadable(shown, "没有读取这个文件的权限");
        }
        String kind = extension.startsWith("doc") ? "Word 文件" : "Excel 文件";
        try {
            Grid grid = extension.startsWith("doc") ? word(file, shown) : workbook(file);
            if (grid.rows().isEmpty()) {
                throw new Unreadable(shown, "文件中没有任何内容");
            }
            return grid;
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(shown, ENCRYPTED);
        } catch (OldFileFormatException e) {
            throw new Unreadable(shown, "这是 Excel 95 或更早版本的文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入");
        } catch (IOException | InvalidFormatException | POIXMLException | InvalidOperationException
                | RecordFormatException | LeftoverDataException | IndexOutOfBoundsException | IllegalStateException
                | NegativeArraySizeException | IllegalArgumentException e) {
            // IllegalArgumentException includes POI's UnsupportedFileFormatException and EmptyFileException.
            // What POI says about a broken zip or record stream means nothing to a publisher; all of it is one
            // thing to them: the file is damaged or was cut short. HSSF and HWPF read the offsets and lengths a
            // binary file stores as they are, so a damaged one also ends in whichever runtime exception its bad
            // numbers lead to: of 300 copies each of luan-2026.xls and luan-2026.doc with random bytes changed,
            // 80 and 135 ended in the last five, and none in anything else.
            throw new Unreadable(shown, "不是完整有效的 " + kind + "，可能已损坏或没有下载完整，请重新下载或重新导出后再导入");
        }
    }

    /** As Word allows, 63 columns: a wider table is a damaged file and must not fill memory with empty cells. */
    private static final int MAX_WORD_COLUMNS = 63;
    private static final String OLD_WORD = "这是 Word 95 或更早版本的文档，无法直接读取，请在 Word 或 WPS 中另存为 .docx 后再导入";
    private static final String ENCRYPTED = "文件设有打开密码，无法读取，请在 Word、Excel 或 WPS 中取消密码并另存后再导入";

    /**
     * A Word file by what it holds, whatever its name: a Word 97-2003 document (.doc, or a .doc renamed .docx) is an
     * OLE2 file, read with HWPF; a password-protected .docx is an OLE2 file too, and said to be one; else a .docx.
     */
    private static Grid word(Path file, String shown) throws IOException, InvalidFormatException, Unreadable {
        if (magic(file) == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
                if (ole.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                    throw new Unreadable(shown, ENCRYPTED);
                }
                try {
                    Word97Reader reader = new Word97Reader();
                    reader.read(new HWPFDocument(ole));
                    return new Grid(reader.rows);
                } catch (OldWordFileFormatException e) {
                    throw new Unreadable(shown, OLD_WORD);
                }
            }
        }
        // Opening the file (not a stream) reads the zip's central directory, so a truncated file fails here
        // instead of yielding the part that arrived. READ leaves the file untouched on close.
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            WordReader reader = new WordReader();
            for (IBodyElement element : new XWPFDocument(pkg).getBodyElements()) {
                reader.body(element);
            }
            return new Grid(reader.rows);
        }
    }

    private static FileMagic magic(Path file) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        }
    }

    /** Walks a Word body in document order: paragraphs become one-cell rows, tables their rows. */
    private static final class WordReader {

        final List<Row> rows = new ArrayList<>();
        private int paragraphs;
        private int tables;

        void body(IBodyElement element) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p.getText());
            } else if (element instanceof XWPFTable t) {
                table(t, "表 " + ++tables);
            } else if (element instanceof XWPFSDT sdt) {
                // A content control around paragraphs: its text, a line to a paragraph.
                for (String line : sdt.getContent().getText().split("\n")) {
                    paragraph(line);
                }
            }
        }

        /** Counts only paragraphs with text, as Word's own word count does and as a reader would count. */
        private void paragraph(String text) {
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                String place = "第 " + ++paragraphs + " 段";
                rows.add(new Row(List.of(stripped), List.of(place), true));
            }
        }

        private void table(XWPFTable table, String name) {
            int r = 0;
            for (XWPFTableRow row : table.getRows()) {
                String rowPlace = name + " 第 " + ++r + " 行";
                List<String> cells = new ArrayList<>();
                List<String> places = new ArrayList<>();
                Map<String, XWPFTable> nested = new LinkedHashMap<>();
                CTTrPr trPr = row.getCtRow().getTrPr();
                if (trPr != null) {
                    pad(cells, places, span(trPr.getGridBeforeList()), rowPlace);
                }
                int c = 0;
                for (ICell icell : row.getTableICells()) {
                    String place = rowPlace + "第 " + ++c + " 格";
                    if (icell instanceof XWPFTableCell cell) {
                        CTTcPr pr = cell.getCTTc().getTcPr();
                        // Word shows a merged cell's text only in its first part; the parts below or to the right
                        // are empty whatever they hold.
                        cells.add(continues(pr) ? "" : text(cell, place, nested));
                        places.add(place);
                        pad(cells, places, pr == null ? 0 : span(pr.getGridSpan()) - 1, place);
                    } else if (icell instanceof XWPFSDTCell sdt) {
                        cells.add(sdt.getContent().getText().strip());
                        places.add(place);
                    }
                }
                if (trPr != null) {
                    pad(cells, places, span(trPr.getGridAfterList()), rowPlace);
                }
                rows.add(new Row(cells, places, false));
                nested.forEach((place, inner) -> table(inner, place));
            }
        }

        /** The cell's paragraphs, a line each; a table inside the cell is kept for the rows after this one. */
        private static String text(XWPFTableCell cell, String place, Map<String, XWPFTable> nested) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (element instanceof XWPFSDT sdt) {
                    lines.add(sdt.getContent().getText());
                } else if (element instanceof XWPFTable inner) {
                    nested.put(place + "内表 " + (nested.size() + 1), inner);
                }
            }
            return String.join("\n", lines).strip();
        }

        private static boolean continues(CTTcPr pr) {
            if (pr == null) {
                return false;
            }
            // An absent w:val means "continue" in both merge elements.
            boolean down = pr.getVMerge() != null && pr.getVMerge().getVal() != STMerge.RESTART;
            boolean across = pr.getHMerge() != null && pr.getHMerge().getVal() != STMerge.RESTART;
            return down || across;
        }

        private static int span(List<CTDecimalNumber> numbers) {
            return numbers.isEmpty() ? 0 : span(numbers.get(0));
        }

        /** Word allows 63 columns; a larger span is a damaged file and must not fill memory with empty cells. */
        private static int span(CTDecimalNumber number) {
            BigInteger value = number == null ? null : number.getVal();
            return value == null ? 1 : Math.max(1, Math.min(value.intValue(), MAX_WORD_COLUMNS));
        }
    }

    /**
     * Walks a Word 97-2003 body in document order, as {@link WordReader} does a .docx: paragraphs become one-cell rows,
     * tables their rows. A .doc has no grid of columns, only each cell's left edge and width: the columns are the
     * edges of all the table's cells, so that a cell as wide as two of another row's is followed by an empty cell,
     * as a .docx's gridSpan is.
     */
    private static final class Word97Reader {

        /** Word's unit is the twip; edges closer than this (a third of a millimetre) are one edge. */
        private static final int SAME_EDGE = 20;

        final List<Row> rows = new ArrayList<>();
        private int paragraphs;
        private int tables;

        void read(HWPFDocument document) {
            Range range = document.getRange();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table table = range.getTable(p);
                    table(table, "表 " + ++tables);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    String text = text(p.text());
                    if (!text.isEmpty()) {
                        rows.add(new Row(List.of(text), List.of("第 " + ++paragraphs + " 段"), true));
                    }
                    i++;
                }
            }
        }

        private void table(org.apache.poi.hwpf.usermodel.Table table, String name) {
            List<Integer> edges = edges(table);
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                String rowPlace = name + " 第 " + (r + 1) + " 行";
                List<String> cells = new ArrayList<>();
                List<String> places = new ArrayList<>();
                int column = 0;
                for (int c = 0; c < row.numCells() && column < MAX_WORD_COLUMNS; c++) {
                    TableCell cell = row.getCell(c);
                    String place = rowPlace + "第 " + (c + 1) + " 格";
                    int from = Math.max(column, column(edges, cell.getLeftEdge()));
                    int to = Math.max(from + 1, column(edges, cell.getLeftEdge() + cell.getWidth()));
                    pad(cells, places, Math.min(from, MAX_WORD_COLUMNS) - column, rowPlace);
                    // Word shows a merged cell's text only in its first part, as in a .docx.
                    boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                            || cell.isMerged() && !cell.isFirstMerged();
                    cells.add(continues ? "" : text(cell.text()));
                    places.add(place);
                    pad(cells, places, Math.min(to, MAX_WORD_COLUMNS) - from - 1, place);
                    column = Math.min(to, MAX_WORD_COLUMNS);
                }
                rows.add(new Row(cells, places, false));
            }
        }

        /** The edges of all the cells of the table, from left to right, those within {@link #SAME_EDGE} as one. */
        private static List<Integer> edges(org.apache.poi.hwpf.usermodel.Table table) {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    all.add(cell.getLeftEdge());
                    all.add(cell.getLeftEdge() + cell.getWidth());
                }
            }
            List<Integer> edges = new ArrayList<>();
            for (int edge : all) {
                if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > SAME_EDGE) {
                    edges.add(edge);
                }
            }
            return edges;
        }

        /** The column that starts at {@code edge}: the index of the nearest edge. */
        private static int column(List<Integer> edges, int edge) {
            int best = 0;
            for (int i = 1; i < edges.size(); i++) {
                if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                    best = i;
                }
            }
            return best;
        }

        /**
         * A paragraph's or cell's text as Word shows it: field codes gone and their results kept, paragraph marks
         * and line breaks as line breaks, the cell mark and other marks Word writes for itself left out.
         */
        private static String text(String raw) {
            String fields = Range.stripFields(raw);
            StringBuilder out = new StringBuilder(fields.length());
            for (int i = 0; i < fields.length(); i++) {
                char ch = fields.charAt(i);
                if (ch == '\r' || ch == '\u000B' || ch == '\n') {
                    out.append('\n');
                } else if (ch == '\t' || ch >= ' ') {
                    out.append(ch);
                }
            }
            return String.join("\n", out.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
    }

    /** {@code count} empty cells standing at {@code place}: the parts of a merged cell, or gaps a row leaves. */
    private static void pad(List<String> cells, List<String> places, int count, String place) {
        for (int i = 0; i < count; i++) {
            cells.add("");
            places.add(place);
        }
    }

    private static Grid workbook(Path file) throws IOException {
        try (Workbook book = open(file)) {
            // Show what Excel shows: the number format applied, and for a formula the result the file stores,
            // never a recalculation, which can fail on functions POI lacks or links to other files.
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
                    rows.addAll(new SheetReader(book.getSheetAt(i), formatter).rows());
                }
            }
            // Nothing visible: a workbook whose every sheet is hidden still holds what the publisher meant.
            for (int i = 0; rows.isEmpty() && i < book.getNumberOfSheets(); i++) {
                rows.addAll(new SheetReader(book.getSheetAt(i), formatter).rows());
            }
            return new Grid(rows);
        }
    }

    private static Workbook open(Path file) throws IOException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IndexOutOfBoundsException e) {
            // How POI's OLE2 reader meets the end of a truncated .xls: a block past the end of the file.
            throw new IOException(e);
        }
    }

    /** One sheet's cells as displayed, merged regions blanked but for their first cell. */
    private static final class SheetReader {

        private final String prefix;
        private final Map<CellAddress, CellRangeAddress> merges = new HashMap<>();
        private final Map<Integer, String[]> text = new HashMap<>();
        private int firstRow = Integer.MAX_VALUE;
        private int lastRow = -1;
        private int firstColumn = Integer.MAX_VALUE;
        private int lastColumn = -1;

        SheetReader(Sheet sheet, DataFormatter formatter) {
            this.prefix = "工作表“" + sheet.getSheetName() + "”单元格 ";
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                merges.put(new CellAddress(region.getFirstRow(), region.getFirstColumn()), region);
            }
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
                for (Cell cell : row) {
                    cells[cell.getColumnIndex()] = covered(cell) ? "" : display(cell, formatter).strip();
                }
                text.put(row.getRowNum(), cells);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null && !cells[c].isEmpty()) {
                        firstRow = Math.min(firstRow, row.getRowNum());
                        lastRow = Math.max(lastRow, row.getRowNum());
                        firstColumn = Math.min(firstColumn, c);
                        lastColumn = Math.max(lastColumn, c);
                    }
                }
            }
        }

        /** Inside a merged region but not its first cell. */
        private boolean covered(Cell cell) {
            for (CellRangeAddress region : merges.values()) {
                if (region.isInRange(cell) && (region.getFirstRow() != cell.getRowIndex()
                        || region.getFirstColumn() != cell.getColumnIndex())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The rows between the first and last with text, blank ones included so the gaps show, each from the
         * sheet's first used column to its own last cell with text.
         */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int r = firstRow; r <= lastRow; r++) {
                String[] cells = text.getOrDefault(r, new String[0]);
                int end = cells.length - 1;
                while (end > firstColumn && (cells[end] == null || cells[end].isEmpty())) {
                    end--;
                }
                List<String> values = new ArrayList<>();
                List<String> places = new ArrayList<>();
                for (int c = firstColumn; c <= Math.max(end, firstColumn); c++) {
                    values.add(c < cells.length && cells[c] != null ? cells[c] : "");
                    places.add(prefix + new CellReference(r, c).formatAsString(false));
                }
                int title = titleAt(r, values);
                rows.add(title < 0 ? new Row(values, places, false)
                        : new Row(List.of(values.get(title)), List.of(places.get(title)), true));
            }
            return rows;
        }

        /**
         * Where the row's one text stands if it is the first cell of a merged region across all used columns: a
         * title such as 项目支出绩效目标表, read as a paragraph like the same title in a Word file. Otherwise -1.
         */
        private int titleAt(int r, List<String> values) {
            int at = -1;
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    if (at >= 0) {
                        return -1;
                    }
                    at = i;
                }
            }
            CellRangeAddress region = at < 0 ? null : merges.get(new CellAddress(r, firstColumn + at));
            boolean across = region != null && region.getFirstColumn() <= firstColumn
                    && region.getLastColumn() >= lastColumn;
            return across ? at : -1;
        }

        private static String display(Cell cell, DataFormatter formatter) {
            try {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                String format = cell.getCellStyle().getDataFormatString();
                int index = cell.getCellStyle().getDataFormat();
                if (type == CellType.NUMERIC && format != null && DateUtil.isADateFormat(index, format)) {
                    // POI prints the quotes and backslashes around a date's literal text (yyyy"年"m"月"d"日", the
                    // Chinese Excel date, or yyyy\年m\月d\日 as LibreOffice writes it) where Excel shows the text.
                    boolean date1904 = cell.getSheet().getWorkbook() instanceof Date1904Support book && book.isDate1904();
                    return formatter.formatRawCellContents(cell.getNumericCellValue(), index, dateLiterals(format),
                            date1904);
                }
                return formatter.formatCellValue(cell);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // A value POI cannot format, such as an error code it does not know: what the file stores.
                return stored(cell);
            }
        }

        /**
         * A date format with its literal text unquoted: "年" and \年 become 年. Text with Latin letters stays
         * quoted, since bare it would be read as date fields.
         */
        private static String dateLiterals(String format) {
            StringBuilder out = new StringBuilder(format.length());
            int i = 0;
            while (i < format.length()) {
                char c = format.charAt(i);
                int close = c == '"' ? format.indexOf('"', i + 1) : -1;
                String literal = close > 0 ? format.substring(i + 1, close)
                        : c == '\\' && i + 1 < format.length() ? format.substring(i + 1, i + 2) : null;
                if (literal != null && literal.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                    out.append(literal);
                    i = close > 0 ? close + 1 : i + 2;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static String stored(Cell cell) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                default -> "";
            };
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** A file that cannot be read, said in Chinese for the publisher, naming the file. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String shown, String problem) {
            // No cause and no stack trace: the message is the whole story the publisher needs.
            super("无法读取“" + shown + "”：" + problem + "。", null, false, false);
        }
    }
}
