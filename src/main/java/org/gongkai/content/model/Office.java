package org.gongkai.content.model;

import java.util.Optional;

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
        SourcePosition at) {}
