package org.gongkai.content.model;

import java.util.Optional;
import java.util.Set;

/**
 * An office that publishes disclosures. Department codes are local to a region, so an office is
 * identified by its id, or by its region and code together.
 */
public record Office(
        String id,
        String name,
        String regionId,
        String code,
        Optional<String> introduction,
        SourcePosition at) {

    /**
     * The site's own folders beside the offices' at its root: an office with one of these ids would overwrite
     * a section of the site, or be overwritten by it. SeedSiteTest keeps this in step with what a build writes.
     */
    public static final Set<String> RESERVED_IDS = Set.of("about", "assets", "compare", "data", "search");
}
