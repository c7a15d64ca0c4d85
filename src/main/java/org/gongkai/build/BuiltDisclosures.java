package org.gongkai.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.site.DisclosureSummary;
import org.gongkai.site.compare.Indicators;

/**
 * The year files a build rendered or carried over, in catalog order, each as the next build's cache keeps it: what the
 * site-wide pages need of them is in their entries.
 *
 * @param summaries the entries' summaries, for the index pages, the feed and the sitemap
 * @param indicators the indicators of the projects that comparison tables show, by project page
 */
record BuiltDisclosures(List<BuildCache.Entry> entries, List<DisclosureSummary> summaries,
        Map<String, Indicators> indicators) {

    BuiltDisclosures {
        entries = List.copyOf(entries);
        summaries = List.copyOf(summaries);
        indicators = Map.copyOf(indicators);
    }

    static BuiltDisclosures of(List<BuildCache.Entry> entries) {
        Map<String, Indicators> indicators = new HashMap<>();
        entries.forEach(entry -> indicators.putAll(entry.indicators()));
        return new BuiltDisclosures(entries, entries.stream().map(BuildCache.Entry::summary).toList(), indicators);
    }
}
