package org.gongkai.site.chart;

/** Fits a label into a width in em, estimating CJK characters as 1 em and Latin letters and digits as 0.6 em. */
final class Labels {

    private Labels() {}

    /** {@code label} itself when it fits, else its longest prefix that fits with an ellipsis after it. */
    static String fit(String label, double ems) {
        if (width(label) <= ems) {
            return label;
        }
        double used = 1;
        int end = 0;
        while (end < label.length()) {
            int cp = label.codePointAt(end);
            double w = em(cp);
            if (used + w > ems) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return label.substring(0, end) + "…";
    }

    static double width(String label) {
        return label.codePoints().mapToDouble(Labels::em).sum();
    }

    private static double em(int codePoint) {
        return codePoint < 0x2E80 ? 0.6 : 1.0;
    }
}
