package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.text.Names;
import org.gongkai.content.value.MoneyUnits;

/**
 * The 公开清单 and the project tables describe the same projects: same set, same names (read alike across
 * full-width forms and spaces), same amounts (compared exactly in the list's unit, whichever of 元 and 万元 each
 * prints), where a difference only of the list's printed precision is a notice and any other difference a warning.
 * A table's heading line names its project.
 */
final class ListRule implements Rule {

    @Override
    public void check(Inspection in) {
        headings(in);
        if (in.disclosure.list().isEmpty()) {
            return;
        }
        PublishedList list = in.disclosure.list().get();
        Map<String, Project> unmatched = new LinkedHashMap<>();
        in.disclosure.projects().forEach(p -> unmatched.putIfAbsent(Names.normalised(p.name()), p));
        List<ListItem> missing = new ArrayList<>();
        for (ListItem item : list.items()) {
            Project p = unmatched.remove(Names.normalised(item.name()));
            if (p == null) {
                missing.add(item);
            } else {
                amounts(in, item, p, list.unit());
            }
        }
        List<Project> left = new ArrayList<>(unmatched.values());
        for (ListItem item : missing) {
            Optional<Project> near = Names.nearest(item.name(), left, Project::name);
            if (near.isPresent()) {
                left.remove(near.get());
                in.warning("list.name-mismatch", item.at(), in.of(near.get()), "公开清单第 " + item.number() + " 项“"
                        + item.name() + "”与项目表名称“" + near.get().name() + "”不一致。同一项目在清单和项目表中应使用完全相同的名称，"
                        + "便于读者对照；请核对原文。");
                amounts(in, item, near.get(), list.unit());
            } else {
                in.warning("list.item-without-table", item.at(), in.subject.withProject(item.name()), "公开清单第 "
                        + item.number() + " 项“" + item.name() + "”没有对应的项目支出绩效目标表。请补充该项目表，"
                        + "或在 excluded 中说明不公开的原因。");
            }
        }
        for (Project p : left) {
            in.warning("list.table-not-listed", p.at(), in.of(p), "项目支出绩效目标表“" + p.name()
                    + "”不在公开清单中。请核对清单是否漏列该项目。");
        }
    }

    /**
     * The listed amount against the table's total, in the list's unit: a list in 万元 may print a table's 元. A table
     * without a total has nothing to compare (funds.no-total says so).
     */
    private static void amounts(Inspection in, ListItem item, Project p, String unit) {
        if (p.funds().total().isEmpty()) {
            return;
        }
        Money printed = p.funds().total().get();
        BigDecimal listed = item.amount().value();
        Optional<BigDecimal> total = MoneyUnits.convert(printed.value(), p.funds().unit(), unit);
        if (total.isEmpty() || Amounts.same(listed, total.get())) {
            return;
        }
        String tableTotal = printed.printed() + p.funds().unit() + Amounts.alsoIn(total.get(), p.funds().unit(), unit);
        if (Amounts.roundsTo(total.get(), listed)) {
            in.notice("list.amount-precision", item.at(), in.of(p), "公开清单金额 " + item.amount().printed() + unit
                    + " 是项目表年度资金总额 " + tableTotal + " 按清单精度舍入的结果，两者一致；如需精确对照，可在清单中印出完整金额。");
        } else {
            in.disagreement("list.amount-mismatch", item.at(), in.of(p), "公开清单金额 " + item.amount().printed() + unit
                    + " 与项目表年度资金总额 " + tableTotal + " 不一致，相差 " + Amounts.difference(listed, total.get()) + unit
                    + "。请核对原文。",
                    "本表年度资金总额为 " + printed.printed() + " " + p.funds().unit() + "，同一文件的公开清单列示 "
                            + item.amount().printed() + " " + unit + "；");
        }
    }

    /** 淮南's tables stand under headings such as 1.“…专项项目”; a heading naming another project confuses readers. */
    private static void headings(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            p.heading().ifPresent(h -> {
                String heading = Names.normalised(h).replaceAll("^\\d+[.、．]", "").replace("\"", "");
                String name = Names.normalised(p.name()).replace("\"", "");
                if (!heading.contains(name)) {
                    in.notice("project.heading-name", p.positions().heading(), in.of(p), "表格上方的标题“" + h + "”与项目名称“" + p.name()
                            + "”不一致。请核对原文，使标题与项目名称相同。");
                }
            });
        }
    }
}
