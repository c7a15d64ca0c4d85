package org.gongkai.content.model;

import java.util.Optional;

/** How citizens reach the site's publisher; every part is optional. */
public record Contact(Optional<String> phone, Optional<String> email, Optional<String> address) {

    public static final Contact NONE = new Contact(Optional.empty(), Optional.empty(), Optional.empty());
}
