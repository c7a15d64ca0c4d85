package org.gongkai.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Original;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.model.StatedCounts;
import org.gongkai.content.value.MoneyUnits;

/** Reads a year file into a {@link Disclosure}, field by field as docs/content-format.md describes it. */
final class DisclosureReader {

    private static final List<String> KEYS = List.of("year", "title", "published", "approved", "corrections", "list",
            "notes", "excluded", "counts", "overall", "projects", "remarks", "original");
    private static final List<String> ORIGINAL_KEYS = List.of("url", "title", "published_by", "retrieved", "sha256");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+([/?#][^\\s]*)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final List<String> PROJECT_KEYS = List.of("id", "heading", "name", "department", "implementer",
            "source", "field", "period", "responsible", "funds", "goal", "indicators", "form_title", "category",
            "division", "overview", "period_goal", "long_term_goal", "rows", "after");
    private static final List<String> INDICATOR_KEYS = List.of("indicator", "standard", "nature", "direction", "unit",
            "score", "remark");

    private DisclosureReader() {}

    /** Reads a year file's current text; {@code earlier} reads the earlier versions its corrections name. */
    static Optional<Disclosure> read(YamlNode root, DisclosureFile file, Findings findings, Versions.Source earlier) {
        return read(root, file.officeId(), new Versions.Current(file, earlier), findings);
    }

    /** Reads an earlier version of {@code current}: a year file of the same year, without corrections of its own. */
    static Optional<Disclosure> readEarlier(YamlNode root, DisclosureFile current, DisclosureFile.Earlier earlier,
            Findings findings) {
        return read(root, current.officeId(), new Versions.Earlier(current, earlier), findings);
    }

    private static Optional<Disclosure> read(YamlNode root, String officeId, Versions versions, Findings findings) {
        Optional<MapReader> reader = MapReader.of(root, "年度文件", findings);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = reader.get();
        int year = r.count("year", "预算年度");
        if (r.has("year") && year != versions.year()) {
            versions.yearMismatch(r, year);
        }
        Optional<String> title = r.optionalText("title", "文件标题");
        var published = r.optionalDate("published", "公开日期");
        var approved = r.optionalDate("approved", "批复日期");
        List<Correction> corrections = versions.corrections(r);
        Optional<PublishedList> list = r.optionalMap("list", "公开清单").map(DisclosureReader::publishedList);
        List<YamlNode> noteNodes = r.list("notes", "说明");
        List<String> notes = texts(noteNodes, "说明", r);
        List<SourcePosition> notePositions = noteNodes.stream().map(YamlNode::at).toList();
        List<ExcludedItem> excluded = new ArrayList<>();
        for (YamlNode node : r.list("excluded", "未公开项目")) {
            r.nested(node, "未公开项目").ifPresent(e -> excluded.add(excludedItem(e)));
        }
        StatedCounts counts = r.optionalMap("counts", "文件所述数量").map(DisclosureReader::counts).orElse(StatedCounts.NONE);
        Optional<OverallBudget> overall = r.optionalMap("overall", "整体支出绩效目标表").map(DisclosureReader::overall);
        List<Project> projects = projects(r.list("projects", "项目"), r);
        versions.projectIds(projects, r);
        Optional<String> remarks = r.optionalText("remarks", "备注");
        Optional<Original> original = r.optionalMap("original", "原文出处").map(DisclosureReader::original);
        r.rejectUnknownKeys(KEYS);
        if (r.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Disclosure(officeId, year, title, published, approved, list, notes, excluded,
                counts, overall, projects, remarks, r.at(), notePositions, corrections, original));
    }

    /** 原文出处: the original's address, which must be a web address, and what else the publisher knows of it. */
    private static Original original(MapReader r) {
        String url = r.text("url", "原文地址");
        if (!url.isEmpty() && !WEB_ADDRESS.matcher(url).matches()) {
            r.error("original.url", r.at("url"), "原文地址“" + url + "”不是完整的网址。请写以 http:// 或 https:// 开头的地址，"
                    + "例如 https://www.luan.gov.cn/public/123.html。");
        }
        Optional<String> title = r.optionalText("title", "原文标题");
        Optional<String> publishedBy = r.optionalText("published_by", "发布网站");
        Optional<LocalDate> retrieved = r.optionalDate("retrieved", "获取日期");
        Optional<String> written = r.optionalText("sha256", "原文文件的 SHA-256");
        if (written.isPresent() && !SHA256.matcher(written.get()).matches()) {
            r.error("original.sha256", r.at("sha256"), "原文文件的 SHA-256“" + written.get() + "”应为 64 位十六进制数字。"
                    + "请用 sha256sum 文件名 算出后照抄。");
        }
        // In lower case, as sha256sum prints it, so that a reader compares like with like.
        Optional<String> sha256 = written.map(h -> h.toLowerCase(Locale.ROOT));
        r.rejectUnknownKeys(ORIGINAL_KEYS);
        return new Original(url, title, publishedBy, retrieved, sha256, r.at());
    }

    private static PublishedList publishedList(MapReader r) {
        String title = r.optionalText("title", "清单标题").orElse("项目支出绩效目标公开清单");
        String unit = r.optionalText("unit", "金额单位").orElse(MoneyUnits.WAN);
        List<ListItem> items = new ArrayList<>();
        for (YamlNode node : r.list("items", "清单项目")) {
            r.nested(node, "清单项目").ifPresent(i -> {
                String no = i.optionalText("no", "序号").orElse("");
                String name = i.text("name", "项目名称");
                Money amount = i.money("amount", "预算金额");
                i.rejectUnknownKeys(List.of("no", "name", "amount"));
                items.add(new ListItem(no, name, amount, i.at()));
            });
        }
        r.rejectUnknownKeys(List.of("title", "unit", "items"));
        return new PublishedList(title, unit, items);
    }

    private static ExcludedItem excludedItem(MapReader e) {
        ExcludedItem item = new ExcludedItem(e.text("name", "项目名称"), e.optionalMoney("amount", "涉及金额"),
                e.text("reason", "不公开原因"), e.at());
        e.rejectUnknownKeys(List.of("name", "amount", "reason"));
        return item;
    }

    private static StatedCounts counts(MapReader r) {
        StatedCounts counts = new StatedCounts(r.optionalCount("total", "项目总数"), r.optionalCount("secret", "涉密项目数"));
        r.rejectUnknownKeys(List.of("total", "secret"));
        return counts;
    }

    private static OverallBudget overall(MapReader r) {
        String title = r.optionalText("title", "表格标题").orElse("部门（单位）整体支出绩效目标表");
        String unitName = r.text("unit_name", "部门（单位）名称");
        String unit = r.optionalText("unit", "金额单位").orElse(MoneyUnits.WAN);
        List<OverallTask> tasks = new ArrayList<>();
        for (YamlNode node : r.list("tasks", "年度主要任务")) {
            r.nested(node, "年度主要任务").ifPresent(t -> {
                tasks.add(new OverallTask(t.text("name", "任务名称"), t.optionalText("content", "主要内容").orElse(""),
                        t.money("total", "总额"), t.optionalMoney("fiscal", "财政拨款"), t.optionalMoney("other", "其他资金"),
                        t.at()));
                t.rejectUnknownKeys(List.of("name", "content", "total", "fiscal", "other"));
            });
        }
        Optional<OverallSum> sum = r.optionalMap("sum", "金额合计").map(s -> {
            OverallSum result = new OverallSum(s.money("total", "总额"), s.optionalMoney("fiscal", "财政拨款"),
                    s.optionalMoney("other", "其他资金"));
            s.rejectUnknownKeys(List.of("total", "fiscal", "other"));
            return result;
        });
        String goal = r.optionalText("goal", "年度总体目标").orElse("");
        List<IndicatorRow> indicators = indicators(r.list("indicators", "年度绩效指标"), r);
        r.rejectUnknownKeys(List.of("title", "unit_name", "unit", "tasks", "sum", "goal", "indicators"));
        return new OverallBudget(title, unitName, unit, tasks, sum, goal, indicators, r.at());
    }

    private static List<Project> projects(List<YamlNode> nodes, MapReader parent) {
        List<Project> projects = new ArrayList<>();
        Map<String, SourcePosition> ids = new HashMap<>();
        for (YamlNode node : nodes) {
            Optional<MapReader> reader = parent.nested(node, "项目");
            if (reader.isEmpty()) {
                continue;
            }
            MapReader r = reader.get();
            Project project = project(r);
            SourcePosition first = ids.putIfAbsent(project.id(), r.at());
            if (first != null && !project.id().isEmpty()) {
                r.error("id.duplicate", r.at(), "项目标识“" + project.id() + "”在本文件中重复（第一次在第 " + first.line()
                        + " 行）。同一年度内每个项目的 id 必须唯一，例如在末尾加上“-2”。");
            }
            projects.add(project);
        }
        return projects;
    }

    private static Project project(MapReader r) {
        String id = r.id("id", "项目标识");
        Optional<String> heading = r.optionalText("heading", "标题行");
        String name = r.text("name", "项目名称");
        Department department = r.map("department", "主管部门及代码").map(d -> {
            Department dep = new Department(d.optionalText("code", "部门代码").orElse(""), d.text("name", "主管部门"));
            d.rejectUnknownKeys(List.of("code", "name"));
            return dep;
        }).orElse(new Department("", ""));
        String implementer = r.optionalText("implementer", "实施单位").orElse("");
        String source = r.optionalText("source", "项目来源").orElse("");
        Optional<String> field = r.optionalText("field", "资金投向领域");
        ProjectPeriod period = r.optionalMap("period", "项目期").map(p -> {
            ProjectPeriod pp = new ProjectPeriod(p.optionalText("term", "项目期限").orElse(""),
                    p.optionalText("construction", "建设期限"), p.optionalText("operation", "运营期限"));
            p.rejectUnknownKeys(List.of("term", "construction", "operation"));
            return pp;
        }).orElse(new ProjectPeriod("", Optional.empty(), Optional.empty()));
        Optional<String> responsible = r.optionalText("responsible", "项目责任人");
        // A project without its funds is an error already (map reports it); its total is unknown, not zero.
        Funds funds = r.map("funds", "项目资金").map(DisclosureReader::funds).orElse(new Funds(MoneyUnits.WAN,
                Optional.empty(), List.of(), Map.of()));
        String goal = r.optionalText("goal", "年度目标").orElse("");
        List<IndicatorRow> indicators = indicators(r.list("indicators", "绩效指标"), r);
        ProjectForm form = new ProjectForm(r.optionalText("form_title", "表格标题"), r.optionalText("category", "项目类别"),
                r.optionalText("division", "归口科室"), r.optionalText("overview", "项目概况"),
                r.optionalText("period_goal", "总体目标"), r.optionalText("long_term_goal", "长期目标"),
                formRows(r.list("rows", "其他栏目"), "其他栏目", r), formRows(r.list("after", "表后栏目"), "表后栏目", r));
        r.rejectUnknownKeys(PROJECT_KEYS);
        return new Project(id, heading, name, department, implementer, source, field, period, responsible, funds, goal,
                indicators, r.at(), new Project.Positions(r.positionOf("name"), r.positionOf("heading"), r.positionOf("goal")),
                form);
    }

    private static Funds funds(MapReader f) {
        String unit = f.optionalText("unit", "金额单位").orElse(MoneyUnits.WAN);
        // Omitted where the form printed no readable total; check warns of it (funds.no-total).
        Optional<Money> total = f.optionalMoney("total", "年度资金总额");
        List<Funds.Source> sources = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of("unit", "total", "notes"));
        for (Funds.Kind kind : Funds.Kind.values()) {
            keys.add(kind.key());
            f.optionalMoney(kind.key(), kind.label()).ifPresent(m -> sources.add(new Funds.Source(kind, m)));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        f.optionalMap("notes", "金额旁的说明").ifPresent(n -> {
            List<String> noteKeys = keys.subList(1, keys.size()).stream().filter(k -> !k.equals("notes")).toList();
            for (String key : noteKeys) {
                n.optionalText(key, "金额旁的说明").ifPresent(text -> notes.put(key, text));
            }
            n.rejectUnknownKeys(noteKeys);
        });
        f.rejectUnknownKeys(keys);
        return new Funds(unit, total, sources, notes);
    }

    /** The rows of a form kept as label and text, each a mapping {@code {label: …, text: …}}. */
    private static List<FormRow> formRows(List<YamlNode> nodes, String what, MapReader parent) {
        List<FormRow> rows = new ArrayList<>();
        for (YamlNode node : nodes) {
            parent.nested(node, what).ifPresent(m -> {
                FormRow row = new FormRow(m.text("label", "栏目名称"), m.optionalText("text", "栏目内容").orElse(""), m.at());
                m.rejectUnknownKeys(List.of("label", "text"));
                rows.add(row);
            });
        }
        return rows;
    }

    private static List<IndicatorRow> indicators(List<YamlNode> nodes, MapReader r) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (YamlNode node : nodes) {
            if (node instanceof YamlNode.Mapping) {
                // A row of a template with more columns: its four texts under "indicator", the others by name.
                r.nested(node, "指标行").ifPresent(m -> {
                    Optional<YamlNode> cells = m.optionalNode("indicator");
                    Optional<List<String>> four = cells.flatMap(c -> fourTexts(c, r));
                    if (cells.isEmpty()) {
                        m.error("indicator.shape", m.at(), "带更多栏目的指标行应有 indicator 字段，写作 "
                                + "indicator: [一级指标, 二级指标, 三级指标, 指标值]。");
                    }
                    IndicatorColumns columns = new IndicatorColumns(m.optionalText("standard", "绩效标准"),
                            m.optionalText("nature", "指标性质"), m.optionalText("direction", "指标方向"),
                            m.optionalText("unit", "计量单位"), m.optionalText("score", "分值"),
                            m.optionalText("remark", "备注"));
                    m.rejectUnknownKeys(INDICATOR_KEYS);
                    four.ifPresent(t -> rows.add(new IndicatorRow(t.get(0), t.get(1), t.get(2), t.get(3), columns,
                            cells.get().at())));
                });
                continue;
            }
            fourTexts(node, r).ifPresent(t -> rows.add(new IndicatorRow(t.get(0), t.get(1), t.get(2), t.get(3),
                    node.at())));
        }
        return rows;
    }

    /** The four texts of an indicator row written {@code [一级, 二级, 三级, 指标值]}, or an error. */
    private static Optional<List<String>> fourTexts(YamlNode node, MapReader r) {
        if (node instanceof YamlNode.Sequence row && row.items().size() == 4
                && row.items().stream().allMatch(c -> c instanceof YamlNode.Scalar)) {
            return Optional.of(row.items().stream().map(c -> ((YamlNode.Scalar) c).text()).toList());
        }
        int n = node instanceof YamlNode.Sequence s ? s.items().size() : -1;
        r.error("indicator.shape", node.at(), "指标行应为四个文本：[一级指标, 二级指标, 三级指标, 指标值]"
                + (n >= 0 ? "，这一行有 " + n + " 个" : "，这一行不是列表")
                + "。空单元格写作 \"\"；文本中若有英文逗号“,”，请用双引号把该单元格括起来。");
        return Optional.empty();
    }

    private static List<String> texts(List<YamlNode> nodes, String label, MapReader r) {
        List<String> texts = new ArrayList<>();
        for (YamlNode node : nodes) {
            MapReader.itemText(node, label, r.findings()).ifPresentOrElse(texts::add, r::markFailed);
        }
        return texts;
    }
}
