package org.gongkai.search;

/**
 * Rounds a positive quantity to a fixed number of steps per doubling, the same on every machine. Quantities that a
 * rebuild would otherwise move with every small edit (a field's average length, the number of search shards) are
 * rounded so, and the browser index's entries stay put until a change is large enough to cross a step.
 */
public final class LogSteps {

    private LogSteps() {}

    /** {@code value} rounded to the nearest of {@code stepsPerDoubling} steps per doubling; 0 or less as it is. */
    public static double round(double value, int stepsPerDoubling) {
        if (!(value > 0)) {
            return value;
        }
        // StrictMath: two builds of one content on different machines must agree to the byte.
        double step = StrictMath.rint(StrictMath.log(value) / StrictMath.log(2) * stepsPerDoubling);
        return StrictMath.pow(2, step / stepsPerDoubling);
    }
}
