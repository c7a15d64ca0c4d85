package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/** The site-wide settings of site.yaml: title, base URL, 主办单位, contact, 网站标识码 and the region tree. */
public record Site(
        String title,
        String baseUrl,
        String publisher,
        Contact contact,
        Optional<String> siteCode,
        Optional<String> icp,
        List<Region> regions,
        Optional<String> about) {

    public Site {
        regions = List.copyOf(regions);
    }
}
