package org.gongkai.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One result: a project, or an indicator row with its 三级 name and value, with its whole-number score (the
 * sum of its terms' quantized BM25 impacts). {@code url} is relative to the site root, e.g.
 * luan-szfb/2026/yjdcwsgzjf/ or …/#r3 for a row.
 */
@JsonPropertyOrder({"score", "url", "kind", "project", "office", "region", "year", "amount", "level1", "level2",
        "level3", "value"})
public record SearchHit(
        long score,
        String url,
        String kind,
        String project,
        String office,
        String region,
        String year,
        String amount,
        String level1,
        String level2,
        String level3,
        String value) {}
