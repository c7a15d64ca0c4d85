package org.gongkai.site;

import java.util.List;
import org.gongkai.content.value.UnitFamily;
import org.gongkai.export.CsvCell;
import org.gongkai.export.Downloads;
import java.util.Locale;

/** Builds the data page's view from the download tables' own description, so every column is explained. */
final class DataView {

    private DataView() {}

    static Pages.Data of(List<Pages.Download> downloads, String licence, List<String> schemaFiles) {
        List<Pages.DataTable> tables = Downloads.TABLES.stream()
                .map(t -> new Pages.DataTable(t.title(), t.file(), t.columns().stream()
                        .map(c -> new Pages.DataColumn(c.name(), c.type().tableSchemaName(), c.title(), c.description()))
                        .toList()))
                .toList();
        List<Pages.Family> families = List.of(UnitFamily.values()).stream()
                .map(f -> new Pages.Family(f.name().toLowerCase(Locale.ROOT), family(f)))
                .toList();
        return new Pages.Data(downloads, tables, families, licence, Downloads.SCHEMA_FOLDER, schemaFiles,
                CsvCell.EXPLANATION);
    }

    private static String family(UnitFamily f) {
        return switch (f) {
            case PERCENT -> "百分比：%。";
            case MONEY -> "金额：元、千元、万元、亿元；换算为万元。";
            case COUNT -> "计数：次、人、人次、个、份、本、件、篇、场、期、套、辆、家、户等，可带“万”“亿”（2.5万份 即 25000 份）；换算为计数词本身。";
            case DURATION -> "时长：秒、分钟、小时、天、周（换算为秒）；月、季度、年（换算为月）；工作日（单独计算，不与天换算）。";
            case RATE -> "比率：带斜线的单位，如 万元/人、次/年、元/月/每人；分子换算为其基本单位。";
            case DATE -> "日期：如 2026年12月底前，“前”“内”读作 ≤，date 列给出期限的最后一天。";
            case NONE -> "只有数字、没有单位。";
            case UNKNOWN -> "未读出单位：定性文字、空值或无法确定读取的指标值。";
        };
    }
}
