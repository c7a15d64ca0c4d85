package org.gongkai.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The one rule for a text in a CSV cell that a spreadsheet would run as a formula (OWASP, CSV injection): a text
 * that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that Excel and WPS show it
 * as text, unless it is wholly a plain number such as -5, +3.2 or -0.50, which numeric columns need to stay a number.
 *
 * <p>The rule can be undone exactly ({@link #original}): a reader drops the first apostrophe of a cell that begins
 * with one or more apostrophes followed by one of those characters. So that this never takes away an apostrophe of
 * the published text, a text that itself begins that way ('=, ''-) gets one more. Every CSV the project writes goes
 * through {@link #mapper()}; the downloads of the search and comparison pages apply the same rule in
 * templates/static/search/csv.js.
 */
public final class CsvCell {

    /** The rule in plain words, as the data page and the data package's CSV resources state it. */
    public static final String EXPLANATION = "CSV 中以 =、+、-、@、制表符或回车符开头的文字单元格（例如项目名称"
            + "“=HYPERLINK(…)”、指标值“=100%”），前面加了一个英文单引号（'），Excel、WPS 等电子表格因此把它当作文字显示，"
            + "不会当作公式执行。整个单元格只是一个数的（如 -5、+3.2、-0.50）不加，金额等数值列从不改变。"
            + "还原原文：单元格以一个或几个单引号、接着上述字符之一开头时，删去第一个单引号即可；原文本身以单引号接这些字符开头的，"
            + "下载时同样多加了一个，所以这样还原不会出错。data.json 是原文，不加单引号。"
            + "搜索页和同类比较页下载的 CSV、命令行 gongkai search --format csv 的输出遵循同样的规则。";

    private static final char APOSTROPHE = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

    private CsvCell() {}

    /** True when a spreadsheet would read {@code text} as a formula: it begins with one and is not a plain number. */
    public static boolean startsFormula(String text) {
        return !text.isEmpty() && isFormulaStart(text.charAt(0)) && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The cell a CSV file holds for {@code text}: the text itself, or the text after an apostrophe. */
    public static String protect(String text) {
        return startsFormula(text) || apostrophesBeforeFormula(text) ? APOSTROPHE + text : text;
    }

    /** The published text of a cell written by {@link #protect}: the inverse of that rule. */
    public static String original(String cell) {
        return apostrophesBeforeFormula(cell) ? cell.substring(1) : cell;
    }

    /**
     * A CSV mapper that writes every text value through {@link #protect}; numbers written as numbers are left as
     * they are. A mapper of its own for each caller, since a mapper's configuration is shared state.
     */
    public static CsvMapper mapper() {
        CsvMapper mapper = new CsvMapper();
        mapper.registerModule(new SimpleModule("gongkai-csv-cells").addSerializer(String.class, new Protected()));
        return mapper;
    }

    /** One or more apostrophes and then a formula character: only {@link #protect} makes such cells. */
    private static boolean apostrophesBeforeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == APOSTROPHE) {
            i++;
        }
        return i > 0 && i < text.length() && isFormulaStart(text.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return FORMULA_STARTS.indexOf(c) >= 0;
    }

    /** Jackson's hook for every String the mapper writes, list elements and record fields alike. */
    private static final class Protected extends StdScalarSerializer<String> {

        private static final long serialVersionUID = 1L;

        Protected() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(protect(value));
        }
    }
}
