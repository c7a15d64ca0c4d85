package org.gongkai.content.load;

import java.nio.file.Path;

/** A year file found in an office folder, not yet read: enough to plan the site before loading it. */
public record DisclosureFile(String officeId, int year, Path path, String shownAs) {}
