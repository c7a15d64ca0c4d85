package org.gongkai.export;

import java.util.List;
import org.gongkai.search.SearchHit;

/**
 * The CSV of a search, the same from {@code gongkai search --format csv} and the search page's download
 * (templates/static/search/search.js writes it cell for cell): a BOM, Chinese headers, the hits in the order given,
 * links that start with the site's address, and every cell under {@link CsvCell}'s rule, quoted as RFC 4180 asks.
 */
public final class SearchCsv {

    private static final List<String> INDICATOR_COLUMNS = List.of("项目", "单位", "年度", "一级指标", "二级指标", "三级指标",
            "指标值", "链接");
    private static final List<String> PROJECT_COLUMNS = List.of("项目", "单位", "年度", "年度资金总额（万元）", "链接");

    private SearchCsv() {}

    /** Indicator rows, one a line: their project, office, year, levels, value and link. */
    public static String indicators(List<SearchHit> hits, String address) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, INDICATOR_COLUMNS);
        for (SearchHit h : hits) {
            line(out, List.of(h.project(), h.office(), h.year(), h.level1(), h.level2(), h.level3(), h.value(),
                    address + h.url()));
        }
        return out.toString();
    }

    /** Projects, one a line; a total the form did not print is an empty cell. */
    public static String projects(List<SearchHit> hits, String address) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, PROJECT_COLUMNS);
        for (SearchHit h : hits) {
            line(out, List.of(h.project(), h.office(), h.year(), h.amount(), address + h.url()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A cell: the protected text, quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        String v = CsvCell.protect(value);
        return v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0
                ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
