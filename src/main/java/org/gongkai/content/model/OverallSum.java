package org.gongkai.content.model;

import java.util.Optional;

/** The 金额合计 row of the 整体支出 table, as printed. */
public record OverallSum(Money total, Optional<Money> fiscal, Optional<Money> other) {}
