package org.gongkai.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;

/** Builds the home page (regions → offices → years) and the office pages from disclosure summaries. */
final class IndexView {

    private final List<Office> offices;
    private final Map<String, List<DisclosureSummary>> byOffice;

    IndexView(List<Office> offices, List<DisclosureSummary> summaries) {
        this.offices = offices.stream().sorted(Comparator.comparing(Office::id)).toList();
        this.byOffice = summaries.stream().collect(Collectors.groupingBy(DisclosureSummary::officeId));
    }

    Pages.Home home(List<Region> regions, List<Pages.Download> downloads) {
        List<DisclosureSummary> all = byOffice.values().stream().flatMap(List::stream).toList();
        return new Pages.Home(regionNodes(regions), offices.size(), all.size(),
                all.stream().mapToInt(DisclosureSummary::projectCount).sum(),
                Amounts.printed(Amounts.sum(all.stream().map(DisclosureSummary::totalWan).toList())), downloads);
    }

    Pages.Office office(Office office, String regionPath, String introductionHtml) {
        return new Pages.Office(office.name(), regionPath, office.code(), introductionHtml, years(office.id(), ""));
    }

    /** The years of an office, newest first, with links relative to {@code base}. */
    List<Pages.YearEntry> years(String officeId, String base) {
        return byOffice.getOrDefault(officeId, List.of()).stream()
                .sorted(Comparator.comparingInt(DisclosureSummary::year).reversed())
                .map(s -> new Pages.YearEntry(s.year(), base + s.year() + "/", s.projectCount(),
                        Amounts.printed(s.totalWan())))
                .toList();
    }

    /** Regions that hold offices, directly or below; empty branches are left out of the home page. */
    private List<Pages.RegionNode> regionNodes(List<Region> regions) {
        List<Pages.RegionNode> nodes = new ArrayList<>();
        for (Region region : regions) {
            List<Pages.OfficeEntry> here = offices.stream()
                    .filter(o -> o.regionId().equals(region.id()))
                    .map(o -> new Pages.OfficeEntry(o.name(), SitePaths.office(o.id()), years(o.id(), SitePaths.office(o.id()))))
                    .toList();
            List<Pages.RegionNode> children = regionNodes(region.children());
            if (!here.isEmpty() || !children.isEmpty()) {
                nodes.add(new Pages.RegionNode(region.name(), here, children));
            }
        }
        return nodes;
    }
}
