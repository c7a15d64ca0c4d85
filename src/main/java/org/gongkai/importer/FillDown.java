package org.gongkai.importer;

import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;

/**
 * Fills 一级 and 二级 指标 down from earlier rows, as the merged cells of the printed table read; a new 一级
 * starts with an empty 二级 unless the same row names one.
 */
final class FillDown {

    private String level1 = "";
    private String level2 = "";

    /** The complete row; {@code level1} and {@code level2} are empty where the row does not name them. */
    IndicatorRow row(String level1, String level2, String level3, String value, SourcePosition at) {
        if (!level1.isEmpty()) {
            this.level1 = level1;
            this.level2 = level2;
        } else if (!level2.isEmpty()) {
            this.level2 = level2;
        }
        return new IndicatorRow(this.level1, this.level2, level3, value, at);
    }
}
