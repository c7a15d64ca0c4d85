package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.search.analysis.SearchAnalyzer;
import org.gongkai.testing.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a query becomes clauses and positioned terms, as exact expectations; and the browser's engine.js (in
 * Node) plans every query of src/test/resources/search/queries.txt exactly as the command line does.
 */
class QueryPlanTest {

    private static final SearchAnalyzer ANALYZER = new SearchAnalyzer();

    @TempDir
    Path temp;

    /** A Han run keeps only its bigrams, at the position of their first character; a lone character stays. */
    @Test
    void plansAsExpected() {
        assertPlans("满意度", "满意度|exact|满意@0 意度@1");
        assertPlans("度", "度|terms|度@0");
        assertPlans("满意度 度", "满意度|exact|满意@0 意度@1", "度|terms|度@0");
        assertPlans("１２３４５", "１２３４５|terms|12345@0");
        assertPlans("12345热线", "12345热线|exact|12345@0 热线@1");
        assertPlans("\"12345 热线\"", "12345 热线|exact|12345@0 热线@1");
        assertPlans("“营商环境”", "营商环境|exact|营商@0 商环@1 环境@2");
        assertPlans("name:热线", "热线|terms|热线@0");
        assertPlans("≥95%", "≥95%|terms|95@0");
        assertPlans("a:b", "a:b|terms|a:b@0");
        assertPlans("𠀀𠀁", "𠀀𠀁|terms|𠀀𠀁@0");
    }

    @Test
    void browserPlansEveryQueryAlike() throws IOException, InterruptedException {
        List<String> queries = Files.readAllLines(Path.of("src/test/resources/search/queries.txt"), StandardCharsets.UTF_8);
        List<List<String>> js = NodeScript.run("src/test/js/plan.js", queries, new TypeReference<>() {}, temp);
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(plan(queries.get(i)), js.get(i), "«" + queries.get(i) + "»");
        }
    }

    private static void assertPlans(String query, String... clauses) {
        assertEquals(List.of(clauses), plan(query), "«" + query + "»");
    }

    /** The plan as SearchIndex builds its query: clause text, whether it must occur as typed, its terms. */
    static List<String> plan(String query) {
        List<String> out = new ArrayList<>();
        for (SearchQuery.Clause c : SearchQuery.parse(query).clauses()) {
            List<QueryText.Positioned> terms = QueryText.positioned(ANALYZER, c.text());
            if (terms.isEmpty()) {
                continue;
            }
            boolean exact = terms.size() > 1 && QueryText.needsExactCheck(c.text(), c.quoted());
            out.add(c.text() + "|" + (exact ? "exact" : "terms") + "|"
                    + terms.stream().map(t -> t.term() + "@" + t.position()).collect(Collectors.joining(" ")));
        }
        return out;
    }
}
