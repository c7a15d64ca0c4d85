package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.importer.Labels.Field;

/**
 * Reads a 绩效目标设定的公示: a notice that states a project's targets in sentences rather than a table, as some
 * townships publish them (关于…项目绩效目标设定的公示).
 *
 * <p>The project's name is the one its title gives. From the opening paragraph only what a known label introduces
 * is taken (项目负责人金秀梧, 项目总体绩效目标是：…), and the amount of funds where the paragraph names exactly one.
 * The numbered headings (一、产出指标) and the sentences under them are the indicator table: each 二级 name ends with
 * a colon, and each indicator ends with its value. Everything taken from sentences is reported, so that the
 * publisher checks it against the notice.
 */
final class NoticeReader {

    /** 一、 产出指标: a numbered heading, naming the 一级 of the sentences under it. */
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+[、.．]\\s*(\\S.*)$");
    private static final String COMPARISON = IndicatorClassifier.COMPARISON;
    /** An indicator's value at the end of its sentence: ≥80万元, >=85, ≤28.40/株, 95%. */
    private static final Pattern VALUE = Pattern.compile(
            "(?:" + COMPARISON + "\\s*\\d[\\d,.]*[^\\s,，;；。:：()（）]*|\\d[\\d,.]*[%％])$");
    /** A 二级 name heading its indicators: a known level name or one ending 指标/目标, then a colon or comma. */
    private static final Pattern LEVEL = Pattern.compile("([\\p{IsHan}]{2,10}?(?:指标|目标))[:：,，]");
    /** The fields whose value a notice may print straight after the label, without a colon: a name or a unit. */
    private static final java.util.Set<Field> WITHOUT_COLON = java.util.EnumSet.of(Field.RESPONSIBLE,
            Field.DEPARTMENT, Field.IMPLEMENTER, Field.CATEGORY, Field.TERM);
    /** 项目总体绩效目标是：: what stands between a label and the value it introduces. */
    private static final Pattern COLON = Pattern.compile("(?:是|为)?[:：]");
    /** 资金50万元: the funds a notice names in its opening paragraph. */
    private static final Pattern FUNDS = Pattern.compile("资金\\s*(\\d[\\d,.]*\\s*万?元)");

    private final String sourceName;
    private final Problems problems;

