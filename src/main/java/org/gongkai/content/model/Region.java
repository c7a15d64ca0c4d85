package org.gongkai.content.model;

import java.util.List;

/** A node of the region tree: 省 → 市 → 县/区. */
public record Region(String id, String name, List<Region> children) {

    public Region {
        children = List.copyOf(children);
    }
}
