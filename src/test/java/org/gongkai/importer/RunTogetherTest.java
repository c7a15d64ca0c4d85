package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines are a form's cells run together, to be cut at their labels, and which are prose or one cell. */
class RunTogetherTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cells of a form, no separator | true  | 项目名称村道养护专项资金主管部门某县交通运输局项目开始日期2024-01-01资金性质一般公共预算预算申报数35万元其他资金35万元年度绩效目标完成村道养护任务
            a notice's prose naming labels | false | 根据县财政局的通知,安排资金30万元,实施某村光伏发电项目,项目负责人王某,项目建设内容:建设光伏电站1座。项目总体绩效目标是:增加村集体收入5万元。现将绩效目标设定如下:
            short, however many labels    | false | 项目名称主管部门实施单位年度目标
            long, but only level names     | false | 产出指标数量指标完成数量大于一百个的任务质量指标验收合格率达到百分之百的标准时效指标按时完成全部的任务成本指标不超过预算
            """)
    void linesAreRunsOfCellsOnlyWhenTheyNameALabelAtEveryCell(String what, boolean run, String text) {
        assertEquals(run, RunTogether.isRun(text), what);
    }
}
