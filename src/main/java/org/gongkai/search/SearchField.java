package org.gongkai.search;

/**
 * The fields of the search index. Text fields are analysed with the one chain and scored with BM25 at their
 * boost; keyword fields filter and facet. Indicator rows index their text under names of their own, so that
 * BM25's statistics for projects count projects and those for rows count rows.
 */
public enum SearchField {
    NAME("name", 3f, true),
    INDICATOR("indicator", 2f, true),
    GOAL("goal", 1f, true),
    OFFICE("office", 1f, true),
    REGION("region", 1f, true),
    /**
     * What other provinces' forms print beyond the seeds' fields and goals: the form's title, 项目类别, 归口科室,
     * 项目概况, and the other rows of the header and below the table, each as its label and text.
     */
    FORM("form", 1f, true),
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

    /** The field's name: a keyword field's, a stored value's, and a project's text field's. */
    public String fieldName() {
        return name;
    }

    /** The name a text field is indexed under for one kind of document. */
    public String indexName(SearchRequest.Mode mode) {
        return text && mode == SearchRequest.Mode.INDICATORS ? "row_" + name : name;
    }

    public float boost() {
        return boost;
    }

    public boolean isText() {
        return text;
    }

    static final SearchField[] TEXT = {NAME, INDICATOR, GOAL, OFFICE, REGION, FORM};
    /** A row is found by its own text and by what names it: its project, office and region. */
    private static final SearchField[] ROW_TEXT = {NAME, INDICATOR, OFFICE, REGION};

    /** The text fields, in the order whose index the browser export tags positions with. */
    public static SearchField[] textFields() {
        return TEXT.clone();
    }

    /** The text fields a kind of document has: a row has its project's name, and no goal or form. */
    public static SearchField[] textFields(SearchRequest.Mode mode) {
        return (mode == SearchRequest.Mode.PROJECTS ? TEXT : ROW_TEXT).clone();
    }

    /**
     * The field's place in {@link #textFields()}, which tags its positions in the export. The text fields are the
     * first constants, in that order, so this is their ordinal: it is asked once per position of every term.
     */
    public int textIndex() {
        return text ? ordinal() : -1;
    }
}
