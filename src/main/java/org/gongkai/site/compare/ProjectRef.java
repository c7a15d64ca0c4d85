package org.gongkai.site.compare;

import java.util.List;
import java.util.Optional;

/**
 * What the comparisons keep of a project while the site is built: small enough for a province's 100,000
 * projects. {@code disclosure} is the index of its year file in the catalog, to read its rows again later;
 * {@code totalWan} is the 年度资金总额 as the pages print it in 万元 ({@link
 * org.gongkai.content.model.Funds#printedInWan}), absent where the form printed none.
 */
public record ProjectRef(int disclosure, String officeId, String officeName, int year, String projectId, String name,
        Optional<String> totalWan, List<GroupKey> keys) {

    public ProjectRef {
        keys = List.copyOf(keys);
    }
}
