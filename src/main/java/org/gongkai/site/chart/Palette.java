package org.gongkai.site.chart;

/**
 * Bar colours, each at least 4.5:1 against white, more than WCAG AA's 3:1 for graphics, so that bars stay
 * visible in high-contrast use and in greyscale print.
 */
public enum Palette {
    BLUE("#0b4a8b"),
    GREEN("#1b6e3a"),
    BROWN("#8a4b00"),
    PURPLE("#6b3fa0"),
    GREY("#595959");

    private final String fill;

    Palette(String fill) {
        this.fill = fill;
    }

    public String fill() {
        return fill;
    }
}
