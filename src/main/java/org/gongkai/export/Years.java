package org.gongkai.export;

/** The budget years a download covers, first to last: its Fiscal Data Package fiscal period. */
public record Years(int first, int last) {

    public Years {
        if (first > last) {
            throw new IllegalArgumentException("years " + first + " to " + last);
        }
    }
}
