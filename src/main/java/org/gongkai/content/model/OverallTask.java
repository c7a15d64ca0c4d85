package org.gongkai.content.model;

import java.util.Optional;

/** A 年度主要任务 row of the 整体支出 table: the task, what it covers, and its amounts. */
public record OverallTask(
        String name,
        String content,
        Money total,
        Optional<Money> fiscal,
        Optional<Money> other,
        SourcePosition at) {}
