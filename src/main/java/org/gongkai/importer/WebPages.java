package org.gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.gongkai.importer.Grid.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a saved web page (.html, .htm, or a web archive .mht, .mhtml) into a {@link Grid}, with jsoup: each table row by row, a cell merged across
 * columns (colspan) followed by empty cells and one merged down (rowspan) empty in the rows below, as a Word table
 * reads; the text outside tables as paragraphs. Most offices publish their tables as such a page, many of them inside
 * a table that lays out the page (see {@link #layout}).
 *
 * <p>The page's encoding is the one it declares (a byte order mark or a meta charset; many government pages are GBK),
 * else UTF-8, else GB18030 (GBK) when the bytes are no UTF-8. Scripts, styles and form controls are not text of the
 * document. Places are named as in a Word file: 表 2 第 3 行第 1 格, 第 4 段.
 */
final class WebPages {

    /** Elements whose content is never text of the document. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "select",
            "option", "button", "input", "textarea", "iframe", "object", "svg", "math", "canvas");
    /** As Word allows, 63 columns: a wider span is a broken page and must not fill memory with empty cells. */
    private static final int MAX_COLUMNS = 63;
    /** Pages lay out with two or three tables one in another; more than this is no layout a reader sees. */
    private static final int MAX_LAYOUTS = 16;

    /** How a web page's text begins, after any byte order mark and white space, in lower case. */
    private static final List<String> PAGE_STARTS = List.of("<!doctype html", "<html", "<head", "<meta", "<title",
            "<style", "<body", "<table");

    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int paragraphs;
    private int tables;
    /** How many layout tables the walk is inside; deeper than {@link #MAX_LAYOUTS}, a table is read as data. */
    private int layouts;

    private WebPages() {}

    /**
     * Whether {@code file} holds a web page whatever its name says: finance systems and sites hand out tables as
     * 报表.xls or 表格.doc that are HTML, which Excel and Word open without a word.
     */
    static boolean holdsPage(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return false;
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        int i = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        String start = new String(head, i, n - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return PAGE_STARTS.stream().anyMatch(start::startsWith) || isArchive(java.util.Arrays.copyOf(head, n));
    }

    /**
     * Reads a .html or .htm file.
     *
     * @param shown the file's name as the publisher knows it, used in messages
     * @throws OfficeDocuments.Unreadable if the file cannot be read, with a message for the publisher
     */
    static Grid read(Path file, String shown) throws OfficeDocuments.Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new OfficeDocuments.Unreadable(shown, "找不到这个文件");
        }
        if (!Files.isReadable(file)) {
            throw new OfficeDocuments.Unreadable(shown, "没有读取这个文件的权限");
        }
        Document page;
        try {
            byte[] bytes = Files.readAllBytes(file);
            String charset = null;
            if (isArchive(bytes)) {
                Archived html = archived(bytes).orElseThrow(() -> new OfficeDocuments.Unreadable(shown,
                        "这个网页档案（.mht）中没有网页，请在浏览器或 Word 中打开它，另存为网页（.html）后再导入"));
                bytes = html.bytes();
                charset = html.charset();
            }
            // No charset given: jsoup takes the page's byte order mark or meta charset, else UTF-8. A page saved
            // without its charset, or declaring the wrong one, that is no UTF-8 is the GBK of Chinese Windows.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
            if (page.charset().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
                page = Jsoup.parse(new ByteArrayInputStream(bytes), "GB18030", "");
            }
        } catch (IOException | MimeException | IllegalArgumentException e) {
            // IllegalArgumentException: a charset the archive names that this Java does not know.
            throw new OfficeDocuments.Unreadable(shown, "无法读取这个网页文件，请在浏览器中打开它确认完整后，另存为网页再导入");
        }
        WebPages reader = new WebPages();
        reader.walk(page.body());
        reader.flush();
        if (reader.rows.isEmpty()) {
            throw new OfficeDocuments.Unreadable(shown, "网页中没有任何文字");
        }
        return new Grid(reader.rows);
    }

    /** The page of a web archive, decoded, and the charset its part names, or null. */
    private record Archived(byte[] bytes, String charset) {}

    /**
     * Whether {@code bytes} are a web archive (.mht, .mhtml), as Word's 单个文件网页 and browsers save a page: MIME,
     * its first part the page, quoted-printable or base64, and the pictures after it.
     */
    private static boolean isArchive(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("mime-version:") || start.startsWith("from:") && start.contains("multipart/related")
                || start.startsWith("content-type: multipart/related");
    }

    /** The first HTML part of a web archive, decoded by mime4j. */
    private static Optional<Archived> archived(byte[] bytes) throws IOException, MimeException {
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
        stream.parse(new ByteArrayInputStream(bytes));
        for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
            if (state == EntityState.T_BODY && "text/html".equalsIgnoreCase(stream.getBodyDescriptor().getMimeType())) {
                return Optional.of(new Archived(stream.getDecodedInputStream().readAllBytes(),
                        stream.getBodyDescriptor().getCharset()));
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The text outside tables, a paragraph at each block's edge and each line break; tables as their rows. */
    private void walk(Element parent) {
        readText(parent, line, this::flush, e -> {
            if (!e.normalName().equals("table")) {
                return false;
            }
            flush();
            if (layouts < MAX_LAYOUTS && e.selectFirst("td table, th table") != null) {
                layout(e);
            } else {
                table(e, "表 " + ++tables);
            }
            return true;
        });
    }

    /**
     * Appends the text under {@code root} to {@code text}, running {@code lineEnd} at each line break and at each edge
     * of a block; an element that {@code takes} says it has handled is passed over. Walked without recursion: an old
     * page's unclosed tags can nest elements thousands deep.
     */
    private static void readText(Element root, StringBuilder text, Runnable lineEnd, Predicate<Element> takes) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node != root) {
                    if (!(node instanceof Element e) || SKIPPED.contains(e.normalName()) || takes.test(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (breaksLine(e)) {
                        lineEnd.run();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != root && node instanceof Element e && breaksLine(e)) {
                    lineEnd.run();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean breaksLine(Element e) {
        return e.isBlock() || e.normalName().equals("br");
    }

    /** Counts only paragraphs with text, as the Word reader does. */
    private void flush() {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            rows.add(new Row(List.of(text), List.of("第 " + ++paragraphs + " 段"), true));
        }
    }

    /**
     * A table that holds another table lays out a page, as many government sites' pages are built: its cells are read
     * in order as parts of the page, each a block, and the tables inside them as tables.
     */
    private void layout(Element table) {
        layouts++;
        for (Element cell : table.select("td, th")) {
            if (cell.closest("table") == table) {
                flush();
                walk(cell);
                flush();
            }
        }
        layouts--;
    }

    private void table(Element table, String name) {
        List<Element> trs = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> {
                    // A table's title, such as 项目支出绩效目标表, read as the paragraph before it.
                    walk(child);
                    flush();
                }
                case "tr" -> trs.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(row -> row.normalName().equals("tr")).forEach(trs::add);
                default -> { }
            }
        }
        // Columns covered by a cell of a row above: the last row each covers, and that cell's place.
        Map<Integer, Integer> coveredUntil = new HashMap<>();
        Map<Integer, String> coveredBy = new HashMap<>();
        for (int r = 0; r < trs.size(); r++) {
            RowBuilder row = new RowBuilder(name + " 第 " + (r + 1) + " 行", r, coveredUntil, coveredBy);
            for (Element cell : trs.get(r).children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    row.add(cell);
                }
            }
            rows.add(row.finish());
        }
    }

    /**
     * One row of a table. A part of a cell merged down from a row above is a cell of this row, as Word keeps it:
     * empty, and counted where its places are named, so that 第 3 格 is the third cell the reader sees in the row.
     */
    private static final class RowBuilder {
        private final String place;
        private final int row;
        private final Map<Integer, Integer> coveredUntil;
        private final Map<Integer, String> coveredBy;
        private final List<String> cells = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private int column;
        private int counted;

        RowBuilder(String place, int row, Map<Integer, Integer> coveredUntil, Map<Integer, String> coveredBy) {
            this.place = place;
            this.row = row;
            this.coveredUntil = coveredUntil;
            this.coveredBy = coveredBy;
        }

        void add(Element cell) {
            coveredCells(MAX_COLUMNS);
            if (column >= MAX_COLUMNS) {
                return;
            }
            String at = place + "第 " + ++counted + " 格";
            int across = Math.min(span(cell, "colspan", 1000), MAX_COLUMNS - column);
            int down = span(cell, "rowspan", 65534);
            for (int k = 0; k < across; k++) {
                cells.add(k == 0 ? cellText(cell) : "");
                places.add(at);
                if (down != 1) {
                    // rowspan="0" reaches the end of the table.
                    coveredUntil.put(column, down == 0 ? Integer.MAX_VALUE : row + down - 1);
                    coveredBy.put(column, at);
                }
                column++;
            }
        }

        /** The row, with the columns after its last cell that cells above still cover. */
        Row finish() {
            int widest = coveredUntil.entrySet().stream().filter(e -> e.getValue() >= row)
                    .mapToInt(Map.Entry::getKey).max().orElse(-1);
            while (column <= widest) {
                coveredCells(widest + 1);
                if (column <= widest && !covered(column)) {
                    // A gap in the row, after its last cell: empty, placed at the row, as Word's gridAfter.
                    cells.add("");
                    places.add(place);
                    column++;
                }
            }
            return new Row(cells, places, false);
        }

        /** The covered columns from here on, before {@code limit}: one empty cell for each cell above that covers them. */
        private void coveredCells(int limit) {
            while (column < limit && covered(column)) {
                String by = coveredBy.get(column);
                String at = place + "第 " + ++counted + " 格";
                while (column < limit && covered(column) && coveredBy.get(column).equals(by)) {
                    cells.add("");
                    places.add(at);
                    column++;
                }
            }
        }

        private boolean covered(int c) {
            return coveredUntil.getOrDefault(c, -1) >= row;
        }
    }

    /** The cell's lines, one at each line break and block. */
    private static String cellText(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        readText(cell, current, () -> {
            lines.add(current.toString());
            current.setLength(0);
        }, e -> false);
        lines.add(current.toString());
        return String.join("\n", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** A colspan or rowspan as browsers read it: a whole number from 0 (rowspan only) to {@code max}, else 1. */
    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).strip();
        if (!value.matches("[0-9]{1,6}")) {
            return 1;
        }
        int n = Integer.parseInt(value);
        if (n == 0) {
            return attribute.equals("rowspan") ? 0 : 1;
        }
        return Math.min(n, max);
    }
}
