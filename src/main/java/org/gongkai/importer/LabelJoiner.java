package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces of a label that a page broke apart: a vertical label printed one character a row (总 / 体 / 目 /
 * 标), or a label wrapped at a space (年度本级 预算金额, 经济效益 指标). Pieces are joined only when together they
 * make a name the forms print and each later piece is short and no name of its own, so text is never glued to a
 * label it does not belong to.
 */
final class LabelJoiner {

    /** The most pieces a label is seen broken into: a four-character label printed one character a row. */
    private static final int MOST_PIECES = 6;
    /** Longer than this, a piece is text, not a fragment of a label. */
    private static final int LONGEST_PIECE = 6;

    private LabelJoiner() {}

    static List<Block> join(List<Block> blocks) {
        List<Cell> stream = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (Cell c : blocks.get(b).cells()) {
                stream.add(c);
                owner.add(b);
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < stream.size(); ) {
            int pieces = longestName(stream, i);
            Cell first = stream.get(i);
            if (pieces > 1) {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < i + pieces; k++) {
                    text.append(Labels.key(stream.get(k).text()));
                }
                rows.get(owner.get(i)).add(new Cell(text.toString(), first.column(), first.line()));
            } else {
                rows.get(owner.get(i)).add(first);
            }
            i += Math.max(pieces, 1);
        }
        List<Block> joined = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!rows.get(b).isEmpty() || block.cells().isEmpty()) {
                joined.add(new Block(rows.get(b), block.line(), block.paragraph()));
            }
        }
        return joined;
    }

    /** How many cells from {@code i} on make the longest name, 1 when no join makes one. */
    private static int longestName(List<Cell> stream, int i) {
        StringBuilder key = new StringBuilder(Labels.key(stream.get(i).text()));
        if (key.length() > LONGEST_PIECE * 3) {
            return 1;
        }
        int best = 1;
        for (int k = 1; k < MOST_PIECES && i + k < stream.size(); k++) {
            String piece = Labels.key(stream.get(i + k).text());
            if (piece.isEmpty() || piece.length() > LONGEST_PIECE || isName(piece)) {
                break;
            }
            key.append(piece);
            if (isName(key.toString())) {
                best = k + 1;
            }
        }
        return best;
    }

    /** Whether the forms print {@code key} as a label, a column of the indicator table, or an indicator level. */
    static boolean isName(String key) {
        return Labels.isLabel(key) || Labels.indicatorColumn(key).isPresent()
                || IndicatorClassifier.LEVEL1_ONLY.contains(key) || IndicatorClassifier.LEVEL2.contains(key)
                || IndicatorClassifier.EITHER_LEVEL.contains(key);
    }
}
