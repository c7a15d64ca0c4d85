package org.gongkai.search;

/**
 * The fields of the search index. Text fields are analysed with the one chain and scored with BM25 at their
 * boost; keyword fields filter and facet.
 */
public enum SearchField {
    NAME("name", 3f, true),
    INDICATOR("indicator", 2f, true),
    GOAL("goal", 1f, true),
    OFFICE("office", 1f, true),
    REGION("region", 1f, true),
    KIND("kind", 0f, false),
    URL("url", 0f, false),
    OFFICE_ID("office_id", 0f, false),
    REGION_ID("region_id", 0f, false),
    YEAR("year", 0f, false),
    LEVEL1("level1", 0f, false),
    LEVEL2("level2", 0f, false);

    private final String name;
    private final float boost;
    private final boolean text;

    SearchField(String name, float boost, boolean text) {
        this.name = name;
        this.boost = boost;
        this.text = text;
    }

    public String fieldName() {
        return name;
    }

    public float boost() {
        return boost;
    }

    public boolean isText() {
        return text;
    }

    static final SearchField[] TEXT = {NAME, INDICATOR, GOAL, OFFICE, REGION};

    /** The text fields, in the order whose index the browser export tags positions with. */
    public static SearchField[] textFields() {
        return TEXT.clone();
    }
}
