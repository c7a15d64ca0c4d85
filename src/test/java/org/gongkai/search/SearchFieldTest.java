package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A text field's tag in the export is its place among the text fields; keyword fields have none. */
class SearchFieldTest {

    @Test
    void textIndexIsThePlaceAmongTextFields() {
        SearchField[] text = SearchField.textFields();
        for (int i = 0; i < text.length; i++) {
            assertEquals(i, text[i].textIndex(), text[i].name());
        }
        assertEquals(-1, SearchField.URL.textIndex());
        assertEquals("row_indicator", SearchField.INDICATOR.indexName(SearchRequest.Mode.INDICATORS));
        assertEquals("indicator", SearchField.INDICATOR.indexName(SearchRequest.Mode.PROJECTS));
        assertEquals("url", SearchField.URL.indexName(SearchRequest.Mode.INDICATORS));
    }
}
