package org.gongkai.build;

import org.gongkai.content.load.Findings;

/** The outcome of a build: whether the new site replaced the old one, and every finding made on the way. */
public record BuildResult(boolean published, Findings findings, int pages) {}
