package org.gongkai.content.model;

import java.util.Optional;

/** An item the office did not disclose, with the reason the document gives (涉密, 上年结转). */
public record ExcludedItem(String name, Optional<Money> amount, String reason, SourcePosition at) {}
