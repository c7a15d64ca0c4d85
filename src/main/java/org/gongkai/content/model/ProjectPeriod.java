package org.gongkai.content.model;

import java.util.Optional;

/** The 项目期 field, with 建设期限 and 运营期限 where the form prints them. */
public record ProjectPeriod(String term, Optional<String> construction, Optional<String> operation) {}
