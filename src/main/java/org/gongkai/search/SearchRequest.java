package org.gongkai.search;

import java.util.Optional;

/**
 * What to search: the query, projects or indicator rows, and the filters (office id, region id, year,
 * 一级 and 二级 category), with at most {@code limit} hits.
 */
public record SearchRequest(
        SearchQuery query,
        Mode mode,
        Optional<String> office,
        Optional<String> region,
        Optional<String> year,
        Optional<String> level1,
        Optional<String> level2,
        int limit) {

    public enum Mode { PROJECTS, INDICATORS }
}
