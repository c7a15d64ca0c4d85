package org.gongkai.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;

/**
 * Writes the facet data. Office, region and year need no per-document data: documents are numbered in URL
 * order, so each office's year is a contiguous range, a few numbers per disclosure. Budget range (projects)
 * and 一级/二级 category (rows) cost one byte per document, in files fetched only when they are used.
 */
final class Facets {

    /** Upper bounds of the budget ranges, in 万元; the last range is open. */
    static final List<BigDecimal> BUDGET_BOUNDS = List.of(new BigDecimal("10"), new BigDecimal("50"),
            new BigDecimal("100"), new BigDecimal("500"), new BigDecimal("1000"));
    static final List<String> BUDGET_LABELS = List.of("10万元以下", "10–50万元", "50–100万元", "100–500万元",
            "500–1000万元", "1000万元及以上");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Facets() {}

    static void write(Summaries.Read read, List<Region> regionTree, List<Office> officeList, OutputFiles files)
            throws IOException {
        Summaries.Facts projects = read.projects();
        Summaries.Facts rows = read.rows();
        List<Region> regions = new ArrayList<>();
        Map<String, Integer> parents = new LinkedHashMap<>();
        flatten(regionTree, -1, regions, parents);
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i).id(), i);
        }
        List<Office> offices = officeList.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Map<String, Integer> officeIndex = new LinkedHashMap<>();
        for (int i = 0; i < offices.size(); i++) {
            officeIndex.put(offices.get(i).id(), i);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("regions", regions.stream()
                .map(r -> List.of(r.id(), r.name(), parents.get(r.id()))).toList());
        out.put("offices", offices.stream()
                .map(o -> List.of(o.id(), regionIndex.getOrDefault(o.regionId(), -1), o.name())).toList());
        out.put("budget", BUDGET_LABELS);
        Map<String, Integer> levels = new HashMap<>();
        List<List<String>> levelList = new ArrayList<>();
        for (String pair : read.levels()) {
            levels.put(pair, levelList.size());
            levelList.add(List.of(pair.split("\t", 2)));
        }
        out.put("levels", levelList);
        out.put("p", ranges(projects.disclosures(), officeIndex));
        out.put("r", ranges(rows.disclosures(), officeIndex));
        files.write("facets.json", JSON.writeValueAsBytes(out));

        byte[] budget = new byte[projects.attributes().length];
        for (int i = 0; i < budget.length; i++) {
            budget[i] = (byte) bucket(projects.attributes()[i]);
        }
        files.write("p/attrs.bin", budget);
        byte[] category = new byte[rows.attributes().length];
        for (int i = 0; i < category.length; i++) {
            // Categories are few (the 一级/二级 pairs of the forms); 255 stands for any beyond the first 255.
            category[i] = (byte) Math.min(255, levels.get(rows.attributes()[i]));
        }
        files.write("r/attrs.bin", category);
    }

    /**
     * The range of a project's amount; a project whose form printed no total (an empty amount) is in none of them,
     * so that no budget filter finds it.
     */
    static int bucket(String amountInWan) {
        if (amountInWan.isEmpty()) {
            return BUDGET_LABELS.size();
        }
        return bucket(new BigDecimal(amountInWan));
    }

    static int bucket(BigDecimal amountInWan) {
        int i = 0;
        while (i < BUDGET_BOUNDS.size() && amountInWan.compareTo(BUDGET_BOUNDS.get(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Flat triples (first document, office, year), one for each office's year, in document order. */
    private static List<Integer> ranges(String[] disclosures, Map<String, Integer> officeIndex) {
        List<Integer> ranges = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < disclosures.length; i++) {
            String key = disclosures[i];
            if (!key.equals(previous)) {
                int slash = key.indexOf('/');
                ranges.add(i);
                ranges.add(officeIndex.getOrDefault(key.substring(0, slash), -1));
                ranges.add(Integer.parseInt(key.substring(slash + 1)));
                previous = key;
            }
        }
        return ranges;
    }

    private static void flatten(List<Region> tree, int parent, List<Region> out, Map<String, Integer> parents) {
        for (Region r : tree) {
            int index = out.size();
            out.add(r);
            parents.put(r.id(), parent);
            flatten(r.children(), index, out, parents);
        }
    }
}
