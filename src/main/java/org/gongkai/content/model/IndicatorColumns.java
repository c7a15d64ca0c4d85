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

    /**
     * The further columns, in the order pages and downloads show them (计量单位 first, beside the 指标值 it
     * belongs to), with the label a page prints. {@code words} says whether a column holds words a reader may search
     * for, rather than a code (定量, 正向) or a number (分值), which would match nearly every row.
     */
    public enum Column {
        UNIT("计量单位", true),
        STANDARD("绩效标准", true),
        NATURE("指标性质", false),
        DIRECTION("指标方向", false),
        SCORE("分值", false),
        REMARK("备注", true);

        private final String label;
        private final boolean words;

        Column(String label, boolean words) {
            this.label = label;
            this.words = words;
        }

        public String label() {
            return label;
        }

        public boolean words() {
            return words;
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The text printed in {@code column}, where the template has it. */
    public Optional<String> get(Column column) {
        return switch (column) {
            case UNIT -> unit;
            case STANDARD -> standard;
            case NATURE -> nature;
            case DIRECTION -> direction;
            case SCORE -> score;
            case REMARK -> remark;
        };
    }
}
