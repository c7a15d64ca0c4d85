package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The text outside every table, reported once per run of lines rather than once a line: a web page's menus and
 * footers would otherwise bury the few problems that matter under dozens of identical ones.
 */
final class Unplaced {

    private final Problems problems;
    private final List<Block> run = new ArrayList<>();

    Unplaced(Problems problems) {
        this.problems = problems;
    }

    void add(Block b) {
        run.add(b);
    }

    /** Reports the run gathered so far, as one problem naming its lines and how it begins and ends. */
    void flush() {
        if (run.isEmpty()) {
            return;
        }
        Block first = run.get(0);
        Block last = run.get(run.size() - 1);
        String begins = Problems.quote(text(first));
        if (run.size() == 1) {
            problems.add(first.line(), "这段文字" + begins + "不在任何表格中，也不是文件标题、表格上方的标题或以“注：”开头的"
                    + "说明，未导入。若它属于表格，请检查上方的表格标题是否完整；若是说明，请在前面加上“注：”。");
        } else {
            problems.add(first.line(), problems.place(first.line()) + "至" + problems.place(last.line()) + "的"
                    + run.size() + "段文字（从"
                    + begins + "到" + Problems.quote(text(last)) + "）不在任何表格中，未导入。若其中有表格，请检查"
                    + "表格标题是否完整；网页的栏目、页脚等可以略去。");
        }
        run.clear();
    }

    private static String text(Block b) {
        return String.join(" ", b.nonEmpty().stream().map(Cell::text).toList());
    }
}
