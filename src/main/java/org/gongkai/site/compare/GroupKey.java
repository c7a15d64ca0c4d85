package org.gongkai.site.compare;

/** What a comparison group is keyed by: its URL segment, its heading, and the rule that put projects in it. */
public record GroupKey(String id, String label, String rule) {}
