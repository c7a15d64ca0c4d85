package org.gongkai.content.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a disclosure was first published (原文出处), as its year file names it: the address of the original, its
 * title, where it was published, the day the publisher retrieved it, and the SHA-256 of the file retrieved, so that a
 * reader can find the original and check a copy of it against this site.
 */
public record Original(String url, Optional<String> title, Optional<String> publishedBy, Optional<LocalDate> retrieved,
        Optional<String> sha256, SourcePosition at) {

    /** What a link to it says: its title, or else its address. */
    public String label() {
        return title.orElse(url);
    }
}
