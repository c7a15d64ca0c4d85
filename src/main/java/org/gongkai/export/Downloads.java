package org.gongkai.export;

import static org.gongkai.export.FieldType.INTEGER;
import static org.gongkai.export.FieldType.NUMBER;
import static org.gongkai.export.FieldType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.content.model.Funds;

/**
 * The download tables and file names, the one description of the downloads that the writers, the data package and
 * the data page all read, so that a column cannot be added to one and forgotten in another.
 */
public final class Downloads {

    /** The site-wide downloads and the data page, under the site root. */
    public static final String SITE_FOLDER = "data/";
    /** The content's JSON Schema, under {@link #SITE_FOLDER}. */
    public static final String SCHEMA_FOLDER = "schema/";
    /** The content's JSON Schema files, bundled from the repository's schema/ folder. */
    public static final List<String> SCHEMA_FILES =
            List.of("common.schema.json", "site.schema.json", "office.schema.json", "disclosure.schema.json");
    public static final String JSON_FILE = "data.json";
    public static final String PACKAGE_FILE = "datapackage.json";

    /** The columns every table starts with: which office's disclosure of which year a row comes from. */
    static final List<Column> DISCLOSURE_COLUMNS = List.of(
            new Column("office_id", STRING, "单位标识", "单位在本站网址中的标识，各表相同，可用于连接（join）。"),
            new Column("office_name", STRING, "单位名称", "公开单位的名称。"),
            new Column("region_id", STRING, "区划标识", "单位所属行政区划的标识。"),
            new Column("region", STRING, "所属区划", "从省到单位所在区划的名称，以“ › ”分隔。"),
            new Column("office_code", STRING, "部门代码", "单位的部门代码，在所属区划内唯一。"),
            new Column("year", INTEGER, "预算年度", "公开文件的预算年度。"));

    /** The columns that say which table of the disclosure an indicator row belongs to. */
    static final List<Column> ROW_OWNER_COLUMNS = List.of(
            new Column("table", STRING, "所在表格", "project：项目支出绩效目标表；overall：部门（单位）整体支出绩效目标表。"),
            new Column("project_id", STRING, "项目标识", "项目在本站网址中的标识；整体支出表的指标为空。"),
            new Column("project_name", STRING, "项目名称", "项目名称，按原文照录；整体支出表的指标为空。"));

    /** The seeds' four sources, each a column of its own right after the total, in the columns' order. */
    static final List<Funds.Kind> SEED_SOURCES = List.of(Funds.Kind.FISCAL, Funds.Kind.BOND, Funds.Kind.CARRYOVER,
            Funds.Kind.OTHER);

    /**
     * The sources of funds after the seeds' four (财政拨款, 专项债券, 上年结转, 其他资金), each a column of its own in
     * {@link Funds.Kind} order: one list for the columns, the values and the data package's measures.
     */
    static final List<Funds.Kind> LATER_SOURCES = Arrays.stream(Funds.Kind.values())
            .filter(k -> !Downloads.SEED_SOURCES.contains(k)).toList();

    /** A project's own columns, after the disclosure's. */
    static final List<Column> PROJECT_COLUMNS = concat(List.of(
            new Column("project_no", INTEGER, "项目序号", "项目支出绩效目标表在公开文件中的顺序，从 1 起。"),
            new Column("project_id", STRING, "项目标识", "项目在本站网址中的标识，同一单位同一年度内唯一。"),
            new Column("project_name", STRING, "项目名称", "按原文照录。"),
            new Column("department_code", STRING, "主管部门代码", "主管部门及代码中的代码（如 003），原文未列时为空。"),
            new Column("department_name", STRING, "主管部门", "主管部门及代码中的部门名称。"),
            new Column("implementer", STRING, "实施单位", "按原文照录。"),
            new Column("source", STRING, "项目来源", "按原文照录。"),
            new Column("field", STRING, "资金投向领域", "表格没有这一栏时为空。"),
            new Column("term", STRING, "项目期", "按原文照录。"),
            new Column("construction", STRING, "建设期限", "表格没有这一栏时为空。"),
            new Column("operation", STRING, "运营期限", "表格没有这一栏时为空。"),
            new Column("responsible", STRING, "项目责任人", "表格没有这一栏时为空。"),
            new Column("funds_unit", STRING, "原表金额单位", "项目资金在原表中的单位（万元或元）；本表金额均已换算为万元。"),
            new Column("total", NUMBER, "年度资金总额（万元）", "精确小数，与网页上的金额相同：原表为万元时保留原文印刷的位数，"
                    + "原表为元时是精确换算的结果（253000.00 元为 25.30）；原表未印出可读的年度资金总额时为空。"),
            new Column("fiscal", NUMBER, "财政拨款（万元）", "原表未列这一资金来源时为空；印为 0.00 时为 0.00。"),
            new Column("bond", NUMBER, "专项债券（万元）", "同上。"),
            new Column("carryover", NUMBER, "上年结转（万元）", "同上。"),
            new Column("other", NUMBER, "其他资金（万元）", "同上。"),
            new Column("goal", STRING, "年度目标", "按原文照录，可能含换行。"),
            new Column("indicator_count", INTEGER, "指标行数", "绩效指标表的行数，包括原文的空行。"),
            new Column("url", STRING, "项目网址", "本站项目页面的完整网址。")),
            // What other provinces' forms print beyond the columns above, after them so that a reader of the
            // earlier files finds every column where it was.
            LATER_SOURCES.stream().map(Downloads::sourceColumn).toList(), List.of(
            new Column("funds_notes", STRING, "金额旁的说明", "原表在金额旁印出的说明，如“854万(高标准农田建设400万元,…)”括号中的文字，"
                    + "每条一行，写作“资金名称：说明”（如“年度资金总额：高标准农田建设400万元,…”）；没有时为空。"),
            new Column("form_title", STRING, "表格标题", "原表标题不是“项目支出绩效目标表”时照录（如“项目支出绩效目标申报表”），否则为空。"),
            new Column("category", STRING, "项目类别", "表格没有这一栏时为空。"),
            new Column("division", STRING, "归口科室", "表格没有这一栏时为空。"),
            new Column("overview", STRING, "项目概况", "按原文照录，可能含换行；表格没有这一栏时为空。"),
            new Column("period_goal", STRING, "总体目标", "总体目标或实施期绩效目标，按原文照录；表格没有这一栏时为空。"),
            new Column("long_term_goal", STRING, "长期目标", "按原文照录；表格没有这一栏时为空。"),
            new Column("form_rows", STRING, "表头其他栏目", "表头中没有专门一列的其他栏目（如项目属性、立项依据），按原表顺序每栏一行，"
                    + "写作“栏目名称：内容”；没有时为空。"),
            new Column("after_rows", STRING, "表后栏目", "指标表下方的栏目（如填表人、联系电话、审核意见、注），按原表顺序每栏一行，"
                    + "写作“栏目名称：内容”；没有时为空。")));

