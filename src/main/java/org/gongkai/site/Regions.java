package org.gongkai.site;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.model.Region;

/** The region tree of site.yaml, walked from its root down to one region: for pages, downloads and search. */
public final class Regions {

    private final List<Region> roots;

    public Regions(List<Region> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The regions' names from the root down to {@code regionId}, as pages and downloads show them. */
    public String names(String regionId) {
        return String.join(" › ", path(regionId).stream().map(Region::name).toList());
    }

    public List<String> ids(String regionId) {
        return path(regionId).stream().map(Region::id).toList();
    }

    /** The regions from the root of the tree down to {@code regionId}. */
    public List<Region> path(String regionId) {
        List<Region> path = new ArrayList<>();
        path(roots, regionId, path);
        return path;
    }

    private static boolean path(List<Region> regions, String id, List<Region> path) {
        for (Region r : regions) {
            path.add(r);
            if (r.id().equals(id) || path(r.children(), id, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