    NoticeReader(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** Whether a title is a notice's, and the text under it prose rather than a table. */
    static boolean isNotice(Cell title, BlockCursor cursor) {
        if (!Labels.isNoticeTitle(title.text())) {
            return false;
        }
        Optional<Cell> next = cursor.hasNext() ? cursor.peek().single() : Optional.empty();
        // Prose, not a table's first cell: a sentence with its commas and stops, or a long text.
        return next.isPresent() && !Labels.isLabel(next.get().text())
                && (next.get().text().length() > 40 || next.get().text().matches("(?s).*[，,。；;].*"));
    }

    FormContent read(Cell title, BlockCursor cursor) {
        FormContent form = new FormContent(title, new IndicatorSection(Layout.LINES, sourceName, problems), problems);
        Matcher named = Labels.NOTICE_TITLE.matcher(title.text().strip());
        if (named.matches()) {
            form.put(Field.NAME, new Cell("项目名称", 0, title.line()), new Cell(named.group(1), 0, title.line()));
        }
        FillDown fill = new FillDown();
        boolean inIndicators = false;
        while (cursor.hasText()) {
            Block b = cursor.peek();
            Optional<Cell> single = b.single();
            if (single.isEmpty() || Labels.isAnyTitle(single.get().text())) {
                break;
            }
            Cell c = single.get();
            Matcher heading = HEADING.matcher(c.text().strip());
            if (heading.matches()) {
                cursor.next();
                inIndicators = true;
                fill.row(heading.group(1).strip(), "", "", "", at(c));
                continue;
            }
            if (inIndicators) {
                if (!LEVEL.matcher(c.text()).find()) {
                    break;
                }
                cursor.next();
                sentences(form, c, fill);
                continue;
            }
            cursor.next();
            opening(form, c);
        }
        return form;
    }

    /** The labelled parts of an opening paragraph, and the amount of funds where it names exactly one. */
    private void opening(FormContent form, Cell c) {
        String text = c.text();
        List<String> taken = new ArrayList<>();
        for (String label : labelsIn(text)) {
            String rest = text.substring(text.indexOf(label) + label.length());
            Matcher colon = COLON.matcher(rest);
            boolean introduced = colon.lookingAt();
            String value = introduced ? rest.substring(colon.end()) : rest;
            // After a colon a value runs to the end of its sentence; without one, to the next comma.
            int end = firstOf(value, introduced ? "。" : ",，;；。");
            value = (end < 0 ? value : value.substring(0, introduced ? end + 1 : end)).strip();
            Optional<Field> field = Labels.field(label);
            // Without a colon only a short field's value follows its label directly (项目负责人金秀梧): a goal's
            // name in a sentence (现将绩效目标设定如下) introduces nothing.
            boolean valued = introduced || field.filter(WITHOUT_COLON::contains).isPresent();
            if (field.isPresent() && valued && !value.isEmpty()) {
                form.put(field.get(), new Cell(label, 0, c.line()), new Cell(value, 0, c.line()));
                taken.add(label);
            }
        }
        Matcher funds = FUNDS.matcher(text);
        List<String> amounts = new ArrayList<>();
        while (funds.find()) {
            amounts.add(funds.group(1));
        }
        if (amounts.size() == 1) {
            form.put(Field.TOTAL, new Cell("年度资金总额", 0, c.line()), new Cell(amounts.get(0), 0, c.line()));
            taken.add("年度资金总额（正文中的“资金" + amounts.get(0) + "”）");
        }
        problems.add(c.line(), "公示正文" + Problems.quote(text) + "是一段文字而不是表格："
                + (taken.isEmpty() ? "其中没有可识别的栏目，未导入。" : "只取出了" + String.join("、", taken) + "，其余文字未导入。")
                + "项目名称取自公示标题。请对照原文核对，必要时补进相应栏目。");
    }

    /** The known labels a paragraph prints, in order, each once. */
    private static List<String> labelsIn(String text) {
        List<String> found = new ArrayList<>();
        for (String name : Labels.printedNames()) {
            Optional<Field> field = Labels.field(name);
            if (name.length() >= 4 && text.contains(name) && field.filter(f -> !f.isGroup() && f != Field.NAME
                    && f != Field.TOTAL && f.fund.isEmpty()).isPresent()) {
                found.add(name);
            }
        }
        // The longest of overlapping names: 项目总体绩效目标 rather than 总体绩效目标 inside it.
        found.removeIf(n -> found.stream().anyMatch(o -> o.length() > n.length() && o.contains(n)));
        found.sort(java.util.Comparator.comparingInt(text::indexOf));
        return found;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The indicators a paragraph states: 数量指标：名称(≥**株)>=17600株；名称>=85；时效指标：…。 */
    private void sentences(FormContent form, Cell c, FillDown fill) {
        String text = c.text().strip();
        Matcher level = LEVEL.matcher(text);
        List<int[]> levels = new ArrayList<>();
        while (level.find()) {
            levels.add(new int[] {level.start(1), level.end(1), level.end()});
        }
        for (int k = 0; k < levels.size(); k++) {
            int[] l = levels.get(k);
            String name = text.substring(l[0], l[1]);
            int end = k + 1 < levels.size() ? levels.get(k + 1)[0] : text.length();
            String body = text.substring(l[2], end);
            if (IndicatorClassifier.LEVEL1_ONLY.contains(Labels.key(name)) && body.isBlank()) {
                // 效益指标：经济效益指标：… repeats the heading's 一级 before its first 二级.
                continue;
            }
            if (k == 0 && l[0] > 0) {
                report(c, text.substring(0, l[0]));
            }
            items(form, c, fill, name, body);
        }
    }

    private void items(FormContent form, Cell c, FillDown fill, String level2, String body) {
        List<String> items = new ArrayList<>();
        for (String clause : body.split("[;；。]")) {
            // A comma ends an indicator only after its value: 产值(≥**万元)≥80万元,促使…增加收入≥80万元.
            StringBuilder item = new StringBuilder();
            for (String part : clause.split("(?<=[,，])")) {
                item.append(part);
                String sofar = item.toString().replaceAll("[,，]$", "");
                if (VALUE.matcher(sofar).find()) {
                    items.add(sofar);
                    item.setLength(0);
                }
            }
            if (!item.toString().isBlank()) {
                items.add(item.toString().replaceAll("[,，]$", ""));
            }
        }
        boolean first = true;
        for (String item : items) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher value = VALUE.matcher(name);
            String val = "";
            if (value.find()) {
                val = value.group();
                name = name.substring(0, value.start()).strip();
            } else {
                problems.add(c.line(), "指标" + Problems.quote(name) + "后面找不到指标值：公示是用文字写的，"
                        + "已把整句作为三级指标导入，请对照原文补上指标值。");
            }
            IndicatorRow row = fill.row("", first ? level2 : "", name, val, at(c));
            form.indicators.add(row);
            first = false;
        }
    }

    private void report(Cell c, String text) {
        if (!text.isBlank()) {
            problems.add(c.line(), "文字" + Problems.quote(text.strip()) + "不是指标，未导入：请对照原文核对。");
        }
    }

    private SourcePosition at(Cell c) {
        return new SourcePosition(sourceName, c.line(), 1);
    }
}
