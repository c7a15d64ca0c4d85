package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The merged cells of an indicator table: which rows start a 一级 or 二级 cell, and how many rows it spans. */
class IndicatorTableTest {

    /** Rows as "一级/二级/三级/值"; expected spans as "span1:span2" per row, 0 where a merged cell covers the row. */
    private static void assertSpans(List<String> rows, String... spans) {
        List<IndicatorRow> input = rows.stream().map(r -> r.split("/", -1))
                .map(c -> new IndicatorRow(c[0], c[1], c[2], c[3], new SourcePosition("t", 1, 1))).toList();
        List<String> actual = IndicatorTable.lines(input).stream().map(l -> l.level1Span() + ":" + l.level2Span()).toList();
        assertEquals(Arrays.asList(spans), actual);
    }

    @Test
    void mergesEqualNeighbours() {
        assertSpans(List.of("产出/数量/a/1", "产出/数量/b/2", "产出/质量/c/3", "效益/社会/d/4"), "3:2", "0:0", "0:1", "1:1");
    }

    @Test
    void sameSecondLevelUnderDifferentFirstLevelDoesNotMerge() {
        assertSpans(List.of("产出/成本指标/a/1", "成本指标/成本指标/b/2"), "1:1", "1:1");
    }

    @Test
    void emptySecondLevelCellsMergeWithinTheirGroup() {
        assertSpans(List.of("成本指标//a/1", "成本指标//b/2", "效益指标/经济效益//"), "2:2", "0:0", "1:1");
    }

    @Test
    void aGroupThatRecursLaterStartsAgain() {
        assertSpans(List.of("产出/数量/a/1", "效益/社会/b/2", "产出/数量/c/3"), "1:1", "1:1", "1:1");
    }
}
