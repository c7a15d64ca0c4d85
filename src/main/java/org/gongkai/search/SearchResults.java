package org.gongkai.search;

import java.util.List;

/** The best hits of a search, as many as its limit allows, and how many documents matched in all. */
public record SearchResults(List<SearchHit> hits, int total) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Whether the limit left matches out. */
    public boolean cut() {
        return total > hits.size();
    }
}
