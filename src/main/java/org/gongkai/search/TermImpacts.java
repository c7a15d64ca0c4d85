package org.gongkai.search;

/**
 * One term's impact on each document of one kind that contains it: its BM25 score, summed over the text fields
 * at their boosts, quantized to a level of the term's best score. A term gets about one level per
 * {@value #LEVEL_STEP} of its best score, at most 255, or 15 for a term in more than {@value #FINE_LIMIT}
 * documents, whose levels the browser must download for every query that uses it; a term in nearly every
 * document scores next to nothing anywhere and gets no levels at all. A document's score is the sum of
 * {@code level × weight} over the query's terms, in whole numbers, so the browser and {@code gongkai search}
 * add the same integers in any order and rank alike.
 *
 * @param docs      the documents, as Lucene's ids across the whole index, ascending
 * @param levels    each document's level, in the same order
 * @param maxLevel  the highest level: 0, up to 15, or up to 255
 * @param weight    the worth of one level: the term's best score × 10⁶ / maxLevel, at least 1
 */
public record TermImpacts(int[] docs, int[] levels, int maxLevel, long weight) {

    /** Terms in more documents than this get at most 15 levels, half a byte each in the export. */
    public static final int FINE_LIMIT = 2048;
    /** The score one level stands for, at most: BM25 differences smaller than this do not order results. */
    public static final double LEVEL_STEP = 0.01;

    /** The whole-number score the term gives the {@code i}-th document. */
    public long score(int i) {
        return levels[i] * weight;
    }

    /** The impacts of raw scores: each level is the score's share of the best, rounded to 1/maxLevel. */
    static TermImpacts quantize(int[] docs, float[] scores) {
        float best = 0f;
        for (float s : scores) {
            best = Math.max(best, s);
        }
        int maxLevel = (int) Math.min(docs.length > FINE_LIMIT ? 15 : 255, Math.round(best / LEVEL_STEP));
        int[] levels = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            levels[i] = maxLevel == 0 ? 0 : Math.round(maxLevel * scores[i] / best);
        }
        long weight = Math.max(1L, Math.round(best * 1_000_000d / Math.max(1, maxLevel)));
        return new TermImpacts(docs, levels, maxLevel, weight);
    }
}