    /** An indicator row's own columns, after its owner's: the published text, then its structured reading. */
    static final List<Column> ROW_COLUMNS = List.of(
            new Column("row", INTEGER, "行号", "指标在所在表格中的行号，从 1 起；与网页上的锚点 #r行号 对应。"),
            new Column("level1", STRING, "一级指标", "按原文照录；合并单元格已向下填充。"),
            new Column("level2", STRING, "二级指标", "同上。"),
            new Column("level3", STRING, "三级指标", "按原文照录。"),
            new Column("value", STRING, "指标值", "按原文照录的指标值文本。以下各列是本站对它的结构化读取，仅供参考，以原文为准。"),
            new Column("kind", STRING, "指标值类型", "quantitative 定量；date 日期；qualitative 定性文字；empty 空；unreadable 看似定量但无法确定地读取。"),
            new Column("comparator", STRING, "比较符", "≥ ≤ > < = 之一；“不低于”“以上”等文字读作相应符号；未写比较符时为空。"),
            new Column("number", NUMBER, "数值", "原文印刷的数字（≥2.5万份 为 2.5）。"),
            new Column("unit", STRING, "单位", "原文印刷的单位（≥2.5万份 为 万份）；没有单位时为空。"),
            new Column("family", STRING, "单位类别", "percent 百分比；money 金额；count 计数；duration 时长；rate 比率（如 万元/人、次/年）；date 日期；none 无单位的数字；unknown 未读出单位。"),
            new Column("normalised_amount", NUMBER, "换算后数值", "换算到该类别基本单位后的精确数值（≥2.5万份 为 25000）；金额换算为万元后与网页上换算的金额写法相同，"
                    + "至少两位小数（≤10000元 为 1.00，≤96万元 仍为 96）。"),
            new Column("normalised_unit", STRING, "换算后单位", "金额为万元；计数为计数词（份、人次……）；时长为秒、工作日或月；比率为分子基本单位/分母。"),
            new Column("date", STRING, "日期", "日期类指标值所指期限的最后一天（YYYY-MM-DD），如 2026年12月底前 为 2026-12-31。"),
            new Column("url", STRING, "网址", "本站上这一行所在页面的完整网址，含锚点。"),
            // The further columns of other provinces' templates, in IndicatorColumns.Column order; empty where the
            // template has no such column.
            new Column("measure_unit", STRING, "计量单位（原表栏目）", "原表单列的计量单位，按原文照录；原表把单位写在指标值中时为空（见 unit 列）。"),
            new Column("standard", STRING, "绩效标准", "按原文照录；原表没有这一栏时为空。"),
            new Column("nature", STRING, "指标性质", "如定量、定性，按原文照录；原表没有这一栏时为空。"),
            new Column("direction", STRING, "指标方向", "如正向、反向，按原文照录；原表没有这一栏时为空。"),
            new Column("score", STRING, "分值", "按原文照录的文本；原表没有这一栏时为空。"),
            new Column("remark", STRING, "备注", "按原文照录；原表没有这一栏时为空。"));

    /** One row per project, with its funds. */
    public static final Table PROJECTS = new Table("projects", "projects.csv", "项目及资金",
            concat(DISCLOSURE_COLUMNS, PROJECT_COLUMNS));

    /** One row per indicator row of every project table and 整体支出 table. */
    public static final Table INDICATORS = new Table("indicators", "indicators.csv", "绩效指标",
            concat(DISCLOSURE_COLUMNS, ROW_OWNER_COLUMNS, ROW_COLUMNS));

    public static final List<Table> TABLES = List.of(PROJECTS, INDICATORS);

    private Downloads() {}

    /** The column of a source's amount, described by the source it is a part of, if any. */
    private static Column sourceColumn(Funds.Kind kind) {
        return new Column(kind.key(), NUMBER, kind.label() + "（万元）", kind.parent()
                .map(p -> p.label() + "中的" + kind.label() + "；原表未列时为空。")
                .orElse("原表未列这一资金来源时为空；印为 0.00 时为 0.00。"));
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
