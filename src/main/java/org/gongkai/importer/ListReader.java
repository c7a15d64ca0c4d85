package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.value.MoneyUnits;

/** Reads the 项目支出绩效目标公开清单: a header row (序号, 项目名称, 预算金额) and rows of number, name and amount. */
final class ListReader {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final String sourceName;
    private final Problems problems;
    private final Amounts amounts;

    ListReader(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
        this.amounts = new Amounts(sourceName, problems);
    }

    PublishedList read(Cell title, BlockCursor cursor) {
        String unit = unit(title, cursor);
        List<ListItem> items = new ArrayList<>();
        while (cursor.hasText()) {
            Block b = cursor.peek();
            List<Cell> cells = b.nonEmpty();
            if (b.paragraph() || !NUMBER.matcher(cells.get(0).text()).matches()) {
                break;
            }
            cursor.next();
            if (cells.size() != 3) {
                problems.add(b.line(), "公开清单第" + cells.get(0).text() + "行有" + cells.size()
                        + "个单元格：每行应为序号、项目名称、预算金额三格，请核对原文。");
                continue;
            }
            amounts.readIn(cells.get(2), "预算金额", unit, "公开清单第" + cells.get(0).text() + "行")
                    .ifPresent(amount -> items.add(new ListItem(cells.get(0).text(), cells.get(1).text(), amount,
                            new SourcePosition(sourceName, b.line(), 1))));
        }
        return new PublishedList(title.text(), unit, items);
    }

    /** The unit its header row names in the 预算金额 column, read past; 万元 where it names none or has no header. */
    private String unit(Cell title, BlockCursor cursor) {
        if (!cursor.hasText() || !isHeader(cursor.peek())) {
            problems.add(title.line(), "公开清单缺少表头（序号、项目名称、预算金额）：请按原文补上，以便确认金额的单位。");
            return MoneyUnits.WAN;
        }
        return cursor.next().nonEmpty().stream().filter(c -> c.key().contains("金额"))
                .map(c -> Labels.unitIn(c.text())).flatMap(Optional::stream).findFirst().orElse(MoneyUnits.WAN);
    }

    private static boolean isHeader(Block b) {
        List<String> keys = b.nonEmpty().stream().map(Cell::key).toList();
        return keys.contains("序号") && keys.contains("项目名称");
    }
}
