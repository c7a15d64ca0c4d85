package org.gongkai.generate;

/**
 * The size and seed of a generated corpus: {@code offices} offices, each disclosing {@code projectsPerOffice}
 * projects in each of {@code years} consecutive budget years ending with {@link #LAST_YEAR}.
 */
public record CorpusShape(int offices, int projectsPerOffice, int years, long seed) {

    /** The newest budget year; a fixed year rather than the clock's keeps the output the same on every day. */
    public static final int LAST_YEAR = 2026;

    public static final int MAX_OFFICES = 100_000;
    public static final int MAX_PROJECTS = 10_000;
    public static final int MAX_YEARS = 30;

    public CorpusShape {
        check(offices, MAX_OFFICES, "offices");
        check(projectsPerOffice, MAX_PROJECTS, "projectsPerOffice");
        check(years, MAX_YEARS, "years");
    }

    private static void check(int value, int max, String name) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ", not " + value);
        }
    }

    public int firstYear() {
        return LAST_YEAR - years + 1;
    }

    public long projects() {
        return (long) offices * projectsPerOffice * years;
    }
}
