package org.gongkai.content.model;

import java.util.Optional;

/**
 * The columns some templates print beside an indicator's 指标值: 绩效标准, or 指标性质, 指标方向, 计量单位, 分值
 * and 备注, each the published text.
 *
 * <p>Where a template prints 目标值 and 计量单位 in two columns, the row's value is the 目标值 as printed and
 * {@code unit} the 计量单位; they are never joined, so the row reads back as the form printed it.
 */
public record IndicatorColumns(
        Optional<String> standard,
        Optional<String> nature,
        Optional<String> direction,
        Optional<String> unit,
        Optional<String> score,
        Optional<String> remark) {

    /** The seeds' four columns and nothing more. */
    public static final IndicatorColumns NONE = new IndicatorColumns(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return equals(NONE);
    }
}
