package org.gongkai.content.value;

/** The comparison an indicator value states between the achieved result and its number or date. */
public enum Comparator {
    GE("≥"),
    LE("≤"),
    GT(">"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical sign, whatever form the publisher used (不低于 and 以上 both give ≥). */
    public String symbol() {
        return symbol;
    }
}
